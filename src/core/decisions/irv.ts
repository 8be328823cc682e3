import type { z } from 'zod';
import { message, type Message } from '../messages/codes.js';
import { linesInEnglish, renderEnglish } from '../messages/render-en.js';
import {
  checkBallotBase,
  participationLines,
  splitBallots,
  type Counted,
  type Problem,
} from './ballot.js';
import { resolveTop, tieBreakOrderName, tieBreakRank } from './options.js';
import {
  groupRankings,
  rankedChecker,
  rankedSettingsSchema,
  type RankedBallot,
  type RankedSettings,
} from './ranked.js';
import {
  applyQuorum,
  NO_BINDING,
  type ChoiceResult,
  type TallyContext,
  type TieBreakNote,
} from './result.js';

export {
  rankedBallotSchema as irvBallotSchema,
  rankedSettingsSchema as irvSettingsSchema,
} from './ranked.js';
export type IrvSettings = RankedSettings;
export type IrvBallot = RankedBallot;

export interface IrvRound {
  round: number;
  /** Votes of each option still in the count, in option order. */
  votes: Record<string, number>;
  /** Weight of ballots with no continuing option left, so far. */
  exhausted: number;
  eliminated?: string;
  /** Where the eliminated option's votes went. */
  transfers?: Record<string, number>;
  /** Weight that became exhausted when the option was eliminated. */
  exhaustedByTransfer?: number;
  /** Set when several options tied for fewest votes: why this one went. */
  tieBreak?: string;
}

export interface IrvCounts {
  firstPreferences: Record<string, number>;
  rounds: IrvRound[];
  /** The winner, or every option in the final tie (before any single-winner tie-break). */
  finalists: string[];
}

export type IrvResult = ChoiceResult<'irv', IrvCounts>;

type Parsed = z.output<typeof rankedSettingsSchema>;

function add(arr: Float64Array, i: number, w: number): void {
  arr[i] = (arr[i] as number) + w;
}

interface Run {
  counts: IrvCounts;
  lines: Message[];
}

/**
 * Runs the rounds. One option is eliminated per round, the one with fewest votes. TIE RULE: when
 * several tie for fewest, the one with fewest first preferences in round 1 goes; if still tied,
 * the one that comes last in the tie-break order (the proposal's option order unless an order,
 * e.g. from a drawing of lots, is injected). One exception: when every continuing option has the
 * same votes AND had the same first preferences, only that arbitrary order would decide the
 * winner, so the count stops and reports a tie among them, which `tieBreak: 'option-order'` may
 * then settle.
 */
function runIrv(s: Parsed, counted: readonly Counted<RankedBallot>[]): Run {
  const options = s.options;
  const n = options.length;
  const { groups, order, start, weight } = groupRankings(options, counted);
  const rank = tieBreakRank(s);
  const continuing = new Uint8Array(n).fill(1);
  const votes = new Float64Array(n);
  const ptr = new Int32Array(groups);
  let exhausted = 0;
  for (let g = 0; g < groups; g++) {
    ptr[g] = start[g] as number;
    const w = weight[g] as number;
    if ((start[g] as number) < (start[g + 1] as number))
      add(votes, order[ptr[g] as number] as number, w);
    else exhausted += w;
  }
  const first = Float64Array.from(votes);
  const name = (i: number) => options[i] as string;
  const record = (arr: Float64Array, only: (i: number) => boolean) =>
    Object.fromEntries(options.flatMap((o, i) => (only(i) ? [[o, arr[i] as number]] : [])));

  const rounds: IrvRound[] = [];
  const lines: Message[] = [];
  for (let round = 1; ; round++) {
    const alive = [...Array(n).keys()].filter((i) => continuing[i] === 1);
    const inPlay = alive.reduce((sum, i) => sum + (votes[i] as number), 0);
    const entry: IrvRound = { round, votes: record(votes, (i) => continuing[i] === 1), exhausted };
    rounds.push(entry);
    // Taken now: the transfers below change `votes` before the round's line is written.
    const counts = alive.map((i) =>
      message('tally.option-count', { option: name(i), count: votes[i] as number }),
    );
    const exhaustedBefore = exhausted;
    const roundLine = (then: Message) =>
      message('tally.irv.round', {
        round,
        counts,
        inPlay,
        exhausted: exhaustedBefore,
        then,
      });

    const majority = alive.find((i) => 2 * (votes[i] as number) > inPlay);
    if (majority !== undefined || alive.length === 1) {
      const w = majority ?? (alive[0] as number);
      lines.push(
        roundLine(
          alive.length === 1
            ? message('tally.irv.only-left', { option: name(w) })
            : message('tally.irv.majority', {
                option: name(w),
                votes: votes[w] as number,
                inPlay,
              }),
        ),
      );
      return {
        counts: { firstPreferences: record(first, () => true), rounds, finalists: [name(w)] },
        lines,
      };
    }
    const low = Math.min(...alive.map((i) => votes[i] as number));
    const lowest = alive.filter((i) => votes[i] === low);
    if (
      lowest.length === alive.length &&
      alive.every((i) => first[i] === first[alive[0] as number])
    ) {
      lines.push(
        roundLine(
          message('tally.irv.all-tied', { votes: low, first: first[alive[0] as number] as number }),
        ),
      );
      return {
        counts: { firstPreferences: record(first, () => true), rounds, finalists: alive.map(name) },
        lines,
      };
    }

    let out = lowest[0] as number;
    let why: Message | undefined;
    if (lowest.length > 1) {
      const fewestFirst = Math.min(...lowest.map((i) => first[i] as number));
      const byFirst = lowest.filter((i) => first[i] === fewestFirst);
      out = byFirst.reduce((a, b) => ((rank.get(name(b)) ?? 0) > (rank.get(name(a)) ?? 0) ? b : a));
      const tied = lowest.map(name);
      const order = tieBreakOrderName(s);
      why =
        byFirst.length === 1
          ? message('tally.irv.fewest-first', {
              options: tied,
              votes: low,
              option: name(out),
              first: first[out] as number,
            })
          : byFirst.length < lowest.length
            ? message('tally.irv.order-some', {
                options: tied,
                votes: low,
                fewestOptions: byFirst.map(name),
                first: fewestFirst,
                option: name(out),
                order,
              })
            : message('tally.irv.order-all', {
                options: tied,
                votes: low,
                first: fewestFirst,
                option: name(out),
                order,
              });
      // The recorded note keeps its English wording, without the elimination the line adds.
      entry.tieBreak = renderEnglish(why).replace(/, so [^,]* is eliminated$/, '');
    }

    continuing[out] = 0;
    entry.eliminated = name(out);
    const moved = new Float64Array(n);
    let movedToExhausted = 0;
    for (let g = 0; g < groups; g++) {
      let p = ptr[g] as number;
      const end = start[g + 1] as number;
      if (p >= end || order[p] !== out) continue;
      p++;
      while (p < end && continuing[order[p] as number] === 0) p++;
      ptr[g] = p;
      const w = weight[g] as number;
      if (p < end) {
        add(moved, order[p] as number, w);
        add(votes, order[p] as number, w);
      } else {
        movedToExhausted += w;
        exhausted += w;
      }
    }
    votes[out] = 0;
    entry.transfers = record(moved, (i) => (moved[i] as number) > 0);
    entry.exhaustedByTransfer = movedToExhausted;
    const dest = alive
      .filter((i) => (moved[i] as number) > 0)
      .map((i) => message('tally.option-count', { option: name(i), count: moved[i] as number }));
    if (movedToExhausted > 0)
      dest.push(message('tally.irv.to-exhausted', { count: movedToExhausted }));
    lines.push(
      roundLine(
        message('tally.irv.elimination', {
          eliminated: why ?? message('tally.irv.fewest', { option: name(out) }),
          transfers:
            dest.length > 0
              ? message('tally.irv.transfers', { counts: dest })
              : message('tally.irv.no-transfers'),
        }),
      ),
    );
  }
}

