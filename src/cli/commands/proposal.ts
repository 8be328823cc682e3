import { Command } from 'commander';
import { withClient } from '../api-client.js';
import { ballotFromArguments } from '../ballot-arguments.js';
import type { Message } from '../../core/messages/codes.js';
import { renderEnglish } from '../../core/messages/render-en.js';
import { globalOptions } from '../global-options.js';
import { memberNames } from '../member-names.js';
import { printResult, UsageError } from '../output.js';

interface Proposal {
  proposalId: string;
  kind: string;
  title: string;
  body: string;
  status: string;
  method: string;
  deadline: string;
  version: number;
  outcome: string | null;
  authorId: string;
  change: Record<string, unknown> | null;
  result: { explanation?: string[]; lines?: Message[]; winners?: string[] } | null;
  executedSeq: number | null;
  outcomeStatement: string | null;
  reviewDate: string | null;
}

interface ProposalDetail extends Proposal {
  versions: { version: number }[];
  ballots: {
    displayName: string;
    ballot: Record<string, unknown> | null;
    binding: boolean;
    version: number;
  }[];
  secret: boolean;
  resultsHidden: boolean;
}

interface Recorded {
  recorded: { seq: number; type: string }[];
}

const recordedLine = (r: Recorded): string =>
  `Recorded ${r.recorded.map((e) => `#${e.seq} ${e.type}`).join(', ')}.`;
const proposalPath = (id: string): string => `/proposals/${encodeURIComponent(id)}`;

function parseJson(flag: string, text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new UsageError(
    `${flag} must be a JSON object.`,
    `For example: ${flag} '{"options":["A","B"]}'`,
  );
}

interface ProposeFlags {
  title: string;
  body: string;
  deadline: string;
  method: string;
  option?: string[];
  settings?: string;
  circle?: string;
  kind: string;
  member?: string;
  level?: string;
  stage?: string;
  timeline?: string;
  startDate?: string;
  parameters?: string;
  governanceParameters?: string;
  secret?: boolean;
  resultsHidden?: boolean;
}

function changeOf(flags: ProposeFlags): Record<string, unknown> {
  switch (flags.kind) {
    case 'membership-change': {
      if (!flags.member || !flags.level)
        throw new UsageError('A membership change needs --member and --level.');
      const membership = {
        memberId: flags.member,
        level: flags.level,
        ...(flags.stage ? { stage: Number(flags.stage) } : {}),
        ...(flags.timeline ? { timeline: flags.timeline } : {}),
        ...(flags.startDate ? { startDate: flags.startDate } : {}),
      };
      return { kind: flags.kind, membership };
    }
    case 'cat-parameter-change':
      if (!flags.parameters)
        throw new UsageError('A CAT parameter change needs --parameters JSON.');
      return { kind: flags.kind, parameters: parseJson('--parameters', flags.parameters) };
    case 'policy-amendment':
      return {
        kind: flags.kind,
        ...(flags.governanceParameters
          ? {
              governanceParameters: parseJson(
                '--governance-parameters',
                flags.governanceParameters,
              ),
            }
          : {}),
      };
    default:
      return { kind: flags.kind };
  }
}

