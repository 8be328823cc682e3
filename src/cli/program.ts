import { Command, CommanderError } from 'commander';
import { initCommand } from './commands/init.js';
import { ledgerCommand } from './commands/ledger.js';
import { replayCommand } from './commands/replay.js';
import { serveCommand } from './commands/serve.js';
import { EXIT_USAGE, reportError } from './output.js';

/** The `disco` program; `run` returns the exit code instead of exiting, so tests can call it. */
export function buildProgram(): Command {
  const program = new Command('disco')
    .description('disco-cat: the Community Algorithmic Trust and Deck for DisCOs')
    .option('--data-dir <dir>', 'data directory (default ./data, or DISCO_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL instead of the embedded SQLite (or DATABASE_URL)')
    .option('--json', 'print JSON, for scripts')
    .showHelpAfterError()
    .exitOverride();
  for (const command of [initCommand(), serveCommand(), ledgerCommand(), replayCommand()]) program.addCommand(command);
  const exitOverride = (c: Command): void => {
    c.exitOverride();
    c.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
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
