import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

/**
 * `disco thanks`: thank a member for a contribution or a period of care (never yourself).
 *
 * @example disco thanks --contribution ID --note "You held the call together."
 */
export function thanksCommand(): Command {
  return new Command('thanks')
    .description('thank a member for a contribution or a period of their care (moves no money)')
    .requiredOption('--note <text>', 'what you thank them for')
    .option('--contribution <id>', 'the contribution you thank them for')
    .option('--member <id>', 'whom you thank, for a period of care')
    .option('--from <date>', 'first day of the period (YYYY-MM-DD)')
    .option('--to <date>', 'last day of the period (YYYY-MM-DD)')
    .action(
      async (
        opts: { note: string; contribution?: string; member?: string; from?: string; to?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const body = {
          note: opts.note,
          ...(opts.contribution ? { contributionId: opts.contribution } : {}),
          ...(opts.member ? { memberId: opts.member } : {}),
          ...(opts.from ? { from: opts.from } : {}),
          ...(opts.to ? { to: opts.to } : {}),
        };
        const result = await withClient(options, (api) =>
          api.call<{ appreciationId: string; recorded: { seq: number; type: string }[] }>(
            'POST',
            '/appreciations',
            body,
          ),
        );
        printResult(
          options.json,
          result,
          () => `Thanks recorded (#${result.recorded.map((r) => r.seq).join(', #')}).`,
        );
      },
    );
}
