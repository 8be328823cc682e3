import type { z } from 'zod';
import { message, type Message } from '../messages/codes.js';
import { linesInEnglish } from '../messages/render-en.js';
import {
  checkBallotBase,
  participationLines,
  splitBallots,
  type Counted,
  type Problem,
} from './ballot.js';
import { optionIndex, resolveTop } from './options.js';
import {
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
  rankedBallotSchema as schulzeBallotSchema,
  rankedSettingsSchema as schulzeSettingsSchema,
} from './ranked.js';
export type SchulzeSettings = RankedSettings;
export type SchulzeBallot = RankedBallot;

export interface SchulzeCounts {
  /** pairwise[x][y]: weight of ballots ranking x above y. */
  pairwise: Record<string, Record<string, number>>;
  /** strongestPaths[x][y]: strength of the strongest path from x to y (0 when there is none). */
  strongestPaths: Record<string, Record<string, number>>;
  /** Every option whose paths out are at least as strong as the paths back: the Schulze winners. */
  winnerSet: string[];
}

export type SchulzeResult = ChoiceResult<'schulze', SchulzeCounts>;

type Parsed = z.output<typeof rankedSettingsSchema>;

/**
 * The pairwise matrix d, flat and row-major: d[x * n + y] is the weight of ballots ranking x above
 * y. An option left off a ranking is below every ranked one, so it loses to them and ties the
 * other unranked ones. O(ballots × n²) in typed arrays; no grouping of identical rankings, since
 * with mostly distinct rankings the grouping costs more than the n² additions it would save.
 * @example pairwiseMatrix(['A', 'B'], [{ ballot: { voterId: 'a', ranking: ['B'] }, weight: 2 }]) // Float64Array [0, 0, 2, 0]
 */
export function pairwiseMatrix(
  options: readonly string[],
  counted: readonly Counted<RankedBallot>[],
): Float64Array {
  const n = options.length;
  const index = optionIndex(options);
  const d = new Float64Array(n * n);
  const pos = new Int32Array(n);
  const ranked = new Int32Array(n);
  for (const { ballot, weight } of counted) {
    const ranking = ballot.ranking;
    const len = ranking.length;
    pos.fill(n);
    for (let r = 0; r < len; r++) {
      const x = index.get(ranking[r] as string) as number;
      pos[x] = r;
      ranked[r] = x;
    }
    for (let r = 0; r < len; r++) {
      const x = ranked[r] as number;
      const row = x * n;
      for (let y = 0; y < n; y++)
        if (r < (pos[y] as number)) d[row + y] = (d[row + y] as number) + weight;
    }
  }
  return d;
}

/**
 * Strongest path strengths p from the pairwise matrix d (n options), by the widest-path variant of
 * Floyd–Warshall. A link x→y exists when d[x][y] > d[y][x] and its strength is d[x][y] (winning
 * votes), as in Schulze's paper and the Wikipedia article.
 * @example strongestPaths(Float64Array.of(0, 2, 1, 0), 2) // Float64Array [0, 2, 0, 0]
 */
export function strongestPaths(d: Float64Array, n: number): Float64Array {
  const p = new Float64Array(n * n);
  for (let x = 0; x < n; x++) {
    for (let y = 0; y < n; y++) {
      if (x === y) continue;
      const xy = d[x * n + y] as number;
      if (xy > (d[y * n + x] as number)) p[x * n + y] = xy;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const ji = p[j * n + i] as number;
      if (ji === 0) continue;
      for (let k = 0; k < n; k++) {
        if (k === i || k === j) continue;
        const via = Math.min(ji, p[i * n + k] as number);
        if (via > (p[j * n + k] as number)) p[j * n + k] = via;
      }
    }
  }
  return p;
}

/**
 * Indices of the Schulze winners: options x with p[x][y] >= p[y][x] for every y. Never empty
 * (Schulze proved the relation is transitive), and may hold several options.
 * @example schulzeWinnerIndices(Float64Array.of(0, 2, 0, 0), 2) // [0]
 */
export function schulzeWinnerIndices(p: Float64Array, n: number): number[] {
  const out: number[] = [];
  for (let x = 0; x < n; x++) {
    let wins = true;
    for (let y = 0; y < n && wins; y++)
      if (y !== x && (p[x * n + y] as number) < (p[y * n + x] as number)) wins = false;
    if (wins) out.push(x);
  }
  return out;
}

