import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';
import { formatMinor } from './contribution.js';

interface Rate {
  stream: string;
  taskKind: string;
  per: string;
  amount: string;
  effectiveFrom: string;
}

/**
 * `disco rate set|list`: the credit rates per stream and task kind.
 *
 * @example disco rate set love translation 8 --per word --from 2026-01-01
 */
export function rateCommand(): Command {
  const rate = new Command('rate').description('credit rates per stream and task kind');
  rate.addCommand(
    new Command('list').description('every rate ever set, in ledger order').action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) => api.call<{ items: Rate[] }>('GET', '/rates'));
      printResult(options.json, result, () => result.items.map((r) => `${r.stream.padEnd(10)} ${r.taskKind.padEnd(16)} ${formatMinor(r.amount).padStart(10)} per ${r.per.padEnd(8)} from ${r.effectiveFrom}`).join('\n') || 'No rates.');
    }),
  );
  rate.addCommand(
    new Command('set')
      .description('set a rate from a date on (founders); credits already logged keep theirs')
      .argument('<stream>', 'livelihood, love or care')
      .argument('<task>', 'task kind, e.g. translation')
      .argument('<amount>', 'minor units (cents) per hour or per unit, as digits')
      .option('--per <unit>', "'hour' or a unit such as word", 'hour')
      .requiredOption('--from <date>', 'first day the rate applies (YYYY-MM-DD)')
      .action(async (stream: string, taskKind: string, amount: string, opts: { per: string; from: string }, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) => api.call<{ recorded: { seq: number; type: string }[] }>('POST', '/rates', { stream, taskKind, per: opts.per, amount, effectiveFrom: opts.from }));
        printResult(options.json, result, () => `Rate set. Recorded ${result.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')}.`);
      }),
  );
  return rate;
}
