import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface Recorded {
  rhythmId?: string;
  contributionIds?: string[];
  recorded: { seq: number; type: string }[];
}

interface RhythmItem {
  rhythmId: string;
  name: string;
  kind: string;
  circleName: string | null;
  timeZone: string;
  rrule: string;
  durationMinutes: number;
  endedAt: string | null;
  next: { at: string; local: string }[];
}

const recordedLine = (r: Recorded): string =>
  `Recorded ${r.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')}.`;
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function definitionOptions(command: Command): Command {
  return command
    .requiredOption('--name <text>', 'what the gathering is called')
    .requiredOption(
      '--kind <slug>',
      'daily-check-in, weekly-sprint, circle-call, mutual-support-call, quarterly-evaluation, or your own',
    )
    .requiredOption('--start <local>', 'the first gathering, local time YYYY-MM-DDTHH:MM')
    .requiredOption('--rrule <rule>', 'an RFC 5545 RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU')
    .option('--minutes <n>', 'how long it lasts, in minutes', '60')
    .option('--time-zone <name>', "an IANA time zone (the DisCO's by default)")
    .option('--except <local>', 'a gathering that will not happen (repeatable)', collect, []);
}

interface DefinitionOpts {
  name: string;
  kind: string;
  start: string;
  rrule: string;
  minutes: string;
  timeZone?: string;
  except: string[];
}

const definitionBody = (o: DefinitionOpts) => ({
  name: o.name,
  kind: o.kind,
  start: o.start,
  rrule: o.rrule,
  durationMinutes: Number(o.minutes),
  exceptions: o.except,
  ...(o.timeZone !== undefined ? { timeZone: o.timeZone } : {}),
});

function create(): Command {
  return definitionOptions(
    new Command('create')
      .description("set up a rhythm (a circle's as its steward, any as a founder)")
      .option('--circle <circle>', 'circle id or slug (leave it out for the whole DisCO)'),
  ).action(async (opts: DefinitionOpts & { circle?: string }, command: Command) => {
    const options = globalOptions(command);
    const body = { ...definitionBody(opts), ...(opts.circle ? { circle: opts.circle } : {}) };
    const result = await withClient(options, (api) => api.call<Recorded>('POST', '/rhythms', body));
    printResult(
      options.json,
      result,
      () => `Rhythm ${result.rhythmId} created. ${recordedLine(result)}`,
    );
  });
}

function change(): Command {
  return definitionOptions(
    new Command('change')
      .description('give a rhythm a new definition, whole')
      .argument('<rhythm>', 'rhythm id'),
  ).action(async (rhythmId: string, opts: DefinitionOpts, command: Command) => {
    const options = globalOptions(command);
    const result = await withClient(options, (api) =>
      api.call<Recorded>('PUT', `/rhythms/${encodeURIComponent(rhythmId)}`, definitionBody(opts)),
    );
    printResult(options.json, result, () => `Rhythm ${rhythmId} changed. ${recordedLine(result)}`);
  });
}

function end(): Command {
  return new Command('end')
    .description('end a rhythm: no gatherings from now on')
    .argument('<rhythm>', 'rhythm id')
    .action(async (rhythmId: string, _opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<Recorded>('POST', `/rhythms/${encodeURIComponent(rhythmId)}/end`, {}),
      );
      printResult(options.json, result, () => `Rhythm ${rhythmId} ended. ${recordedLine(result)}`);
    });
}

