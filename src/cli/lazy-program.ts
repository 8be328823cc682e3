import { Command, Help } from 'commander';
import { baseProgram, runProgram } from './base-program.js';
import type { CommandIndex, IndexedCommand } from './command-index.js';
import { commandPosition } from './command-position.js';

/**
 * Runs `disco` loading only the module of the command asked for, so a start costs that
 * command's code and not every command's. Without a known command (`disco`, `disco --help`, a
 * misspelt name), the program is made of placeholders from the index: they list, suggest and
 * refuse exactly as the full program would, and run nothing.
 */
export async function runIndexed(
  argv: string[],
  index: CommandIndex,
  load: (entry: IndexedCommand) => Promise<Command>,
): Promise<number> {
  const find = (name: string | undefined): IndexedCommand | undefined =>
    index.commands.find((c) => c.name === name || c.aliases.includes(name ?? ''));
  let args = argv;
  const at = commandPosition(args, index.valueOptions);
  // `disco help balance` is `disco balance --help`: only balance's module knows its help.
  if (at >= 0 && args[at] === 'help' && find(args[at + 1])) {
    args = [...args.slice(0, at), args[at + 1]!, '--help', ...args.slice(at + 2)];
  }
  const entry = at >= 0 ? find(args[at]) : undefined;
  const program = baseProgram();
  if (entry) {
    program.addCommand(await load(entry));
    return runProgram(program, args);
  }
  const terms = new Map(index.commands.map((c) => [c.name, c]));
  const help = new Help();
  program.configureHelp({
    subcommandTerm: (command) => terms.get(command.name())?.term ?? help.subcommandTerm(command),
  });
  for (const c of index.commands) {
    program.addCommand(new Command(c.name).aliases(c.aliases).description(c.description));
  }
  return runProgram(program, args);
}
