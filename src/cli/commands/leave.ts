import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface Recorded {
  leaveId?: string;
  recorded: { seq: number; type: string }[];
}

interface LeaveItem {
  leaveId: string;
  memberId: string;
  displayName: string;
  from: string;
  to: string | null;
  reason: string | null;
  endedAt: string | null;
}

const recordedLine = (r: Recorded): string =>
  `Recorded ${r.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')}.`;
const span = (l: { from: string; to: string | null }): string =>
  l.to === null ? `from ${l.from}, open-ended` : `${l.from} to ${l.to}`;

function start(): Command {
  return new Command('start')
    .description('record that a member is on leave (yourself, or anyone as a founder)')
    .argument('<member>', 'member id')
    .requiredOption('--from <date>', 'first day of leave (YYYY-MM-DD)')
    .option(
      '--to <date>',
      'last day of leave, inclusive (leave it out while unknown, and end the leave later)',
    )
    .option(
      '--reason <text>',
      'why, in public words: it goes on the ledger ("parental leave", never health details)',
    )
    .action(
      async (
        memberId: string,
        opts: { from: string; to?: string; reason?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const body = {
          from: opts.from,
          ...(opts.to !== undefined ? { to: opts.to } : {}),
          ...(opts.reason !== undefined ? { reason: opts.reason } : {}),
        };
        const result = await withClient(options, (api) =>
          api.call<Recorded>('POST', `/members/${encodeURIComponent(memberId)}/leaves`, body),
        );
        printResult(
          options.json,
          result,
          () =>
            `Leave ${result.leaveId} recorded, ${span({ from: opts.from, to: opts.to ?? null })}. ${recordedLine(result)}`,
        );
      },
    );
}

function end(): Command {
  return new Command('end')
    .description(
      "fix a leave's last day, once: earlier than planned, later, or the end of an open-ended leave",
    )
    .argument('<leave>', 'leave id (see `disco leave list`)')
    .requiredOption('--on <date>', 'the last day of leave, inclusive (YYYY-MM-DD)')
    .action(async (leaveId: string, opts: { on: string }, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<Recorded>('POST', `/leaves/${encodeURIComponent(leaveId)}/end`, {
          lastDay: opts.on,
        }),
      );
      printResult(
        options.json,
        result,
        () => `Leave ${leaveId} ends on ${opts.on}. ${recordedLine(result)}`,
      );
    });
}

function list(): Command {
  return new Command('list')
    .description('list leaves, of everyone or of one member')
    .option('--member <id>', "only this member's leaves")
    .option('--cursor <cursor>', 'the next page, as printed after a page')
    .action(async (opts: { member?: string; cursor?: string }, command: Command) => {
      const options = globalOptions(command);
      const query = new URLSearchParams({
        ...(opts.member ? { memberId: opts.member } : {}),
        ...(opts.cursor ? { cursor: opts.cursor } : {}),
      }).toString();
      const page = await withClient(options, (api) =>
        api.call<{ items: LeaveItem[]; nextCursor: string | null }>(
          'GET',
          `/leaves${query ? `?${query}` : ''}`,
        ),
      );
      printResult(
        options.json,
        page,
        () =>
          [
            ...page.items.map(
              (l) =>
                `${l.leaveId}  ${l.displayName.padEnd(24)} ${span(l).padEnd(28)}${l.endedAt ? ' (ended)' : ''}${l.reason ? `  ${l.reason}` : ''}`,
            ),
            ...(page.nextCursor ? [`more: disco leave list --cursor ${page.nextCursor}`] : []),
          ].join('\n') || 'No leaves.',
      );
    });
}

/**
 * `disco leave start|end|list`: members' leaves, which the CAT's smoothing reads.
 *
 * @example disco leave start MEMBER --from 2026-03-01 --reason "parental leave"
 */
export function leaveCommand(): Command {
  return new Command('leave')
    .description("members' leaves (smoothing may keep part of their pay meanwhile)")
    .addCommand(start())
    .addCommand(end())
    .addCommand(list());
}
