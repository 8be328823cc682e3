import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult, UsageError } from '../output.js';
import { keyCommand } from './key.js';
import { levelOf, levelOptions, todayUtc, type LevelFlags } from './level-options.js';

interface MemberSummary {
  memberId: string;
  displayName: string;
  founder: boolean;
  status: 'active' | 'left';
  level: { level: string; stage?: number; timeline?: string; startDate?: string } | null;
  constituencies: string[];
}

interface Recorded {
  recorded: { seq: number; type: string; hash: string }[];
  memberId?: string;
}

function describeLevel(member: MemberSummary): string {
  if (member.status === 'left') return 'left';
  if (!member.level) return '—';
  return member.level.level === 'dating'
    ? `dating (stage ${member.level.stage}, ${member.level.timeline})`
    : member.level.level;
}

function recordedLine(result: Recorded): string {
  return `Recorded ${result.recorded.map((r) => `#${r.seq} ${r.type}`).join(', ')}.`;
}

function list(): Command {
  return new Command('list')
    .description('list the members')
    .option('--cursor <cursor>', 'the next page, as printed after a page')
    .action(async (opts: { cursor?: string }, command: Command) => {
      const options = globalOptions(command);
      const page = await withClient(options, (api) =>
        api.call<{ items: MemberSummary[]; nextCursor: string | null }>(
          'GET',
          `/members${opts.cursor ? `?cursor=${encodeURIComponent(opts.cursor)}` : ''}`,
        ),
      );
      printResult(
        options.json,
        page,
        () =>
          [
            ...page.items.map(
              (m) =>
                `${m.memberId}  ${m.displayName.padEnd(24)} ${describeLevel(m).padEnd(28)} ${m.constituencies.join(', ')}${m.founder ? '  (founder)' : ''}`,
            ),
            ...(page.nextCursor ? [`more: disco member list --cursor ${page.nextCursor}`] : []),
          ].join('\n') || 'No members.',
      );
    });
}

function show(): Command {
  return new Command('show')
    .description('show one member: level, constituencies, circles, mentors, milestones, keys')
    .argument('<member>', 'member id')
    .action(async (memberId: string, _opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const member = await withClient(options, (api) =>
        api.call<MemberSummary & Record<string, unknown>>(
          'GET',
          `/members/${encodeURIComponent(memberId)}`,
        ),
      );
      printResult(options.json, member, () => JSON.stringify(member, null, 2));
    });
}

function add(): Command {
  return levelOptions(
    new Command('add')
      .description('record a new member (to give them an account, use `member invite`)')
      .requiredOption('--name <name>', 'the name shown to others')
      .option(
        '--constituency <slug...>',
        'constituencies (default: worker-members with --level, else supporters)',
      ),
  ).action(
    async (opts: LevelFlags & { name: string; constituency?: string[] }, command: Command) => {
      const options = globalOptions(command);
      const level = levelOf(opts, todayUtc());
      const body = {
        displayName: opts.name,
        level,
        constituencyIds: opts.constituency ?? [level ? 'worker-members' : 'supporters'],
      };
      const result = await withClient(options, (api) =>
        api.call<Recorded>('POST', '/members', body),
      );
      printResult(
        options.json,
        result,
        () => `Added ${opts.name} as member ${result.memberId}. ${recordedLine(result)}`,
      );
    },
  );
}

