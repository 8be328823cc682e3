import { z } from 'zod';
import { message, type Message } from '../messages/codes.js';
import { ballotBaseShape, checkBallotBase, type Counted, type Problem } from './ballot.js';
import {
  choiceShape,
  optionIndex,
  refineTieBreakOrder,
  standingsOf,
  type Standing,
} from './options.js';
import { type ChoiceResult, type TallyContext } from './result.js';
import { tallyByCounts } from './choice-tally.js';

/** Score bounds are capped so weighted sums stay exact. */
const SCORE_LIMIT = 1000;

export const scoreSettingsSchema = z
  .strictObject({
    ...choiceShape,
    min: z.number().int().min(-SCORE_LIMIT).max(SCORE_LIMIT).default(0),
    max: z.number().int().min(-SCORE_LIMIT).max(SCORE_LIMIT).default(5),
    /**
     * `total`: highest sum of weighted scores wins. `mean`: highest average among those who scored
     * the option wins, so an option few people know is not punished for being left unscored.
     */
    winnerBy: z.enum(['total', 'mean']).default('total'),
    /** Whether every ballot must score every option. */
    requireAll: z.boolean().default(false),
  })
  .superRefine(refineTieBreakOrder)
  .refine((s) => s.min < s.max, { message: 'min must be below max', path: ['max'] });

export const scoreBallotSchema = z.strictObject({
  ...ballotBaseShape,
  scores: z.record(z.string(), z.number().int()),
});

export type ScoreSettings = z.input<typeof scoreSettingsSchema>;
export type ScoreBallot = z.input<typeof scoreBallotSchema>;

export interface ScoreCounts {
  /** Sum of score × weight per option. An unscored option adds nothing. */
  totals: Record<string, number>;
  /** Summed weight of the ballots that scored each option: the divisor of its mean. */
  raters: Record<string, number>;
  standings: Standing[];
}

export type ScoreResult = ChoiceResult<'score', ScoreCounts>;

type Parsed = z.output<typeof scoreSettingsSchema>;

function checker(s: Parsed) {
  const index = optionIndex(s.options);
  return (ballot: ScoreBallot): Problem[] => {
    const scores = ballot.scores as unknown;
    if (typeof scores !== 'object' || scores === null || Array.isArray(scores))
      return [{ field: 'scores', message: 'scores must map options to scores' }];
    const problems: Problem[] = [];
    for (const [option, n] of Object.entries(scores as Record<string, unknown>)) {
      const field = `scores.${option}`;
      if (!index.has(option))
        problems.push({ field, message: `"${option}" is not an option of this proposal` });
      if (typeof n !== 'number' || !Number.isInteger(n))
        problems.push({ field, message: 'a score must be a whole number' });
      else if (n < s.min || n > s.max)
        problems.push({ field, message: `score ${n} is outside the range ${s.min} to ${s.max}` });
    }
    if (s.requireAll) {
      for (const o of s.options)
        if (!Object.hasOwn(scores, o))
          problems.push({
            field: `scores.${o}`,
            message: `every option must be scored; "${o}" is not`,
          });
    }
    return problems;
  };
}

/** Compares a/b with c/d exactly; a divisor of 0 (nobody scored it) ranks below everything. */
function compareMeans(totalA: number, ratersA: number, totalB: number, ratersB: number): number {
  if (ratersA === 0 || ratersB === 0) return ratersA === ratersB ? 0 : ratersA === 0 ? 1 : -1;
  const left = BigInt(totalA) * BigInt(ratersB);
  const right = BigInt(totalB) * BigInt(ratersA);
  return left > right ? -1 : left < right ? 1 : 0;
}

function count(s: Parsed, counted: readonly Counted<ScoreBallot>[]): ScoreCounts {
  const totals: Record<string, number> = Object.fromEntries(s.options.map((o) => [o, 0]));
  const raters: Record<string, number> = Object.fromEntries(s.options.map((o) => [o, 0]));
  for (const c of counted) {
    for (const o of s.options) {
      if (!Object.hasOwn(c.ballot.scores, o)) continue;
      totals[o] = (totals[o] ?? 0) + (c.ballot.scores[o] ?? 0) * c.weight;
      raters[o] = (raters[o] ?? 0) + c.weight;
    }
  }
  const compare =
    s.winnerBy === 'total'
      ? (a: string, b: string) => (totals[b] ?? 0) - (totals[a] ?? 0)
      : (a: string, b: string) =>
          compareMeans(totals[a] ?? 0, raters[a] ?? 0, totals[b] ?? 0, raters[b] ?? 0);
  return { totals, raters, standings: standingsOf(s.options, compare) };
}

function describe(s: Parsed, c: ScoreCounts): Message[] {
  return c.standings.map(({ option }) => {
    const total = c.totals[option] ?? 0;
    const raters = c.raters[option] ?? 0;
    if (s.winnerBy === 'total') return message('tally.option-count', { option, count: total });
    // The rounded mean is only for reading; the ranking compares exact fractions.
    return raters === 0
      ? message('tally.score.unscored', { option })
      : message('tally.score.option-mean', {
          option,
          total,
          raters,
          mean: (total / raters).toFixed(2),
        });
  });
}

/**
 * Lists every problem with a score ballot (unknown option, score out of range or fractional, missing score when all are required).
 * @example validateScoreBallot({ options: ['A', 'B'], min: 0, max: 5 }, { voterId: 'ana', scores: { A: 7 } })
 * // [{ field: 'scores.A', message: 'score 7 is outside the range 0 to 5' }]
 */
export function validateScoreBallot(settings: ScoreSettings, ballot: ScoreBallot): Problem[] {
  const s = scoreSettingsSchema.parse(settings);
  return [...checkBallotBase(ballot), ...checker(s)(ballot)];
}

/**
 * Score voting: each voter scores options within [min, max]; the highest total (or mean, with
 * `winnerBy: 'mean'`, compared as exact fractions) wins; ties reported unless a single winner is asked for.
 * @example
 * tallyScore({ options: ['A', 'B'], min: 0, max: 5 }, [
 *   { voterId: 'ana', scores: { A: 5, B: 1 } },
 *   { voterId: 'bo', scores: { A: 2, B: 4 } },
 * ]).winners // ['A'] (7 against 5)
 */
export function tallyScore(
  settings: ScoreSettings,
  ballots: readonly ScoreBallot[],
  context?: TallyContext,
): ScoreResult {
  const s = scoreSettingsSchema.parse(settings);
  return tallyByCounts(
    {
      method: 'score',
      settings: s,
      check: checker(s),
      count: (counted) => count(s, counted),
      countsLine: (counts) =>
        message(s.winnerBy === 'total' ? 'tally.score.total' : 'tally.score.mean', {
          min: s.min,
          max: s.max,
          counts: describe(s, counts),
        }),
      describe: (counts) => describe(s, counts),
    },
    ballots,
    context,
  );
}