function list(): Command {
  return new Command('list')
    .description('list rhythms and their next gatherings')
    .option('--circle <circle>', "only this circle's rhythms")
    .option('--days <n>', 'how many days ahead', '14')
    .option('--ended', 'also rhythms that ended')
    .action(async (opts: { circle?: string; days: string; ended?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const query = new URLSearchParams({
        days: opts.days,
        ...(opts.circle ? { circle: opts.circle } : {}),
        ...(opts.ended ? { includeEnded: 'true' } : {}),
      }).toString();
      const page = await withClient(options, (api) =>
        api.call<{ items: RhythmItem[] }>('GET', `/rhythms?${query}`),
      );
      printResult(
        options.json,
        page,
        () =>
          page.items
            .map(
              (r) =>
                `${r.rhythmId}  ${r.name} (${r.kind}${r.circleName ? `, ${r.circleName}` : ''}) ${r.rrule} ${r.durationMinutes} min, ${r.timeZone}${r.endedAt ? ' (ended)' : ''}\n` +
                r.next.map((o) => `    ${o.local}  (${o.at})`).join('\n'),
            )
            .join('\n') || 'No rhythms.',
      );
    });
}

function attended(): Command {
  return new Command('attended')
    .description('record who took part in a past gathering')
    .argument('<rhythm>', 'rhythm id')
    .argument('<occurrence>', 'the gathering, as listed: YYYY-MM-DDTHH:MM:SSZ')
    .argument('<members...>', 'member ids of the participants')
    .action(
      async (
        rhythmId: string,
        occurrence: string,
        members: string[],
        _o: unknown,
        command: Command,
      ) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<Recorded>(
            'PUT',
            `/rhythms/${encodeURIComponent(rhythmId)}/gatherings/${encodeURIComponent(occurrence)}`,
            { participants: members },
          ),
        );
        printResult(
          options.json,
          result,
          () => `${members.length} took part. ${recordedLine(result)}`,
        );
      },
    );
}

function credit(): Command {
  return new Command('credit')
    .description("turn a gathering's time into care contributions of its participants")
    .argument('<rhythm>', 'rhythm id')
    .argument('<occurrence>', 'the gathering: YYYY-MM-DDTHH:MM:SSZ')
    .option('--task-kind <kind>', 'the care rate it is priced at', 'meeting')
    .option(
      '--circle <circle>',
      'for a gathering of the whole DisCO: the circle the care is logged in (default: the one you steward)',
    )
    .action(
      async (
        rhythmId: string,
        occurrence: string,
        opts: { taskKind: string; circle?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const result = await withClient(options, (api) =>
          api.call<Recorded>(
            'POST',
            `/rhythms/${encodeURIComponent(rhythmId)}/gatherings/${encodeURIComponent(occurrence)}/credit`,
            { taskKind: opts.taskKind, ...(opts.circle ? { circle: opts.circle } : {}) },
          ),
        );
        printResult(
          options.json,
          result,
          () =>
            `${result.contributionIds?.length ?? 0} care contribution(s) logged, waiting for validation. ${recordedLine(result)}`,
        );
      },
    );
}

function feed(): Command {
  return new Command('feed')
    .description('make (or with --revoke, revoke) your private calendar feed link')
    .option('--revoke', 'revoke the link instead')
    .action(async (opts: { revoke?: boolean }, command: Command) => {
      const options = globalOptions(command);
      if (opts.revoke) {
        const result = await withClient(options, (api) =>
          api.call<{ active: boolean }>('DELETE', '/me/calendar-feed'),
        );
        printResult(options.json, result, () => 'Calendar feed revoked.');
        return;
      }
      const result = await withClient(options, (api) =>
        api.call<{ path: string }>('POST', '/me/calendar-feed', {}),
      );
      printResult(
        options.json,
        result,
        () => `Your calendar feed (keep it private; it replaces any earlier link): ${result.path}`,
      );
    });
}

/**
 * `disco rhythm create|change|end|list|attended|credit|feed`: recurring gatherings.
 *
 * @example disco rhythm create --circle care --kind mutual-support-call --name "Support call" --start 2026-03-03T18:00 --rrule "FREQ=WEEKLY;BYDAY=TU"
 */
export function rhythmCommand(): Command {
  return new Command('rhythm')
    .description('rhythms: recurring gatherings, who took part, and your calendar feed')
    .addCommand(create())
    .addCommand(change())
    .addCommand(end())
    .addCommand(list())
    .addCommand(attended())
    .addCommand(credit())
    .addCommand(feed());
}