function level(): Command {
  return new Command('level')
    .description(
      "record a decision on a member's level: casual, dating, committed, left (or back from left)",
    )
    .argument('<member>', 'member id')
    .argument('<level>', 'casual, dating, committed or left')
    .option('--stage <n>', 'dating stage 1, 2 or 3 (the next stage by default)')
    .option('--timeline <t>', 'dating timeline: fast-track, agile or long-run')
    .option('--start-date <date>', 'first day of dating (YYYY-MM-DD)')
    .option('--proposal <id>', 'the passed proposal that decided it (otherwise a founder action)')
    .action(
      async (
        memberId: string,
        to: string,
        opts: { stage?: string; timeline?: string; startDate?: string; proposal?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const stage = opts.stage === undefined ? undefined : Number(opts.stage);
        if (stage !== undefined && ![1, 2, 3].includes(stage))
          throw new UsageError(`--stage must be 1, 2 or 3, not "${opts.stage}"`);
        const body = {
          level: to,
          ...(stage !== undefined ? { stage } : {}),
          ...(opts.timeline ? { timeline: opts.timeline } : {}),
          ...(opts.startDate ? { startDate: opts.startDate } : {}),
          ...(opts.proposal ? { decision: { kind: 'proposal', proposalId: opts.proposal } } : {}),
        };
        const result = await withClient(options, (api) =>
          api.call<Recorded>('POST', `/members/${encodeURIComponent(memberId)}/level`, body),
        );
        printResult(options.json, result, () => recordedLine(result));
      },
    );
}

function invite(): Command {
  return levelOptions(
    new Command('invite')
      .description(
        'make a single-use, expiring invitation for a newcomer; prints the token to hand over',
      )
      .option(
        '--constituency <slug...>',
        'constituencies (default: worker-members with --level, else supporters)',
      )
      .option('--send-to <email>', 'also mail the link to this address (when the node sends mail)')
      .option('--language <en|es>', 'the language of that mail', 'en'),
  ).action(
    async (
      opts: LevelFlags & { constituency?: string[]; sendTo?: string; language: string },
      command: Command,
    ) => {
      const options = globalOptions(command);
      const level = levelOf(opts, todayUtc());
      const body = {
        level,
        constituencyIds: opts.constituency ?? [level ? 'worker-members' : 'supporters'],
        ...(opts.sendTo ? { mailTo: opts.sendTo, mailLanguage: opts.language } : {}),
      };
      const result = await withClient(options, (api) =>
        api.call<IssuedLink & { id: string }>('POST', '/invitations', body),
      );
      printResult(options.json, result, () =>
        [
          ...mailLines(result, opts.sendTo),
          `Invitation ${result.id}, valid until ${result.expiresAt}. Hand this token to the newcomer (it is shown only now):`,
          result.token,
          deckLink(options.server, 'join', result.token),
        ].join('\n'),
      );
    },
  );
}

interface IssuedLink {
  token: string;
  expiresAt: string;
  mailed: boolean;
  mailConfigured: boolean;
}

/** What became of a mail asked for: sent to the outbox, or not possible on this node. */
function mailLines(result: IssuedLink, to: string | undefined): string[] {
  if (to === undefined) return [];
  if (result.mailed)
    return [`Mailed to ${to} (through the outbox; \`disco notify deliveries\` shows a failure).`];
  return [
    'This node sends no mail (no SMTP configured, see docs/operations.md): nothing was mailed. Hand over the link below yourself.',
  ];
}

function passwordReset(): Command {
  return new Command('password-reset')
    .description(
      '(founders) a single-use link, valid 2 days, with which a member who lost their password chooses a new one',
    )
    .argument('<memberId>', 'the member whose password is lost')
    .option(
      '--send',
      "also mail the link to the member's account address (when the node sends mail)",
    )
    .action(async (memberId: string, opts: { send?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<IssuedLink & { id: string; memberId: string }>(
          'POST',
          `/members/${encodeURIComponent(memberId)}/password-reset${opts.send ? '?mail=true' : ''}`,
        ),
      );
      printResult(options.json, result, () =>
        [
          ...mailLines(result, opts.send ? 'their account address' : undefined),
          `A password link for ${result.memberId}, valid until ${result.expiresAt}; it is shown only now, and voids their earlier links:`,
          result.token,
          deckLink(options.server, 'reset-password', result.token),
        ].join('\n'),
      );
    });
}

/** Where in the Deck a secret is used; in the fragment, so it never reaches a server's access log. */
function deckLink(
  server: string | undefined,
  page: 'join' | 'reset-password',
  token: string,
): string {
  const path = `/${page}#${token}`;
  return server
    ? `Send them this link to the Deck: ${server.replace(/\/+$/, '')}${path}`
    : `Send them the Deck's address followed by ${path}`;
}

export function memberCommand(): Command {
  return new Command('member')
    .description('the people of the DisCO')
    .addCommand(list())
    .addCommand(show())
    .addCommand(add())
    .addCommand(level())
    .addCommand(invite())
    .addCommand(passwordReset())
    .addCommand(keyCommand());
}