/**
 * Lists every problem with a ranked ballot (unknown option, option ranked twice).
 * @example validateIrvBallot({ options: ['A', 'B'] }, { voterId: 'ana', ranking: ['A', 'A'] })
 * // [{ field: 'ranking[1]', message: '"A" is ranked more than once' }]
 */
export function validateIrvBallot(settings: IrvSettings, ballot: IrvBallot): Problem[] {
  const s = rankedSettingsSchema.parse(settings);
  return [...checkBallotBase(ballot), ...rankedChecker(s.options)(ballot)];
}

/**
 * Instant-runoff voting: count first preferences; while no option has more than half of the votes
 * still in play, eliminate the weakest and move its ballots to their next continuing choice.
 * Ballots whose choices are all eliminated are exhausted and leave the count. Identical rankings
 * are merged first so 100,000 ballots count in well under a second.
 *
 * TIE RULE: one option goes per round. When several tie for fewest votes, the one with fewest
 * first preferences in round 1 goes; if still tied, the one last in the tie-break order (the
 * proposal's option order, or `tieBreakOrder`, e.g. from a lot drawn outside core). When all
 * continuing options are equal on both votes and first preferences, the count stops with a tie
 * among them (settled by order only with `tieBreak: 'option-order'`).
 * @example
 * tallyIrv({ options: ['A', 'B', 'C'] }, [
 *   { voterId: 'v1', ranking: ['A', 'B'] },
 *   { voterId: 'v2', ranking: ['A'] },
 *   { voterId: 'v3', ranking: ['B', 'A'] },
 *   { voterId: 'v4', ranking: ['C', 'A'] },
 * ]).winners // ['A']: B and C tie on 1, C goes (last in option order), A then has 3 of 4
 */
export function tallyIrv(
  settings: IrvSettings,
  ballots: readonly IrvBallot[],
  context?: TallyContext,
): IrvResult {
  const s = rankedSettingsSchema.parse(settings);
  const split = splitBallots(ballots, rankedChecker(s.options));
  const binding = runIrv(s, split.binding);
  const shown = runIrv(s, split.shown);
  const lines = participationLines(split);
  let outcome: IrvResult['outcome'] = 'no-quorum';
  let winners: string[] = [];
  let tieBreak: TieBreakNote | undefined;
  if (split.binding.length === 0) {
    lines.push(NO_BINDING);
  } else {
    lines.push(...binding.lines);
    const top = resolveTop(binding.counts.finalists, s);
    ({ outcome, winners, tieBreak } = top);
    lines.push(...top.lines);
  }
  if (split.shown.length > 0) {
    lines.push(
      message('tally.irv.shown', {
        counts: Object.entries(shown.counts.firstPreferences).map(([option, count]) =>
          message('tally.option-count', { option, count }),
        ),
        options: shown.counts.finalists,
      }),
    );
  }
  const result: IrvResult = {
    method: 'irv',
    kind: 'choice',
    outcome,
    winners,
    counts: binding.counts,
    shown: shown.counts,
    participation: split.participation,
    setAside: split.setAside,
    explanation: linesInEnglish(lines),
    lines,
  };
  if (tieBreak) result.tieBreak = tieBreak;
  return applyQuorum(result, context);
}