function toRecord(
  options: readonly string[],
  m: Float64Array,
): Record<string, Record<string, number>> {
  const n = options.length;
  return Object.fromEntries(
    options.map((x, i) => [
      x,
      Object.fromEntries(options.flatMap((y, j) => (i === j ? [] : [[y, m[i * n + j] as number]]))),
    ]),
  );
}

function count(
  s: Parsed,
  counted: readonly Counted<RankedBallot>[],
): { counts: SchulzeCounts; d: Float64Array; p: Float64Array; winners: number[] } {
  const n = s.options.length;
  const d = pairwiseMatrix(s.options, counted);
  const p = strongestPaths(d, n);
  const winners = schulzeWinnerIndices(p, n);
  return {
    counts: {
      pairwise: toRecord(s.options, d),
      strongestPaths: toRecord(s.options, p),
      winnerSet: winners.map((i) => s.options[i] as string),
    },
    d,
    p,
    winners,
  };
}

function matrixLines(options: readonly string[], m: Float64Array): Message[] {
  const n = options.length;
  return options.map((option, i) =>
    message('tally.schulze.row', {
      option,
      counts: options.flatMap((y, j) =>
        i === j
          ? []
          : [message('tally.option-count', { option: y, count: m[i * n + j] as number })],
      ),
    }),
  );
}

/**
 * Lists every problem with a ranked ballot (unknown option, option ranked twice).
 * @example validateSchulzeBallot({ options: ['A', 'B'] }, { voterId: 'ana', ranking: ['C'] })
 * // [{ field: 'ranking[0]', message: '"C" is not an option of this proposal' }]
 */
export function validateSchulzeBallot(settings: SchulzeSettings, ballot: SchulzeBallot): Problem[] {
  const s = rankedSettingsSchema.parse(settings);
  return [...checkBallotBase(ballot), ...rankedChecker(s.options)(ballot)];
}

/**
 * Schulze method: compare every pair of options, find the strongest path between them, and elect
 * the options whose strongest paths to every other option are at least as strong as the paths
 * back. TIE RULE: the full winner set is reported (`counts.winnerSet`); when it holds several
 * options the outcome is a tie, unless `tieBreak: 'option-order'` asks for a single winner, which
 * is then the first of them in the tie-break order (the proposal's option order unless one is injected).
 * @example
 * tallySchulze({ options: ['A', 'B', 'C'] }, [
 *   { voterId: 'v1', ranking: ['A', 'B', 'C'] },
 *   { voterId: 'v2', ranking: ['B', 'C', 'A'] },
 *   { voterId: 'v3', ranking: ['C', 'A', 'B'] },
 * ]).winners // ['A', 'B', 'C'] (a Condorcet cycle: outcome 'tie')
 */
export function tallySchulze(
  settings: SchulzeSettings,
  ballots: readonly SchulzeBallot[],
  context?: TallyContext,
): SchulzeResult {
  const s = rankedSettingsSchema.parse(settings);
  const n = s.options.length;
  const split = splitBallots(ballots, rankedChecker(s.options));
  const binding = count(s, split.binding);
  const shown = count(s, split.shown);
  const lines = participationLines(split);
  let outcome: SchulzeResult['outcome'] = 'no-quorum';
  let winners: string[] = [];
  let tieBreak: TieBreakNote | undefined;
  if (split.binding.length === 0) {
    lines.push(NO_BINDING);
  } else {
    lines.push(message('tally.schulze.pairwise'), ...matrixLines(s.options, binding.d));
    lines.push(message('tally.schulze.paths'), ...matrixLines(s.options, binding.p));
    for (const w of binding.winners) {
      const option = s.options[w] as string;
      const paths = s.options.flatMap((other, j) =>
        j === w
          ? []
          : [
              message('tally.schulze.path', {
                option,
                other,
                strength: binding.p[w * n + j] as number,
                back: binding.p[j * n + w] as number,
              }),
            ],
      );
      lines.push(message('tally.schulze.winner', { option, paths }));
    }
    const top = resolveTop(binding.counts.winnerSet, s);
    ({ outcome, winners, tieBreak } = top);
    lines.push(...top.lines);
  }
  if (split.shown.length > 0)
    lines.push(message('tally.schulze.shown', { options: shown.counts.winnerSet }));
  const result: SchulzeResult = {
    method: 'schulze',
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
