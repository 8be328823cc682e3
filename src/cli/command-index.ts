import { Help, type Command } from 'commander';

/** One top-level command as the built CLI finds it: which module makes it, and its help line. */
export interface IndexedCommand {
  name: string;
  aliases: string[];
  /** The built module (dist/NAME.js) and its exported factory that makes the command. */
  module: string;
  factory: string;
  /** How `disco --help` lists it: usage term and description. */
  term: string;
  description: string;
}

export interface CommandIndex {
  commands: IndexedCommand[];
  /** The program's own options that take a value, so the command name is found after them. */
  valueOptions: string[];
}

export interface CommandModule {
  module: string;
  exports: Record<string, unknown>;
}

function isCommand(value: unknown): value is Command {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Command).name === 'function' &&
    Array.isArray((value as Command).commands)
  );
}

/**
 * Written by `npm run build` into dist/commands.json: for every command of the full program
 * (program.ts, the one list of commands), the module whose zero-argument `…Command` export makes
 * it. A command added to program.ts is thus loaded lazily with no other list to keep.
 */
export function indexCommands(program: Command, modules: CommandModule[]): CommandIndex {
  const makers = new Map<string, { module: string; factory: string }>();
  for (const { module, exports } of modules) {
    for (const [factory, value] of Object.entries(exports)) {
      if (!factory.endsWith('Command') || typeof value !== 'function' || value.length !== 0)
        continue;
      const made: unknown = (value as () => unknown)();
      if (isCommand(made)) makers.set(made.name(), { module, factory });
    }
  }
  const help = new Help();
  const commands = program.commands.map((command) => {
    const maker = makers.get(command.name());
    if (!maker)
      throw new Error(
        `The command "${command.name()}" is in program.ts, but no module of src/cli/commands/ exports a zero-argument function ending in "Command" that makes it: export its factory from there so the built CLI can load it.`,
      );
    return {
      name: command.name(),
      aliases: command.aliases(),
      ...maker,
      term: help.subcommandTerm(command),
      description: help.subcommandDescription(command),
    };
  });
  const valueOptions = program.options
    .filter((option) => option.required || option.optional)
    .flatMap((option) => [option.long, option.short])
    .filter((flag): flag is string => flag !== undefined);
  return { commands, valueOptions };
}
