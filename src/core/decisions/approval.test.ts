import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tallyApproval, validateApprovalBallot } from './approval.js';
import { assertOrderIndependent, baseArb, uniqueBallots } from './test-support.js';

const options = ['A', 'B', 'C', 'D'];
const bodyArb = fc
  .tuple(baseArb, fc.subarray([...options, 'X']))
  .map(([b, approvals]) => ({ ...b, approvals }));

describe('approval', () => {
  it('elects the most approved option', () => {
    const r = tallyApproval({ options }, [
      { voterId: 'a', approvals: ['A', 'B'] },
      { voterId: 'b', approvals: ['B', 'C'] },
      { voterId: 'c', approvals: ['B'] },
      { voterId: 'd', approvals: ['A'] },
    ]);
    expect(r.outcome).toBe('winner');
    expect(r.winners).toEqual(['B']);
    expect(r.counts.approvals).toEqual({ A: 2, B: 3, C: 1, D: 0 });
    expect(r.counts.standings).toEqual([
      { option: 'B', rank: 1 },
      { option: 'A', rank: 2 },
      { option: 'C', rank: 3 },
      { option: 'D', rank: 4 },
    ]);
    expect(r.explanation).toContain('Approvals: B 3, A 2, C 1, D 0.');
  });

  it('reports ties, or settles them by option order or an injected order when asked', () => {
    const ballots = [
      { voterId: 'a', approvals: ['C'] },
      { voterId: 'b', approvals: ['A'] },
    ];
    const tie = tallyApproval({ options }, ballots);
    expect(tie.outcome).toBe('tie');
    expect(tie.winners).toEqual(['A', 'C']);
    const byOrder = tallyApproval({ options, tieBreak: 'option-order' }, ballots);
    expect(byOrder).toMatchObject({
      outcome: 'winner',
      winners: ['A'],
      tieBreak: { among: ['A', 'C'], rule: "first in the proposal's option order" },
    });
    const drawn = tallyApproval(
      { options, tieBreak: 'option-order', tieBreakOrder: ['D', 'C', 'B', 'A'] },
      ballots,
    );
    expect(drawn.winners).toEqual(['C']);
    expect(() => tallyApproval({ options, tieBreakOrder: ['A', 'B'] }, ballots)).toThrow();
  });

  it('uses weights, keeps non-binding ballots out of the decision', () => {
    const r = tallyApproval({ options }, [
      { voterId: 'a', approvals: ['A'], weight: 3 },
      { voterId: 'b', approvals: ['B'], weight: 2 },
      { voterId: 'd', approvals: ['B'], weight: 2, binding: false },
    ]);
    expect(r.winners).toEqual(['A']);
    expect(r.shown.approvals.B).toBe(2);
  });

  it('validates ballots', () => {
    expect(
      validateApprovalBallot({ options }, { voterId: 'a', approvals: ['A', 'A', 'Z'] }),
    ).toEqual([
      { field: 'approvals[1]', message: '"A" is approved more than once' },
      { field: 'approvals[2]', message: '"Z" is not an option of this proposal' },
    ]);
    expect(
      validateApprovalBallot({ options, maxApprovals: 1 }, { voterId: 'a', approvals: ['A', 'B'] }),
    ).toEqual([
      { field: 'approvals', message: 'at most 1 options may be approved, this ballot approves 2' },
    ]);
  });

  it('law: unanimous approval of A elects A (alone, or tied with other unanimous options)', () => {
    fc.assert(
      fc.property(
        uniqueBallots(
          fc
            .tuple(baseArb, fc.subarray(['B', 'C', 'D']))
            .map(([b, rest]) => ({ ...b, binding: true, approvals: ['A', ...rest] })),
          1,
        ),
        (ballots) => {
          const r = tallyApproval({ options }, ballots);
          expect(r.winners).toContain('A');
          const allApproveOnlyA = ballots.every((b) => b.approvals.length === 1);
          if (allApproveOnlyA) expect(r).toMatchObject({ outcome: 'winner', winners: ['A'] });
        },
      ),
    );
  });

  it('is independent of ballot order', () => {
    assertOrderIndependent(bodyArb, (b) => tallyApproval({ options }, b));
  });
});
