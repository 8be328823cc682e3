import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tallyMajority, validateMajorityBallot } from './majority.js';
import { checkQuorum } from './quorum.js';
import { assertOrderIndependent, baseArb, uniqueBallots } from './test-support.js';

const choiceArb = fc.constantFrom('yes', 'no', 'abstain') as fc.Arbitrary<'yes' | 'no' | 'abstain'>;
const bodyArb = fc.tuple(baseArb, choiceArb).map(([base, choice]) => ({ ...base, choice }));

describe('simple majority', () => {
  it('passes with more yes than no; abstentions take part without counting in the ratio', () => {
    const r = tallyMajority({}, [
      { voterId: 'a', choice: 'yes' },
      { voterId: 'b', choice: 'yes' },
      { voterId: 'c', choice: 'no' },
      { voterId: 'd', choice: 'abstain', weight: 5 },
    ]);
    expect(r.outcome).toBe('passed');
    expect(r.counts).toEqual({ yes: 2, no: 1, abstain: 5 });
    expect(r.explanation).toContain('Yes has 67% of the yes and no votes: the proposal passed.');
  });

  it('fails on an even split and when everyone abstains', () => {
    expect(
      tallyMajority({}, [
        { voterId: 'a', choice: 'yes' },
        { voterId: 'b', choice: 'no' },
      ]).outcome,
    ).toBe('failed');
    expect(tallyMajority({}, [{ voterId: 'a', choice: 'abstain' }]).outcome).toBe('failed');
  });

  it('shows non-binding ballots without letting them decide', () => {
    const r = tallyMajority({}, [
      { voterId: 'a', choice: 'yes' },
      { voterId: 'd1', choice: 'no', binding: false },
      { voterId: 'd2', choice: 'no', binding: false },
    ]);
    expect(r.outcome).toBe('passed');
    expect(r.shown).toEqual({ yes: 0, no: 2, abstain: 0 });
  });

  it('reports no quorum without binding ballots or when the quorum report says so', () => {
    expect(tallyMajority({}, []).outcome).toBe('no-quorum');
    const quorum = checkQuorum({
      eligible: { workers: ['a', 'b', 'c'] },
      minimum: { workers: { numerator: 1, denominator: 1 } },
      ballots: [{ voterId: 'a', constituency: 'workers' }],
    });
    const r = tallyMajority({}, [{ voterId: 'a', choice: 'yes' }], { quorum });
    expect(r.outcome).toBe('no-quorum');
    expect(r.counts.yes).toBe(1);
    expect(r.explanation.at(-1)).toBe(
      'Quorum not met in workers (1 of 3, 3 needed): the counts above are shown but decide nothing.',
    );
  });

  it('validates ballots', () => {
    expect(validateMajorityBallot({}, { voterId: 'a', choice: 'maybe' as 'yes' })).toEqual([
      { field: 'choice', message: 'choice must be yes, no or abstain, not "maybe"' },
    ]);
  });

  it('law: all yes passes', () => {
    fc.assert(
      fc.property(
        uniqueBallots(
          baseArb.map((b) => ({ ...b, binding: true, choice: 'yes' as const })),
          1,
        ),
        (ballots) => {
          expect(tallyMajority({}, ballots).outcome).toBe('passed');
        },
      ),
    );
  });

  it('law: passes exactly when binding yes outweighs binding no', () => {
    fc.assert(
      fc.property(uniqueBallots(bodyArb, 1), (ballots) => {
        const binding = ballots.filter((b) => b.binding !== false);
        const sum = (c: string) =>
          binding.filter((b) => b.choice === c).reduce((s, b) => s + (b.weight ?? 1), 0);
        const expected =
          binding.length === 0 ? 'no-quorum' : sum('yes') > sum('no') ? 'passed' : 'failed';
        expect(tallyMajority({}, ballots).outcome).toBe(expected);
      }),
    );
  });

  it('is independent of ballot order', () => {
    assertOrderIndependent(bodyArb, (b) => tallyMajority({}, b));
  });
});
