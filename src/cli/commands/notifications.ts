import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface Notification {
  id: string;
  read: boolean;
  kind: string;
  title: string;
  at: string;
  outcome?: string;
}

/** `disco notifications [--unread]` and `disco notifications read [ID…]`. */
export function notificationsCommand(): Command {
  const notifications = new Command('notifications')
    .description(
      'your notifications, newest first: new proposals, deadlines you have not voted on, outcomes, reviews, work waiting for your validation, disputes on your work, milestones',
    )
    .option('--unread', 'only those not marked read')
    .action(async (flags: { unread?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<{ items: Notification[] }>(
          'GET',
          `/notifications${flags.unread ? '?unread=true' : ''}`,
        ),
      );
      printResult(options.json, result, () =>
        [
          ...result.items.map(
            (n) =>
              `${n.read ? ' ' : '*'} ${n.at}  ${n.kind.padEnd(19)} ${n.title}${n.outcome ? `: ${n.outcome}` : ''}  [${n.id}]`,
          ),
          ...(result.items.length === 0 ? ['No notifications.'] : []),
        ].join('\n'),
      );
    });
  notifications.addCommand(
    new Command('read')
      .description('mark notifications read (all current ones when no id is given)')
      .argument('[id...]', 'notification ids, as listed')
      .action(async (ids: string[], _flags: unknown, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<{ marked: number }>(
            'POST',
            '/notifications/read',
            ids.length > 0 ? { ids } : {},
          ),
        );
        printResult(options.json, result, () => `Marked ${result.marked} read.`);
      }),
  );
  return notifications;
}
