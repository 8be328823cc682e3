import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { memberNames } from '../member-names.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';
import { formatMinor } from './contribution.js';

interface Balances {
  asOf: string;
  items: {
    memberId: string;
    stream: string;
    earned: string;
    historical: string;
    released: string;
    forfeited: string;
    payable: string;
    paid: string;
    recorded: string;
  }[];
}

/**
 * `disco balance [member]`: credits per stream, yours by default.
 *
 * @example disco balance --as-of 2026-03-31 --json
 */
export function balanceCommand(): Command {
  return new Command('balance')
    .description(
      'credit balances per stream: earned, historical, payable, paid (yours by default; --all for everyone)',
    )
    .argument('[member]', 'member id')
    .option('--as-of <date>', 'count work dated on or before this day (YYYY-MM-DD)')
    .option('--all', 'every member')
    .action(
      async (
        member: string | undefined,
        opts: { asOf?: string; all?: boolean },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const { result, nameOf } = await withClient(options, async (api) => {
          const who = opts.all
            ? undefined
            : (member ??
              (await api.call<{ member: { memberId: string } | null }>('GET', '/auth/session'))
                .member?.memberId);
          const query = new URLSearchParams({
            ...(who ? { member: who } : {}),
            ...(opts.asOf ? { asOf: opts.asOf } : {}),
          }).toString();
          const result = await api.call<Balances>('GET', `/balances${query ? `?${query}` : ''}`);
          return { result, nameOf: options.json ? (id: string) => id : await memberNames(api) };
        });
        printResult(
          options.json,
          result,
          () =>
            [
              `As of ${result.asOf}:`,
              ...result.items.map(
                (b) =>
                  `${nameOf(b.memberId).padEnd(20)}  ${b.stream.padEnd(10)} earned ${formatMinor(b.earned)}  historical ${formatMinor(b.historical)}  payable ${formatMinor(b.payable)}  paid ${formatMinor(b.paid)}${b.released !== '0' ? `  released ${formatMinor(b.released)}` : ''}${b.forfeited !== '0' ? `  forfeited ${formatMinor(b.forfeited)}` : ''}${b.recorded !== '0' ? `  recorded ${formatMinor(b.recorded)}` : ''}`,
              ),
            ].join('\n') + (result.items.length === 0 ? '\nNo counted credits yet.' : ''),
        );
      },
    );
}
