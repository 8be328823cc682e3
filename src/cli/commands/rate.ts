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

type RecordedEvents = { recorded: { seq: number; type: string }[] };
const recordedLine = (result: RecordedEvents) =>
  `Recorded ${result.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')}.`;

/**
 * `disco rate set|list|casual|care-release`: the credit rates per stream and task kind, and the
 * rules for casual contributors' credits and daters' historical care credits.
 *
 * @example disco rate set love translation 8 --per word --from 2026-01-01
 * @example disco rate care-release --over-months 3 --on-leaving forfeit --from 2026-01-01
 */
export function rateCommand(): Command {
  const rate = new Command('rate').description('credit rates per stream and task kind');
  rate.addCommand(
    new Command('list')
      .description('every rate ever set, in ledger order')
      .action(async (_opts: unknown, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<{ items: Rate[] }>('GET', '/rates'),
        );
        printResult(
          options.json,
          result,
          () =>
            result.items
              .map(
                (r) =>
                  `${r.stream.padEnd(10)} ${r.taskKind.padEnd(16)} ${formatMinor(r.amount).padStart(10)} per ${r.per.padEnd(8)} from ${r.effectiveFrom}`,
              )
              .join('\n') || 'No rates.',
        );
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
      .action(
        async (
          stream: string,
          taskKind: string,
          amount: string,
          opts: { per: string; from: string },
          command: Command,
        ) => {
          const options = globalOptions(command);
          const result = await withClient(options, (api) =>
            api.call<RecordedEvents>('POST', '/rates', {
              stream,
              taskKind,
              per: opts.per,
              amount,
              effectiveFrom: opts.from,
            }),
          );
          printResult(options.json, result, () => `Rate set. ${recordedLine(result)}`);
        },
      ),
  );
  rate.addCommand(
    new Command('casual')
      .description(
        "whether casual contributors' work from a date on earns payable credits (founders)",
      )
      .argument('<payable>', "'payable' or 'unpayable' (recorded, never a claim: the default)")
      .requiredOption('--from <date>', 'first day of work the rule applies to (YYYY-MM-DD)')
      .action(async (payable: string, opts: { from: string }, command: Command) => {
        const options = globalOptions(command);
        // Anything else goes to the server as text, which refuses it naming the field.
        const value = payable === 'payable' ? true : payable === 'unpayable' ? false : payable;
        const result = await withClient(options, (api) =>
          api.call<RecordedEvents>('PUT', '/value-settings/casual-rule', {
            effectiveFrom: opts.from,
            payable: value,
          }),
        );
        printResult(
          options.json,
          result,
          () => `Casual work from ${opts.from} is ${payable}. ${recordedLine(result)}`,
        );
      }),
  );
  rate.addCommand(
    new Command('care-release')
      .description('what becomes of care credits earned while dating once dating ends (founders)')
      .option(
        '--over-months <n>',
        'on commitment, release them in n monthly tranches (default: all at once)',
      )
      .option(
        '--on-leaving <rule>',
        "when a dater leaves or goes back to casual: 'forfeit' or 'release-all'",
        'forfeit',
      )
      .requiredOption('--from <date>', 'first day a dating end follows this rule (YYYY-MM-DD)')
      .action(
        async (
          opts: { overMonths?: string; onLeaving: string; from: string },
          command: Command,
        ) => {
          const options = globalOptions(command);
          const months =
            opts.overMonths !== undefined && /^\d{1,3}$/.test(opts.overMonths)
              ? Number(opts.overMonths)
              : opts.overMonths;
          const onCommitment =
            months === undefined
              ? { kind: 'release-all' }
              : { kind: 'release-over-months', months };
          const result = await withClient(options, (api) =>
            api.call<RecordedEvents>('PUT', '/value-settings/care-release', {
              effectiveFrom: opts.from,
              onCommitment,
              onLeaving: opts.onLeaving,
            }),
          );
          printResult(
            options.json,
            result,
            () => `Care release rule set from ${opts.from}. ${recordedLine(result)}`,
          );
        },
      ),
  );
  return rate;
}
