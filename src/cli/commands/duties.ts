import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';
import { formatMinor } from './contribution.js';

interface Duty {
  displayName: string;
  stream: string;
  period: string;
  owed: string;
  done: string;
  pending: string;
  met: boolean;
  behind: boolean;
}

interface Concentration {
  total: string;
  shares: { memberId: string; amount: string; share: { numerator: string; denominator: string } }[];
  gini: { value: number };
}

interface CareIndicators {
  from: string;
  to: string;
  careHours: Concentration;
  overloaded: { memberId: string; week: string; hours: string }[];
  behindOnDuties: Duty[];
}

const percent = (f: { numerator: string; denominator: string }): string =>
  `${((Number(f.numerator) / Number(f.denominator)) * 100).toFixed(1)}%`;
const hours = (milli: string): string => (Number(milli) / 1000).toString();

/**
 * `disco duties [member]`: duty progress this month and quarter; `--care` shows the care indicators.
 *
 * @example disco duties --care --from 2026-01-01
 */
export function dutiesCommand(): Command {
  return new Command('duties')
    .description(
      'duty progress for this month and quarter (everyone, or one member); --care for care shares, Gini and overload',
    )
    .argument('[member]', 'member id')
    .option('--date <date>', 'look at the month and quarter of this day (YYYY-MM-DD)')
    .option('--care', 'show the care indicators instead')
    .option('--from <date>', 'with --care: first day (the quarter’s start by default)')
    .action(
      async (
        member: string | undefined,
        opts: { date?: string; care?: boolean; from?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        if (opts.care) {
          const query = new URLSearchParams({
            ...(opts.from ? { from: opts.from } : {}),
            ...(opts.date ? { to: opts.date } : {}),
          }).toString();
          const care = await withClient(options, (api) =>
            api.call<CareIndicators>('GET', `/care-indicators${query ? `?${query}` : ''}`),
          );
          printResult(options.json, care, () =>
            [
              `Care from ${care.from} to ${care.to}: ${hours(care.careHours.total)} hours, Gini ${care.careHours.gini.value.toFixed(3)}`,
              ...care.careHours.shares.map(
                (s) => `  ${s.memberId}  ${hours(s.amount).padStart(8)} h  ${percent(s.share)}`,
              ),
              ...care.overloaded.map(
                (o) => `Overloaded: ${o.memberId} logged ${hours(o.hours)} hours in ${o.week}`,
              ),
              ...care.behindOnDuties.map(
                (d) =>
                  `Behind: ${d.displayName} on ${d.stream} for ${d.period} (${formatMinor(d.done)} of ${formatMinor(d.owed)})`,
              ),
            ].join('\n'),
          );
          return;
        }
        const query = new URLSearchParams({
          ...(member ? { member } : {}),
          ...(opts.date ? { date: opts.date } : {}),
        }).toString();
        const duties = await withClient(options, (api) =>
          api.call<{ date: string; items: Duty[] }>('GET', `/duties${query ? `?${query}` : ''}`),
        );
        printResult(
          options.json,
          duties,
          () =>
            duties.items
              .map(
                (d) =>
                  `${d.displayName.padEnd(20)} ${d.stream.padEnd(10)} ${d.period.padEnd(8)} ${formatMinor(d.done).padStart(10)} of ${formatMinor(d.owed).padStart(10)}  ${d.met ? 'met' : d.behind ? 'behind' : 'on track'}${d.pending !== '0' ? ` (${formatMinor(d.pending)} pending)` : ''}`,
              )
              .join('\n') || 'No duties.',
        );
      },
    );
}
