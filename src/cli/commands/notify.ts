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
  return notify;
}
