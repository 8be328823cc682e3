import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { globalOptions } from '../global-options.js';
import { printResult } from '../output.js';

interface Recorded {
  evaluationId?: string;
  factsHash?: string;
  recorded: { seq: number; type: string }[];
}

interface Share {
  memberId: string;
  amount: string;
  shareBp: number;
}

interface Evaluation {
  evaluationId: string;
  quarter: string;
  from: string;
  to: string;
  circleName: string | null;
  status: 'open' | 'closed';
  summary: string | null;
  factsHash: string;
  factsVerified: boolean;
  facts: {
    flows: {
      credits: string;
      streams: { stream: string; credits: string; hours: string; shareBp: number }[];
    };
    careHours: { total: string; shares: Share[]; gini: { numerator: string; denominator: string } };
    duties: { met: number; missed: number };
    overloads: {
      loggedMembers: number;
      loggedWeeks: number;
      capacityOverloaded: number;
      capacityReporting: number;
      threshold: number;
    };
    appreciations: { given: number; forCare: number };
    decisionsDue: { title: string; reviewDate: string; reviewProposalId: string | null }[];
  };
  names: Record<string, string>;
  reflections: { memberId: string; text: string; at: string }[];
  decisions: { kind: string; proposalId: string; title: string; status: string }[];
}

interface Summary {
  evaluationId: string;
  quarter: string;
  circleName: string | null;
  status: string;
  reflections: number;
  decisions: number;
}

const recordedLine = (r: Recorded): string =>
  `Recorded ${r.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')}.`;
const percent = (bp: number) => `${(bp / 100).toFixed(2)} %`;
const hours = (milli: string) => `${(Number(milli) / 1000).toFixed(1)} h`;
const credits = (minor: string) => (Number(minor) / 100).toFixed(2);
const scopeOf = (circleName: string | null) => circleName ?? 'the whole DisCO';

function human(e: Evaluation): string {
  const f = e.facts;
  const name = (id: string) => e.names[id] ?? id;
  const gini = Number(f.careHours.gini.numerator) / Number(f.careHours.gini.denominator);
  return [
    `Evaluation of ${e.quarter} (${e.from} to ${e.to}) for ${scopeOf(e.circleName)}: ${e.status}`,
    `Facts ${e.factsVerified ? 'match' : 'DO NOT match'} the hash on the ledger (${e.factsHash.slice(0, 12)}…).`,
    '',
    `Value flows (${credits(f.flows.credits)} credits):`,
    ...f.flows.streams.map(
      (s) =>
        `  ${s.stream.padEnd(10)} ${credits(s.credits).padStart(12)}  ${hours(s.hours).padStart(10)}  ${percent(s.shareBp)}`,
    ),
    `Care by hours (${hours(f.careHours.total)}, Gini ${gini.toFixed(2)}):`,
    ...f.careHours.shares.map((s) => `  ${name(s.memberId).padEnd(20)} ${percent(s.shareBp)}`),
    `Duties: ${f.duties.met} met, ${f.duties.missed} missed.`,
    `Overloads: ${f.overloads.loggedMembers} member(s) logged over 40 h in ${f.overloads.loggedWeeks} week(s); ${f.overloads.capacityOverloaded} of ${f.overloads.capacityReporting} reporting were over ${f.overloads.threshold} % two weeks running.`,
    `Thanks: ${f.appreciations.given} (${f.appreciations.forCare} for care).`,
    `Decisions due for review: ${f.decisionsDue.length === 0 ? 'none' : ''}`,
    ...f.decisionsDue.map(
      (d) => `  ${d.title} (${d.reviewDate})${d.reviewProposalId ? ' — review opened' : ''}`,
    ),
    '',
    `Reflections (${e.reflections.length}):`,
    ...e.reflections.map((r) => `  ${name(r.memberId)}: ${r.text}`),
    ...(e.status === 'closed'
      ? [
          '',
          `Summary: ${e.summary ?? ''}`,
          ...e.decisions.map((d) => `  ${d.kind}: ${d.title} (${d.proposalId}, ${d.status})`),
        ]
      : []),
  ].join('\n');
}

