import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface CheckinItem {
  checkinId: string;
  displayName: string;
  weekOf: string;
  feeling: string;
  capacity: number;
  blockers: string;
  needs: string;
  audience: string;
}

function write(): Command {
  return new Command('write')
    .description('check in: how you are and your capacity this week (kept off the ledger)')
    .requiredOption('--feeling <text>', 'how you are')
    .requiredOption('--capacity <percent>', 'your capacity this week, percent of a usual week')
    .option('--blockers <text>', 'what blocks you', '')
    .option('--needs <text>', 'what you need', '')
    .option('--audience <who>', 'circle, mentors-stewards or self', 'self')
    .action(
      async (
        opts: {
          feeling: string;
          capacity: string;
          blockers: string;
          needs: string;
          audience: string;
        },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<{ checkinId: string; weekOf: string }>('POST', '/checkins', {
            feeling: opts.feeling,
            capacity: Number(opts.capacity),
            blockers: opts.blockers,
            needs: opts.needs,
            audience: opts.audience,
          }),
        );
        printResult(
          options.json,
          result,
          () => `Checked in for the week of ${result.weekOf} (${result.checkinId}).`,
        );
      },
    );
}

function list(): Command {
  return new Command('list')
    .description('the check-ins you may read (yours and those shared with you)')
    .option('--member <id>', "only this member's")
    .action(async (opts: { member?: string }, command: Command) => {
      const options = globalOptions(command);
      const query = opts.member ? `?memberId=${encodeURIComponent(opts.member)}` : '';
      const page = await withClient(options, (api) =>
        api.call<{ items: CheckinItem[] }>('GET', `/checkins${query}`),
      );
      printResult(
        options.json,
        page,
        () =>
          page.items
            .map(
              (c) =>
                `${c.checkinId}  ${c.displayName}, week of ${c.weekOf}: ${c.capacity}% — ${c.feeling}${c.blockers ? ` | blockers: ${c.blockers}` : ''}${c.needs ? ` | needs: ${c.needs}` : ''} [${c.audience}]`,
            )
            .join('\n') || 'No check-ins you may read.',
      );
    });
}

function remove(): Command {
  return new Command('delete')
    .description('delete one of your check-ins for good')
    .argument('<checkin>', 'check-in id')
    .action(async (checkinId: string, _o: unknown, command: Command) => {
      const options = globalOptions(command);
      await withClient(options, (api) =>
        api.call<unknown>('DELETE', `/checkins/${encodeURIComponent(checkinId)}`),
      );
      printResult(options.json, { deleted: checkinId }, () => `Check-in ${checkinId} deleted.`);
    });
}

function retention(): Command {
  return new Command('retention')
    .description('set how many days check-ins are kept (founders)')
    .argument('<days>', 'days')
    .action(async (days: string, _o: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<{ retentionDays: number; deleted: number }>('PUT', '/checkins/settings', {
          retentionDays: Number(days),
        }),
      );
      printResult(
        options.json,
        result,
        () =>
          `Check-ins are kept ${result.retentionDays} days; ${result.deleted} older ones deleted.`,
      );
    });
}

/**
 * `disco checkin write|list|delete|retention`: check-ins, personal and off the ledger.
 *
 * @example disco checkin write --feeling "tired" --capacity 120 --audience circle
 */
export function checkinCommand(): Command {
  return new Command('checkin')
    .description('check-ins: how you are and your capacity, for the audience you choose')
    .addCommand(write())
    .addCommand(list())
    .addCommand(remove())
    .addCommand(retention());
}