/** `disco propose`: open a proposal. */
export function proposeCommand(): Command {
  return new Command('propose')
    .description('open a proposal for a decision by a deadline')
    .requiredOption('--title <title>', 'what is proposed, in a line')
    .requiredOption('--body <text>', 'the proposal in full')
    .requiredOption('--deadline <instant>', 'when voting ends, e.g. 2026-02-01T18:00:00+01:00')
    .option(
      '--method <method>',
      'sense-check, lazy-consensus, consent, consensus, majority, supermajority, approval, score, dot-vote, irv, schulze or meeting-poll',
      'consent',
    )
    .option('--option <option...>', 'the options, for methods that choose among them')
    .option('--settings <json>', "the method's settings as a JSON object (options included)")
    .option('--circle <circle>', 'the circle whose business this is (the whole DisCO by default)')
    .option(
      '--kind <kind>',
      'general, membership-change, cat-parameter-change, budget-or-expense or policy-amendment',
      'general',
    )
    .option('--member <id>', 'membership-change: the member')
    .option('--level <level>', 'membership-change: casual, dating, committed or left')
    .option('--stage <n>', 'membership-change: the dating stage')
    .option('--timeline <timeline>', 'membership-change: fast-track, agile or long-run')
    .option('--start-date <date>', 'membership-change: when dating starts (YYYY-MM-DD)')
    .option('--parameters <json>', 'cat-parameter-change: the parameter document as a JSON object')
    .option(
      '--governance-parameters <json>',
      'policy-amendment: new governance parameters (voters, quorum, weights, delegation), in force once it passes',
    )
    .option(
      '--secret',
      'secret ballots: committed on the ledger, revealed at the close, never shown with their voters',
    )
    .option('--results-hidden', 'nobody sees ballots or a tally before the close')
    .action(async (flags: ProposeFlags, command: Command) => {
      const options = globalOptions(command);
      const settings = {
        ...(flags.settings ? parseJson('--settings', flags.settings) : {}),
        ...(flags.option ? { options: flags.option } : {}),
      };
      const body = {
        title: flags.title,
        body: flags.body,
        deadline: flags.deadline,
        method: flags.method,
        settings,
        change: changeOf(flags),
        ...(flags.circle ? { circleId: flags.circle } : {}),
        ...(flags.secret ? { secret: true } : {}),
        ...(flags.resultsHidden ? { resultsHidden: true } : {}),
      };
      const result = await withClient(options, (api) =>
        api.call<Recorded & { proposalId: string }>('POST', '/proposals', body),
      );
      printResult(
        options.json,
        result,
        () => `Opened proposal ${result.proposalId}. ${recordedLine(result)}`,
      );
    });
}

/** `disco proposals`: list them. */
export function proposalsCommand(): Command {
  return new Command('proposals')
    .description('list proposals, newest first')
    .option('--status <status>', 'open, withdrawn or closed')
    .option('--cursor <cursor>', 'the nextCursor of the previous page')
    .action(async (flags: { status?: string; cursor?: string }, command: Command) => {
      const options = globalOptions(command);
      const query = new URLSearchParams({
        ...(flags.status ? { status: flags.status } : {}),
        ...(flags.cursor ? { cursor: flags.cursor } : {}),
      }).toString();
      const page = await withClient(options, (api) =>
        api.call<{ items: Proposal[]; nextCursor: string | null }>(
          'GET',
          `/proposals${query ? `?${query}` : ''}`,
        ),
      );
      printResult(options.json, page, () =>
        [
          ...page.items.map(
            (p) =>
              `${p.proposalId}  ${p.status.padEnd(9)} ${(p.outcome ?? '').padEnd(9)} ${p.deadline}  ${p.method.padEnd(14)} ${p.title}`,
          ),
          ...(page.items.length === 0 ? ['No proposals.'] : []),
          ...(page.nextCursor ? [`More: --cursor ${page.nextCursor}`] : []),
        ].join('\n'),
      );
    });
}

/** `disco show ID`: one proposal with its ballots and result. */
export function showCommand(): Command {
  return new Command('show')
    .description('show a proposal: versions, ballots and, once closed, the result')
    .argument('<proposal>', 'proposal id')
    .action(async (id: string, _flags: unknown, command: Command) => {
      const options = globalOptions(command);
      const { p, nameOf } = await withClient(options, async (api) => {
        const p = await api.call<ProposalDetail>('GET', proposalPath(id));
        return { p, nameOf: options.json ? (id: string) => id : await memberNames(api) };
      });
      printResult(options.json, p, () =>
        [
          `${p.title} (${p.kind}, version ${p.version}) by ${nameOf(p.authorId)}`,
          ...changeLine(p.change, nameOf),
          `${p.status}${p.outcome ? `: ${p.outcome}` : ''}; ${p.method}${p.secret ? '; secret ballots' : p.resultsHidden ? '; results hidden until the close' : ''}; deadline ${p.deadline}`,
          '',
          p.body,
          '',
          ...p.ballots.map(
            (b) =>
              `  ${b.displayName}: ${b.ballot === null ? 'voted (sealed)' : JSON.stringify(b.ballot)}${b.binding ? '' : ' (not binding)'}${b.version < p.version ? ` (cast on version ${b.version})` : ''}`,
          ),
          ...(p.ballots.length === 0 ? ['  No ballots yet.'] : []),
          ...resultLines(p.result, nameOf),
          ...(p.executedSeq !== null ? [`Carried out by ledger event #${p.executedSeq}.`] : []),
          ...(p.outcomeStatement
            ? [
                `Outcome: ${p.outcomeStatement}${p.reviewDate ? ` (review on ${p.reviewDate})` : ''}`,
              ]
            : []),
        ].join('\n'),
      );
    });
}

