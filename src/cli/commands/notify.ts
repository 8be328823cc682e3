import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface Settings {
  language: string;
  mailConfigured: boolean;
  kinds: { kind: string; delivery: string; isDefault: boolean }[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `disco notify settings|failures|webhook …`: how notifications reach members. */
export function notifyCommand(): Command {
  const notify = new Command('notify').description(
    'how notifications reach you: mail settings, deliveries waiting or given up, webhooks',
  );
  notify.addCommand(
    new Command('settings')
      .description(
        'show your delivery per kind (immediate, daily, weekly, off) and mail language, or change them',
      )
      .option(
        '--set <kind=delivery>',
        'e.g. outcome=weekly or deadline-soon=off (repeatable)',
        collect,
        [],
      )
      .option('--language <en|es>', 'the language of your mail')
      .action(async (flags: { set: string[]; language?: string }, command: Command) => {
        const options = globalOptions(command);
        const kinds: Record<string, string> = {};
        for (const pair of flags.set) {
          const [kind, delivery] = pair.split('=');
          kinds[kind ?? ''] = delivery ?? '';
        }
        const change = flags.set.length > 0 || flags.language !== undefined;
        const result = await withClient(options, (api) =>
          change
            ? api.call<Settings>('PUT', '/notifications/settings', {
                ...(flags.set.length > 0 ? { kinds } : {}),
                ...(flags.language !== undefined ? { language: flags.language } : {}),
              })
            : api.call<Settings>('GET', '/notifications/settings'),
        );
        printResult(options.json, result, () =>
          [
            `Mail language: ${result.language}${result.mailConfigured ? '' : ' (this node sends no mail: everything stays in the Deck)'}`,
            ...result.kinds.map(
              (k) => `  ${k.kind.padEnd(20)} ${k.delivery}${k.isDefault ? ' (default)' : ''}`,
            ),
          ].join('\n'),
        );
      }),
  );
  notify.addCommand(
    new Command('failures')
      .description(
        'founders: mail, digests and webhook deliveries waiting for a retry or given up, with the reason',
      )
      .action(async (_flags: unknown, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<{ items: Delivery[] }>('GET', '/notifications/deliveries'),
        );
        printResult(options.json, result, () =>
          result.items.length === 0
            ? 'Every delivery went through.'
            : result.items
                .map(
                  (d) =>
                    `${d.state === 'failed' ? 'given up' : 'retrying'}  ${d.kind.padEnd(7)} ${d.to}  ${d.attempts}/${d.maxAttempts} tries  ${d.lastError ?? ''}${d.nextTry ? `  (next ${d.nextTry})` : ''}`,
                )
                .join('\n'),
        );
      }),
  );
  const webhook = new Command('webhook').description(
    "founders: the DisCO's and circles' outgoing webhooks (Mattermost/Slack text or signed JSON)",
  );
  webhook.addCommand(
    new Command('list').action(async (_flags: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<{ items: Webhook[] }>('GET', '/webhooks'),
      );
      printResult(options.json, result, () =>
        result.items.length === 0
          ? 'No webhooks.'
          : result.items
              .map((w) => `${w.id}  ${w.format.padEnd(11)} ${w.circleId ?? 'the DisCO'}  ${w.url}`)
              .join('\n'),
      );
    }),
  );
  webhook.addCommand(
    new Command('add')
      .argument('<url>', 'where to POST')
      .option(
        '--format <chat|signed-json>',
        'Mattermost/Slack `{"text"}` or HMAC-signed JSON',
        'chat',
      )
      .option('--circle <id>', "a circle's webhook (the DisCO's otherwise)")
      .action(async (url: string, flags: { format: string; circle?: string }, command: Command) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<Webhook>('POST', '/webhooks', {
            url,
            format: flags.format,
            ...(flags.circle ? { circleId: flags.circle } : {}),
          }),
        );
        printResult(options.json, result, () =>
          [
            `Added webhook ${result.id}.`,
            ...(result.secret ? [`Its signing secret (shown once): ${result.secret}`] : []),
          ].join('\n'),
        );
      }),
  );
  webhook.addCommand(
    new Command('remove')
      .argument('<id>', 'as listed')
      .action(async (id: string, _flags: unknown, command: Command) => {
        const options = globalOptions(command);
        await withClient(options, (api) => api.call<unknown>('DELETE', `/webhooks/${id}`));
        printResult(options.json, { removed: id }, () => `Removed webhook ${id}.`);
      }),
  );
  notify.addCommand(webhook);
  return notify;
}

interface Delivery {
  kind: string;
  state: string;
  to: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  nextTry: string | null;
}

interface Webhook {
  id: string;
  circleId: string | null;
  format: string;
  url: string;
  secret?: string;
}