function open(): Command {
  return new Command('open')
    .description("open an ended quarter's evaluation (a circle's as its steward, any as a founder)")
    .argument('<quarter>', 'the quarter, e.g. 2026-Q3')
    .option('--circle <circle>', 'circle id or slug (leave it out for the whole DisCO)')
    .action(async (quarter: string, opts: { circle?: string }, command: Command) => {
      const options = globalOptions(command);
      const body = { quarter, ...(opts.circle ? { circle: opts.circle } : {}) };
      const result = await withClient(options, (api) =>
        api.call<Recorded>('POST', '/evaluations', body),
      );
      printResult(
        options.json,
        result,
        () =>
          `Evaluation ${result.evaluationId} opened; its facts hash to ${result.factsHash}. ${recordedLine(result)}`,
      );
    });
}

function show(): Command {
  return new Command('show')
    .description('show an evaluation: facts, reflections and decisions')
    .argument('<evaluation>', 'evaluation id')
    .action(async (evaluationId: string, _o: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<Evaluation>('GET', `/evaluations/${encodeURIComponent(evaluationId)}`),
      );
      printResult(options.json, result, () => human(result));
    });
}

function reflect(): Command {
  return new Command('reflect')
    .description('add your reflection to an open evaluation')
    .argument('<evaluation>', 'evaluation id')
    .requiredOption('--text <text>', 'your reflection (public, like the ledger)')
    .action(async (evaluationId: string, opts: { text: string }, command: Command) => {
      const options = globalOptions(command);
      const result = await withClient(options, (api) =>
        api.call<Recorded>('POST', `/evaluations/${encodeURIComponent(evaluationId)}/reflections`, {
          text: opts.text,
        }),
      );
      printResult(options.json, result, () => `Reflection added. ${recordedLine(result)}`);
    });
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function close(): Command {
  return new Command('close')
    .description('close an evaluation with its summary and the proposals it led to')
    .argument('<evaluation>', 'evaluation id')
    .requiredOption('--summary <text>', 'what the members concluded')
    .option('--review <proposal>', 'a review proposal opened from it (repeatable)', collect, [])
    .option(
      '--duty-adjustment <proposal>',
      'a proposal adjusting duties opened from it (repeatable)',
      collect,
      [],
    )
    .action(
      async (
        evaluationId: string,
        opts: { summary: string; review: string[]; dutyAdjustment: string[] },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const decisions = [
          ...opts.review.map((proposalId) => ({ kind: 'review', proposalId })),
          ...opts.dutyAdjustment.map((proposalId) => ({ kind: 'duty-adjustment', proposalId })),
        ];
        const result = await withClient(options, (api) =>
          api.call<Recorded>('POST', `/evaluations/${encodeURIComponent(evaluationId)}/close`, {
            summary: opts.summary,
            decisions,
          }),
        );
        printResult(options.json, result, () => `Evaluation closed. ${recordedLine(result)}`);
      },
    );
}

function list(): Command {
  return new Command('list')
    .description('list evaluations, latest quarter first')
    .option('--quarter <quarter>', 'only this quarter (2026-Q3)')
    .option('--circle <circle>', "only this circle's")
    .action(async (opts: { quarter?: string; circle?: string }, command: Command) => {
      const options = globalOptions(command);
      const query = new URLSearchParams({
        ...(opts.quarter ? { quarter: opts.quarter } : {}),
        ...(opts.circle ? { circle: opts.circle } : {}),
      }).toString();
      const page = await withClient(options, (api) =>
        api.call<{ items: Summary[] }>('GET', `/evaluations${query ? `?${query}` : ''}`),
      );
      printResult(
        options.json,
        page,
        () =>
          page.items
            .map(
              (e) =>
                `${e.evaluationId}  ${e.quarter} ${scopeOf(e.circleName)}: ${e.status}, ${e.reflections} reflection(s), ${e.decisions} decision(s)`,
            )
            .join('\n') || 'No evaluations.',
      );
    });
}

/**
 * `disco evaluation open|show|reflect|close|list`: quarterly evaluations.
 *
 * @example disco evaluation open 2026-Q3 --circle care
 */
export function evaluationCommand(): Command {
  return new Command('evaluation')
    .description("quarterly evaluations: a quarter's facts, members' reflections, and decisions")
    .addCommand(open())
    .addCommand(show())
    .addCommand(reflect())
    .addCommand(close())
    .addCommand(list());
}
