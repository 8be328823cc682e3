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

export const dotVoteSettingsSchema = z
  .strictObject({
    ...choiceShape,
    /** Dots each voter has to give. Capped so weighted sums stay exact. */
    dots: z.number().int().positive().max(1000),
    /** Most dots one voter may put on one option; defaults to all of them. */
    maxPerOption: z.number().int().positive().optional(),
    /** Whether a ballot must give every dot (default no: holding dots back is allowed). */
    mustUseAll: z.boolean().default(false),
  })
  .superRefine(refineTieBreakOrder);

export const dotVoteBallotSchema = z.strictObject({
  ...ballotBaseShape,
  dots: z.record(z.string(), z.number().int().nonnegative()),
});

export type DotVoteSettings = z.input<typeof dotVoteSettingsSchema>;
export type DotVoteBallot = z.input<typeof dotVoteBallotSchema>;

export interface DotVoteCounts {
  /** Dots per option, each ballot's dots multiplied by its weight. */
  dots: Record<string, number>;
  standings: Standing[];
}

export type DotVoteResult = ChoiceResult<'dot-vote', DotVoteCounts>;

type Parsed = z.output<typeof dotVoteSettingsSchema>;

function checker(s: Parsed) {
  const index = optionIndex(s.options);
  return (ballot: DotVoteBallot): Problem[] => {
    const dots = ballot.dots as unknown;
    if (typeof dots !== 'object' || dots === null || Array.isArray(dots))
      return [{ field: 'dots', message: 'dots must map options to numbers of dots' }];
    const problems: Problem[] = [];
    let total = 0;
    for (const [option, n] of Object.entries(dots as Record<string, unknown>)) {
      const field = `dots.${option}`;
      if (!index.has(option))
        problems.push({ field, message: `"${option}" is not an option of this proposal` });
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
        problems.push({ field, message: 'dots must be a whole number, zero or more' });
        continue;
      }
      if (s.maxPerOption !== undefined && n > s.maxPerOption)
        problems.push({
          field,
          message: `at most ${s.maxPerOption} dots may go on one option, this gives ${n}`,
        });
      total += n;
    }
    if (total > s.dots)
      problems.push({
        field: 'dots',
        message: `too many dots: ${total} given, each voter has ${s.dots}`,
      });
    if (s.mustUseAll && total < s.dots)
      problems.push({
        field: 'dots',
        message: `every dot must be given: ${total} of ${s.dots} given`,
      });
    return problems;
  };
}

function count(s: Parsed, counted: readonly Counted<DotVoteBallot>[]): DotVoteCounts {
  const dots: Record<string, number> = Object.fromEntries(s.options.map((o) => [o, 0]));
  for (const c of counted)
    for (const o of s.options)
      if (Object.hasOwn(c.ballot.dots, o))
        dots[o] = (dots[o] ?? 0) + (c.ballot.dots[o] ?? 0) * c.weight;
  return { dots, standings: standingsOf(s.options, (a, b) => (dots[b] ?? 0) - (dots[a] ?? 0)) };
}

function describe(c: DotVoteCounts): Message[] {
  return c.standings.map((st) =>
    message('tally.option-count', { option: st.option, count: c.dots[st.option] ?? 0 }),
  );
}

/**
 * Lists every problem with a dot-vote ballot (unknown option, negative or fractional dots, too many in total or on one option).
 * @example validateDotVoteBallot({ options: ['A', 'B'], dots: 3 }, { voterId: 'ana', dots: { A: 2, B: 2 } })
 * // [{ field: 'dots', message: 'too many dots: 4 given, each voter has 3' }]
 */
export function validateDotVoteBallot(settings: DotVoteSettings, ballot: DotVoteBallot): Problem[] {
  const s = dotVoteSettingsSchema.parse(settings);
  return [...checkBallotBase(ballot), ...checker(s)(ballot)];
}

/**
 * Dot voting: each voter spreads up to `dots` dots over the options (at most `maxPerOption` on
 * one); the option with the most dots wins, ties reported unless a single winner is asked for.
 * @example
 * tallyDotVote({ options: ['A', 'B'], dots: 3 }, [
 *   { voterId: 'ana', dots: { A: 3 } },
 *   { voterId: 'bo', dots: { A: 1, B: 2 } },
 * ]).winners // ['A']
 */
export function tallyDotVote(
  settings: DotVoteSettings,
  ballots: readonly DotVoteBallot[],
  context?: TallyContext,
): DotVoteResult {
  const s = dotVoteSettingsSchema.parse(settings);
  return tallyByCounts(
    {
      method: 'dot-vote',
      settings: s,
      check: checker(s),
      count: (counted) => count(s, counted),
      countsLine: (counts) =>
        s.maxPerOption
          ? message('tally.dot.counts-capped', {
              dots: s.dots,
              maxPerOption: s.maxPerOption,
              counts: describe(counts),
            })
          : message('tally.dot.counts', { dots: s.dots, counts: describe(counts) }),
      describe,
    },
    ballots,
    context,
  );
}
