import type { z } from 'zod';
import {
  checkBallotBase,
  describeParticipation,
  splitBallots,
  type Counted,
  type Problem,
} from './ballot.js';
import { listing, resolveTop, tieBreakRank } from './options.js';
import {
  groupRankings,
  rankedChecker,
  rankedSettingsSchema,
  type RankedBallot,
  type RankedSettings,
} from './ranked.js';
import {
  applyQuorum,
  NO_BINDING_BALLOTS,
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
  lines: string[];
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
  const lines: string[] = [];
  for (let round = 1; ; round++) {
    const alive = [...Array(n).keys()].filter((i) => continuing[i] === 1);
    const inPlay = alive.reduce((sum, i) => sum + (votes[i] as number), 0);
    const entry: IrvRound = { round, votes: record(votes, (i) => continuing[i] === 1), exhausted };
    rounds.push(entry);
    const tallyText = alive.map((i) => `${name(i)} ${votes[i]}`).join(', ');
    const head = `Round ${round}: ${tallyText} (${inPlay} in play, ${exhausted} exhausted).`;

    const majority = alive.find((i) => 2 * (votes[i] as number) > inPlay);
    if (majority !== undefined || alive.length === 1) {
      const w = majority ?? (alive[0] as number);
      lines.push(
        `${head} ${name(w)} ${alive.length === 1 ? 'is the only option left' : `has more than half of the votes in play (${votes[w]} of ${inPlay})`} and wins.`,
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
        `${head} Every remaining option has ${low} votes and had ${first[alive[0] as number]} first preferences, so only an arbitrary order could single one out: a tie.`,
      );
      return {
        counts: { firstPreferences: record(first, () => true), rounds, finalists: alive.map(name) },
        lines,
      };
    }

    let out = lowest[0] as number;
    let why = '';
    if (lowest.length > 1) {
      const fewestFirst = Math.min(...lowest.map((i) => first[i] as number));
      const byFirst = lowest.filter((i) => first[i] === fewestFirst);
      out = byFirst.reduce((a, b) => ((rank.get(name(b)) ?? 0) > (rank.get(name(a)) ?? 0) ? b : a));
      const tied = listing(lowest.map(name));
      why =
        byFirst.length === 1
          ? `${tied} tie for fewest votes (${low}); ${name(out)} had the fewest first preferences in round 1 (${first[out]})`
          : `${tied} tie for fewest votes (${low})${byFirst.length < lowest.length ? ` and ${listing(byFirst.map(name))} for fewest first preferences (${fewestFirst})` : ` and first preferences (${fewestFirst})`}; ${name(out)} comes last in ${s.tieBreakOrder ? 'the given tie-break order' : "the proposal's option order"}`;
      entry.tieBreak = why;
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
    const dest = alive.filter((i) => (moved[i] as number) > 0).map((i) => `${name(i)} ${moved[i]}`);
    if (movedToExhausted > 0) dest.push(`no further choice (exhausted) ${movedToExhausted}`);
    const eliminated =
      lowest.length > 1
        ? `${why}, so ${name(out)} is eliminated`
        : `${name(out)} eliminated (fewest votes)`;
    lines.push(
      `${head} ${eliminated}; ${dest.length > 0 ? `its votes go to: ${dest.join(', ')}` : 'it had no votes to pass on'}.`,
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
  const explanation = describeParticipation(split);
  let outcome: IrvResult['outcome'] = 'no-quorum';
  let winners: string[] = [];
  let tieBreak: TieBreakNote | undefined;
  if (split.binding.length === 0) {
    explanation.push(NO_BINDING_BALLOTS);
  } else {
    explanation.push(...binding.lines);
    const top = resolveTop(binding.counts.finalists, s);
    ({ outcome, winners, tieBreak } = top);
    explanation.push(...top.lines);
  }
  if (split.shown.length > 0) {
    const fp = Object.entries(shown.counts.firstPreferences)
      .map(([o, v]) => `${o} ${v}`)
      .join(', ');
    explanation.push(
      `Shown, not binding: first preferences ${fp}; counted alone these ballots would end with ${listing(shown.counts.finalists)}.`,
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
    explanation,
  };
  if (tieBreak) result.tieBreak = tieBreak;
  return applyQuorum(result, context);
}
