import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tallyDotVote, validateDotVoteBallot } from './dot-vote.js';
import { assertOrderIndependent, baseArb, uniqueBallots } from './test-support.js';

const options = ['A', 'B', 'C'];
const settings = { options, dots: 5, maxPerOption: 3 };
const bodyArb = fc
  .tuple(
    baseArb,
    fc.dictionary(fc.constantFrom('A', 'B', 'C', 'Z'), fc.integer({ min: 0, max: 4 }), {
      noNullPrototype: true,
    }),
  )
  .map(([b, dots]) => ({ ...b, dots }));

describe('dot vote', () => {
  it('elects the option with most dots, weights multiplying dots', () => {
    const r = tallyDotVote(settings, [
      { voterId: 'a', dots: { A: 3, B: 2 } },
      { voterId: 'b', dots: { B: 3, C: 2 } },
      { voterId: 'c', dots: { C: 1 }, weight: 2 },
    ]);
    expect(r.counts.dots).toEqual({ A: 3, B: 5, C: 4 });
    expect(r.winners).toEqual(['B']);
  });

  it('validates totals, per-option caps and dot counts', () => {
    expect(validateDotVoteBallot(settings, { voterId: 'a', dots: { A: 4, B: 2 } })).toEqual([
      { field: 'dots.A', message: 'at most 3 dots may go on one option, this gives 4' },
      { field: 'dots', message: 'too many dots: 6 given, each voter has 5' },
    ]);
    expect(validateDotVoteBallot(settings, { voterId: 'a', dots: { A: -1, Q: 1 } })).toEqual([
      { field: 'dots.A', message: 'dots must be a whole number, zero or more' },
      { field: 'dots.Q', message: '"Q" is not an option of this proposal' },
    ]);
    expect(
      validateDotVoteBallot({ ...settings, mustUseAll: true }, { voterId: 'a', dots: { A: 1 } }),
    ).toEqual([{ field: 'dots', message: 'every dot must be given: 1 of 5 given' }]);
  });

  it('law: when everyone puts dots only on A, A wins', () => {
    fc.assert(
      fc.property(
        uniqueBallots(
          fc
            .tuple(baseArb, fc.integer({ min: 1, max: 3 }))
            .map(([b, n]) => ({ ...b, binding: true, dots: { A: n } })),
          1,
        ),
        (ballots) => {
          expect(tallyDotVote(settings, ballots)).toMatchObject({
            outcome: 'winner',
            winners: ['A'],
          });
        },
      ),
    );
  });

  it('is independent of ballot order', () => {
    assertOrderIndependent(bodyArb, (b) => tallyDotVote(settings, b));
  });
});
