import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { memberNames } from '../member-names.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface Recorded {
  contributionId?: string;
  recorded: { seq: number; type: string }[];
}

interface Contribution {
  contributionId: string;
  memberId: string;
  stream: string;
  quantity: string;
  unit: string;
  taskKind: string;
  date: string;
  description: string;
  credit: { amount: string };
  status: string;
}

const recordedLine = (r: Recorded): string =>
  `Recorded ${r.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')}.`;
const contributionPath = (id: string): string => `/contributions/${encodeURIComponent(id)}`;

/** Minor units as digits shown with two decimals, without going through a float. */
export function formatMinor(digits: string): string {
  const negative = digits.startsWith('-');
  const abs = (negative ? digits.slice(1) : digits).padStart(3, '0');
  return `${negative ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/**
 * `disco log <quantity> <stream> "<description>"`: logs work (or lists it with --list).
 *
 * @example disco log 2 care "Monthly assembly" --circle care --task meeting
 */
export function logCommand(): Command {
  return new Command('log')
    .description(
      'log your work in a stream (livelihood, love or care); its credit is frozen at the rate in force on --date',
    )
    .argument('[quantity]', 'how much: hours, or --units of output (decimals up to 3 places)')
    .argument('[stream]', 'livelihood, love or care')
    .argument('[description]', 'what you did')
    .option(
      '--task <kind>',
      'task kind the rate is set for, e.g. meeting or translation',
      'general',
    )
    .option('--units <unit>', "unit of the quantity: 'hour' or e.g. word", 'hour')
    .option('--date <date>', 'day of the work, YYYY-MM-DD (today by default)')
    .option('--circle <circle>', 'circle slug or id the work was for')
    .option('--project <id>', 'livelihood project the work was for')
    .option('--resource <id>', 'commons resource the work made')
    .option('--evidence <url...>', 'links to the work')
    .option(
      '--edit <id>',
      'correct this contribution of yours instead (only the fields given change)',
    )
    .option('--list', 'list contributions instead (yours with --mine)')
    .option('--mine', 'with --list: only your own')
    .action(
      async (
        quantity: string | undefined,
        stream: string | undefined,
        description: string | undefined,
        opts: Record<string, string | string[] | boolean | undefined>,
        command: Command,
      ) => {
        const options = globalOptions(command);
        if (opts['list']) {
          const { page, nameOf } = await withClient(options, async (api) => {
            const me = opts['mine']
              ? (await api.call<{ member: { memberId: string } | null }>('GET', '/auth/session'))
                  .member?.memberId
              : undefined;
            const page = await api.call<{ items: Contribution[] }>(
              'GET',
              `/contributions${me ? `?member=${encodeURIComponent(me)}` : ''}`,
            );
            return { page, nameOf: options.json ? (id: string) => id : await memberNames(api) };
          });
          printResult(
            options.json,
            page,
            () =>
              page.items
                .map(
                  (c) =>
                    `${c.contributionId}  ${c.date}  ${nameOf(c.memberId).padEnd(20)} ${c.stream.padEnd(10)} ${`${c.quantity} ${c.unit}`.padEnd(14)} ${formatMinor(c.credit.amount).padStart(10)}  ${c.status.padEnd(10)} ${c.description}`,
                )
                .join('\n') || 'No contributions.',
          );
          return;
        }
        const explicit = (key: string) => command.getOptionValueSource(key) === 'cli';
        const body: Record<string, unknown> = {
          ...(quantity !== undefined ? { quantity } : {}),
          ...(stream !== undefined ? { stream } : {}),
          ...(description !== undefined ? { description } : {}),
          ...(!opts['edit'] || explicit('task') ? { taskKind: opts['task'] } : {}),
          ...(!opts['edit'] || explicit('units') ? { unit: opts['units'] } : {}),
          ...(opts['date'] ? { date: opts['date'] } : {}),
          ...(opts['circle'] ? { circle: opts['circle'] } : {}),
          ...(opts['project'] ? { project: opts['project'] } : {}),
          ...(opts['resource'] ? { resource: opts['resource'] } : {}),
          ...(opts['evidence'] ? { evidence: opts['evidence'] } : {}),
        };
        const edit = typeof opts['edit'] === 'string' ? opts['edit'] : undefined;
        const result = await withClient(options, (api) =>
          api.call<Recorded>(
            'POST',
            edit ? `${contributionPath(edit)}/edits` : '/contributions',
            body,
          ),
        );
        printResult(
          options.json,
          result,
          () =>
            `${edit ? 'Corrected' : 'Logged'} contribution ${result.contributionId ?? ''}. ${recordedLine(result)}`,
        );
      },
    );
}

/**
 * `disco validate <id>`: acknowledges another member's contribution.
 *
 * @example disco validate 0193a… --json
 */
export function validateCommand(): Command {
  return new Command('validate')
    .description("acknowledge another member's contribution (never your own)")
    .argument('<id>', 'contribution id')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<Recorded>('POST', `${contributionPath(id)}/acknowledgements`),
      );
      printResult(options.json, result, () => `Acknowledged ${id}. ${recordedLine(result)}`);
    });
}

/**
 * `disco dispute resolve <id> --proposal <id> --outcome upheld|dismissed`: records how a passed
 * proposal settled a dispute.
 *
 * @example disco dispute resolve 0193a… --proposal 0194b… --outcome upheld
 */
function resolveDisputeCommand(): Command {
  return new Command('resolve')
    .description(
      'record how a closed, passed proposal settled a dispute (its author, a steward of its circle or a founder)',
    )
    .argument('<id>', 'contribution id')
    .requiredOption('--proposal <id>', 'the passed proposal that decided it')
    .requiredOption(
      '--outcome <outcome>',
      "'upheld' (the contribution is void) or 'dismissed' (it counts)",
    )
    .action(async (id: string, opts: { proposal: string; outcome: string }, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<Recorded>('POST', `${contributionPath(id)}/resolution`, {
          proposal: opts.proposal,
          outcome: opts.outcome,
        }),
      );
      printResult(
        options.json,
        result,
        () =>
          `Dispute of ${id} ${opts.outcome} by proposal ${opts.proposal}. ${recordedLine(result)}`,
      );
    });
}

/**
 * `disco dispute <id> --reason "…"`, `--withdraw` to withdraw one's own dispute, or
 * `disco dispute resolve <id> …` to record a decision that settled it.
 *
 * @example disco dispute 0193a… --reason "The meeting lasted one hour"
 */
export function disputeCommand(): Command {
  return new Command('dispute')
    .addCommand(resolveDisputeCommand())
    .description(
      "dispute another member's contribution (it stops counting), or withdraw your dispute",
    )
    .argument('<id>', 'contribution id')
    .option('--reason <text>', 'why (required to dispute)')
    .option('--withdraw', 'withdraw your dispute instead')
    .action(async (id: string, opts: { reason?: string; withdraw?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        opts.withdraw
          ? api.call<Recorded>('DELETE', `${contributionPath(id)}/dispute`)
          : api.call<Recorded>('POST', `${contributionPath(id)}/disputes`, {
              reason: opts.reason ?? '',
            }),
      );
      printResult(
        options.json,
        result,
        () =>
          `${opts.withdraw ? 'Withdrew the dispute of' : 'Disputed'} ${id}. ${recordedLine(result)}`,
      );
    });
}
