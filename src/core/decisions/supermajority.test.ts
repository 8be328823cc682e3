import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tallySupermajority, validateSupermajorityBallot } from './supermajority.js';
import { assertOrderIndependent, baseArb, uniqueBallots } from './test-support.js';

const choiceArb = fc.constantFrom('yes', 'no', 'abstain') as fc.Arbitrary<'yes' | 'no' | 'abstain'>;
const bodyArb = fc.tuple(baseArb, choiceArb).map(([base, choice]) => ({ ...base, choice }));
const votes = (yes: number, no: number, abstain = 0) => [
  ...Array.from({ length: yes }, (_, i) => ({ voterId: `y${i}`, choice: 'yes' as const })),
  ...Array.from({ length: no }, (_, i) => ({ voterId: `n${i}`, choice: 'no' as const })),
  ...Array.from({ length: abstain }, (_, i) => ({ voterId: `a${i}`, choice: 'abstain' as const })),
];

describe('supermajority', () => {
  it('meets two thirds exactly with 2 of 3 (no float rounding)', () => {
    const r = tallySupermajority({ threshold: { numerator: 2, denominator: 3 } }, votes(2, 1));
    expect(r.outcome).toBe('passed');
    expect(r.explanation).toContain(
      'Threshold: at least 2/3 of yes and no votes, i.e. 2 of 3; yes has 2: the proposal passed.',
    );
    expect(tallySupermajority({}, votes(199_999, 100_001)).outcome).toBe('failed');
    expect(tallySupermajority({}, votes(200_000, 100_000)).outcome).toBe('passed');
  });

  it('can require strictly more than the threshold', () => {
    expect(tallySupermajority({ inclusive: false }, votes(2, 1)).outcome).toBe('failed');
    expect(
      tallySupermajority(
        { threshold: { numerator: 1, denominator: 2 }, inclusive: false },
        votes(3, 2),
      ).outcome,
    ).toBe('passed');
  });

  it('counts abstentions in the base only when asked', () => {
    expect(tallySupermajority({}, votes(2, 1, 1)).outcome).toBe('passed');
    expect(tallySupermajority({ base: 'cast' }, votes(2, 1, 1)).outcome).toBe('failed');
  });

  it('rejects thresholds above one', () => {
    expect(() => tallySupermajority({ threshold: { numerator: 4, denominator: 3 } }, [])).toThrow();
    expect(validateSupermajorityBallot({}, { voterId: 'a', choice: 'yes' })).toEqual([]);
  });

  it('law: matches the integer rule yes × den >= num × (yes + no)', () => {
    fc.assert(
      fc.property(
        uniqueBallots(bodyArb, 1),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        (ballots, den, n) => {
          const num = Math.min(n, den);
          const binding = ballots.filter((b) => b.binding !== false);
          const sum = (c: string) =>
            binding.filter((b) => b.choice === c).reduce((s, b) => s + (b.weight ?? 1), 0);
          const base = sum('yes') + sum('no');
          const expected =
            binding.length === 0
              ? 'no-quorum'
              : base > 0 && sum('yes') * den >= num * base
                ? 'passed'
                : 'failed';
          expect(
            tallySupermajority({ threshold: { numerator: num, denominator: den } }, ballots)
              .outcome,
          ).toBe(expected);
        },
      ),
    );
  });

  it('law: one more yes never turns a pass into a fail', () => {
    fc.assert(
      fc.property(uniqueBallots(bodyArb, 1), (ballots) => {
        const before = tallySupermajority({}, ballots).outcome;
        const after = tallySupermajority({}, [
          ...ballots,
          { voterId: 'extra', choice: 'yes' },
        ]).outcome;
        if (before === 'passed') expect(after).toBe('passed');
      }),
    );
  });

  it('is independent of ballot order', () => {
    assertOrderIndependent(bodyArb, (b) =>
      tallySupermajority({ threshold: { numerator: 3, denominator: 4 } }, b),
    );
  });
});
