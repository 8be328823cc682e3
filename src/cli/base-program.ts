import { Command, CommanderError } from 'commander';
import { EXIT_USAGE, reportError } from './output.js';

/**
 * The `disco` program without its commands: its name, description and the options every command
 * shares. program.ts adds every command to it; the built CLI (lazy-program.ts) adds only the one
 * being run, so both print the same help and read the same options.
 */
export function baseProgram(): Command {
  return new Command('disco')
    .description('disco-cat: the Community Algorithmic Trust and Deck for DisCOs')
    .option('--data-dir <dir>', 'data directory (default ./data, or DISCO_DATA_DIR)')
    .option(
      '--database-url <url>',
      'PostgreSQL URL instead of the embedded SQLite (or DATABASE_URL)',
    )
    .option(
      '--server <url>',
      'talk to this server instead of the local data directory (or DISCO_SERVER)',
    )
    .option('--as <member>', 'local mode: act as this member id (the founder by default)')
    .option('--json', 'print JSON, for scripts')
    .showHelpAfterError()
    .exitOverride();
}

/** Parses and runs; returns the exit code instead of exiting, so tests can call it. */
export async function runProgram(program: Command, argv: string[]): Promise<number> {
  const exitOverride = (c: Command): void => {
    c.exitOverride();
    c.commands.forEach(exitOverride);
  };
  exitOverride(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    return reportError(error, argv.includes('--json'));
  }
}