/** A membership change in words: "Hana Sato → committed (from 2026-03-01)". */
function changeLine(
  change: Record<string, unknown> | null,
  nameOf: (memberId: string) => string,
): string[] {
  if (change === null || typeof change['memberId'] !== 'string') return [];
  const level = change['level'] === 'left' ? 'leaves the DisCO' : String(change['level'] ?? '');
  const stage = typeof change['stage'] === 'number' ? ` stage ${change['stage']}` : '';
  const from = typeof change['startDate'] === 'string' ? ` (from ${change['startDate']})` : '';
  return [`Change: ${nameOf(change['memberId'])} → ${level}${stage}${from}`];
}

/** The result's lines, with members by name when the result carries them as codes. */
function resultLines(result: Proposal['result'], nameOf: (memberId: string) => string): string[] {
  const explanation = result?.explanation ?? [];
  const lines = result?.lines;
  if (lines === undefined || lines.length !== explanation.length) return explanation;
  return lines.map((line, i) => renderEnglish(line, { nameOf }, explanation[i]));
}

/** `disco vote ID CHOICE…`: cast or change your ballot. */
export function voteCommand(): Command {
  return new Command('vote')
    .description(
      'cast or change your ballot: yes | consent | object --reason … | options in order | A=4 …',
    )
    .argument('<proposal>', 'proposal id')
    .argument('[choice...]', 'your choice, in the words of the proposal’s method')
    .option('--reason <text>', 'why (needed to object or block)')
    .option('--ballot <json>', 'the whole ballot as a JSON object instead')
    .action(
      async (
        id: string,
        choice: string[],
        flags: { reason?: string; ballot?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const result = await withClient(options, async (api) => {
          let ballot: Record<string, unknown>;
          if (flags.ballot) ballot = parseJson('--ballot', flags.ballot);
          else {
            if (choice.length === 0)
              throw new UsageError('Say how you vote.', 'For example: disco vote ID yes');
            ballot = ballotFromArguments(
              (await api.call<Proposal>('GET', proposalPath(id))).method,
              choice,
              flags.reason,
            );
          }
          return api.call<Recorded>('PUT', `${proposalPath(id)}/ballot`, { ballot });
        });
        printResult(options.json, result, () => recordedLine(result));
      },
    );
}

/** `disco comment ID TEXT`: comment on a proposal, or reply to a comment. */
export function commentCommand(): Command {
  return new Command('comment')
    .description('comment on a proposal (or reply to a comment with --reply-to)')
    .argument('<proposal>', 'proposal id')
    .argument('<text>', 'what you want to say')
    .option('--reply-to <comment>', 'the comment this replies to')
    .action(async (id: string, text: string, flags: { replyTo?: string }, command: Command) => {
      const options = globalOptions(command);
      const body = { text, ...(flags.replyTo ? { parentId: flags.replyTo } : {}) };
      const result = await withClient(options, (api) =>
        api.call<Recorded & { commentId: string }>('POST', `${proposalPath(id)}/comments`, body),
      );
      printResult(
        options.json,
        result,
        () => `Comment ${result.commentId}. ${recordedLine(result)}`,
      );
    });
}

/** `disco outcome ID STATEMENT`: state what a closed proposal decided. */
export function outcomeCommand(): Command {
  return new Command('outcome')
    .description(
      "state a closed proposal's outcome (its author, a steward of its circle or a founder)",
    )
    .argument('<proposal>', 'proposal id')
    .argument('<statement>', 'what was decided, in words')
    .option(
      '--review-date <date>',
      'when to review the decision (YYYY-MM-DD): a review proposal opens that day',
    )
    .action(
      async (id: string, statement: string, flags: { reviewDate?: string }, command: Command) => {
        const options = globalOptions(command);
        const body = { statement, ...(flags.reviewDate ? { reviewDate: flags.reviewDate } : {}) };
        const result = await withClient(options, (api) =>
          api.call<Recorded>('PUT', `${proposalPath(id)}/outcome`, body),
        );
        printResult(options.json, result, () => recordedLine(result));
      },
    );
}
