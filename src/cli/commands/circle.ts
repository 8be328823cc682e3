import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface Circle {
  circleId: string;
  slug: string;
  name: string;
  purpose: string;
  open: boolean;
  memberCount?: number;
  stewards?: { memberId: string; displayName: string; termEnd: string }[];
}

interface Recorded {
  recorded: { seq: number; type: string }[];
}

const recordedLine = (r: Recorded): string =>
  `Recorded ${r.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')}.`;
const circlePath = (circle: string): string => `/circles/${encodeURIComponent(circle)}`;

function list(): Command {
  return new Command('list')
    .description('list the working circles')
    .action(async (_opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const circles = await withClient(options, (api) =>
        api.call<Circle[] | { items: Circle[] }>('GET', '/circles'),
      );
      const items = Array.isArray(circles) ? circles : circles.items;
      printResult(
        options.json,
        circles,
        () =>
          items
            .map(
              (c) =>
                `${c.slug.padEnd(14)} ${c.name.padEnd(20)} ${String(c.memberCount ?? '').padStart(3)} members  ${c.open ? 'open' : 'closed'}  ${c.purpose}`,
            )
            .join('\n') || 'No circles.',
      );
    });
}

function add(): Command {
  return new Command('add')
    .description('create a working circle')
    .argument('<slug>', 'short name used in commands, e.g. mentoring')
    .requiredOption('--name <name>', "the circle's name")
    .requiredOption('--purpose <text>', 'what the circle is for')
    .option('--closed', 'members join through the stewards, not by themselves')
    .action(
      async (
        slug: string,
        opts: { name: string; purpose: string; closed?: boolean },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<Recorded & { circleId: string }>('POST', '/circles', {
            slug,
            name: opts.name,
            purpose: opts.purpose,
            open: !opts.closed,
          }),
        );
        printResult(
          options.json,
          result,
          () => `Created circle ${slug} (${result.circleId}). ${recordedLine(result)}`,
        );
      },
    );
}

function join(): Command {
  return new Command('join')
    .description('join a circle (or, as its steward, add a member to it)')
    .argument('<circle>', 'circle slug or id')
    .option('--member <id>', 'the member to add (yourself by default)')
    .action(async (circle: string, opts: { member?: string }, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<Recorded>(
          'POST',
          `${circlePath(circle)}/members`,
          opts.member ? { memberId: opts.member } : {},
        ),
      );
      printResult(options.json, result, () => recordedLine(result));
    });
}

function leave(): Command {
  return new Command('leave')
    .description('leave a circle (or, as its steward, remove a member from it)')
    .argument('<circle>', 'circle slug or id')
    .option('--member <id>', 'the member to remove (yourself by default)')
    .action(async (circle: string, opts: { member?: string }, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, async (api) => {
        const memberId =
          opts.member ??
          (await api.call<{ member: { memberId: string } | null }>('GET', '/auth/session')).member
            ?.memberId ??
          '';
        return api.call<Recorded>(
          'DELETE',
          `${circlePath(circle)}/members/${encodeURIComponent(memberId)}`,
        );
      });
      printResult(options.json, result, () => recordedLine(result));
    });
}

function steward(): Command {
  return new Command('steward')
    .description(
      'appoint a circle member as steward for a term (rotating out another with --replaces)',
    )
    .argument('<circle>', 'circle slug or id')
    .argument('<member>', 'member id')
    .requiredOption('--until <date>', 'last day of the term (YYYY-MM-DD)')
    .option('--from <date>', 'first day of the term (today by default)')
    .option('--replaces <member>', 'the current steward whose term this ends')
    .action(
      async (
        circle: string,
        memberId: string,
        opts: { until: string; from?: string; replaces?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const body = {
          memberId,
          termEnd: opts.until,
          ...(opts.from ? { termStart: opts.from } : {}),
          ...(opts.replaces ? { replaces: opts.replaces } : {}),
        };
        const result = await withClient(options, (api) =>
          api.call<Recorded>('POST', `${circlePath(circle)}/stewards`, body),
        );
        printResult(options.json, result, () => recordedLine(result));
      },
    );
}

export function circleCommand(): Command {
  return new Command('circle')
    .description('working circles and their stewards')
    .addCommand(list())
    .addCommand(add())
    .addCommand(join())
    .addCommand(leave())
    .addCommand(steward());
}
