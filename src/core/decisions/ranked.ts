import { z } from 'zod';
import { ballotBaseShape, NO_PROBLEMS, type Counted, type Problem } from './ballot.js';
import { choiceShape, optionIndex, refineTieBreakOrder } from './options.js';

/** Settings for ranked-choice methods (IRV and Schulze), so one poll can be counted either way. */
export const rankedSettingsSchema = z
  .strictObject({ ...choiceShape })
  .superRefine(refineTieBreakOrder);

/**
 * A ranking, most preferred first. It may stop early: options left out rank below every ranked
 * option and equal to each other. A ballot must rank at least one option: an empty ranking would be
 * recorded as a binding ballot that says nothing, and these methods have no abstention. (Tallies
 * still count an empty ranking already on a ledger as a blank ballot that takes part.)
 */
export const rankedBallotSchema = z.strictObject({
  ...ballotBaseShape,
  ranking: z
    .array(z.string())
    .min(1, 'rank at least one option, most preferred first; to abstain, cast no ballot'),
});

export type RankedSettings = z.input<typeof rankedSettingsSchema>;
export type RankedBallot = z.input<typeof rankedBallotSchema>;

/**
 * A checker for ranked ballots: every entry a known option, none twice.
 * @example rankedChecker(['A', 'B'])({ voterId: 'ana', ranking: ['A', 'A'] }) // [{ field: 'ranking[1]', … }]
 */
export function rankedChecker(options: readonly string[]): (ballot: RankedBallot) => Problem[] {
  const index = optionIndex(options);
  // Stamps instead of a Set per ballot: this runs on every ballot of very large polls.
  const seenAt = new Int32Array(options.length);
  let stamp = 0;
  return (ballot) => {
    const ranking = ballot.ranking as unknown;
    if (!Array.isArray(ranking))
      return [
        { field: 'ranking', message: 'ranking must be a list of options, most preferred first' },
      ];
    stamp++;
    let problems: Problem[] = NO_PROBLEMS;
    for (let i = 0; i < ranking.length; i++) {
      const o: unknown = ranking[i];
      const idx = typeof o === 'string' ? index.get(o) : undefined;
      let message: string | undefined;
      if (idx === undefined) message = `"${String(o)}" is not an option of this proposal`;
      else if (seenAt[idx] === stamp) message = `"${String(o)}" is ranked more than once`;
      else seenAt[idx] = stamp;
      if (message !== undefined) {
        if (problems === NO_PROBLEMS) problems = [];
        problems.push({ field: `ranking[${i}]`, message });
      }
    }
    return problems;
  };
}

/**
 * Identical rankings merged into groups, stored flat in typed arrays: group g ranks the option
 * indices `order[start[g]] … order[start[g + 1] - 1]` and carries `weight[g]`. Large polls repeat
 * rankings a lot, and counting runs once per group instead of once per ballot.
 */
export interface RankingGroups {
  groups: number;
  order: Int32Array;
  start: Int32Array;
  weight: Float64Array;
}

/**
 * Merges identical rankings of valid ballots. Group order follows first appearance, which only
 * affects the order in which exact integer sums are added, never a result.
 * @example groupRankings(['A', 'B'], [{ ballot: { voterId: 'a', ranking: ['B'] }, weight: 1 }]).groups // 1
 */
export function groupRankings(
  options: readonly string[],
  counted: readonly Counted<RankedBallot>[],
): RankingGroups {
  const index = optionIndex(options);
  const n = options.length;
  // A ranking read as a number in base n + 1 is a unique key and far cheaper to hash than a
  // string; it stays exact while (n + 1)^n < 2^53, i.e. up to 13 options. Beyond, a string key.
  const numeric = n <= 13;
  // Preallocated flat typed arrays rather than an array per group: tens of thousands of tiny
  // arrays cost more in allocation and GC than the counting they serve.
  let flat = new Int32Array(Math.max(16, counted.length * 4));
  let used = 0;
  const starts = new Int32Array(counted.length + 1);
  const weights = new Float64Array(counted.length);
  let groups = 0;
  const scratch = new Int32Array(n);
  // Numeric keys go into an open-addressing table in typed arrays: a Map keyed by large numbers
  // boxes every key and was the slowest step of a 100,000-ballot count.
  let bits = 4;
  while (1 << bits < counted.length * 2) bits++;
  const cap = 1 << bits;
  const mask = cap - 1;
  const slotKey = numeric ? new Float64Array(cap) : new Float64Array(0);
  const slotGroup = numeric ? new Int32Array(cap).fill(-1) : new Int32Array(0);
  const byString = new Map<string, number>();
  for (const { ballot, weight } of counted) {
    const ranking = ballot.ranking;
    const len = ranking.length;
    let num = 0;
    for (let r = 0; r < len; r++) {
      const idx = index.get(ranking[r] as string) as number;
      scratch[r] = idx;
      num = num * (n + 1) + idx + 1;
    }
    let g: number;
    let slot = -1;
    if (numeric) {
      const lo = num >>> 0;
      const hi = (num / 4294967296) >>> 0;
      // Fibonacci hashing: the high bits of the product are the well-mixed ones.
      slot = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits);
      while ((slotGroup[slot] as number) !== -1 && slotKey[slot] !== num) slot = (slot + 1) & mask;
      g = slotGroup[slot] as number;
    } else {
      g = byString.get(scratch.subarray(0, len).join(',')) ?? -1;
    }
    if (g === -1) {
      g = groups++;
      if (numeric) {
        slotKey[slot] = num;
        slotGroup[slot] = g;
      } else {
        byString.set(scratch.subarray(0, len).join(','), g);
      }
      if (used + len > flat.length) {
        const bigger = new Int32Array(Math.max(flat.length * 2, used + len));
        bigger.set(flat);
        flat = bigger;
      }
      starts[g] = used;
      for (let r = 0; r < len; r++) flat[used++] = scratch[r] as number;
      weights[g] = weight;
    } else {
      weights[g] = (weights[g] as number) + weight;
    }
  }
  starts[groups] = used;
  return {
    groups,
    order: flat.subarray(0, used),
    start: starts.subarray(0, groups + 1),
    weight: weights.subarray(0, groups),
  };
}
