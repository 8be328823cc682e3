import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluationFacts,
  factsHash,
  quarterEnded,
  quarterNamed,
  sharesInBasisPoints,
  type EvaluationInputs,
} from './evaluation-facts.js';

const quarter = quarterNamed('2026-Q3')!;

const inputs = (over: Partial<EvaluationInputs> = {}): EvaluationInputs => ({
  quarter,
  circleId: null,
  flows: [
    { stream: 'livelihood', hours: 100_000n, credits: 600_00n, entries: 10 },
    { stream: 'care', hours: 30_000n, credits: 150_00n, entries: 6 },
    { stream: 'love', hours: 20_000n, credits: 250_00n, entries: 4 },
  ],
  members: ['ana', 'bo', 'cy'],
  careHours: new Map([
    ['ana', 30_000n],
    ['zed', 5_000n],
  ]),
  careCredits: new Map([['ana', 150_00n]]),
  duties: [
    { memberId: 'bo', stream: 'love', period: '2026-Q3', owed: 100n, done: 40n },
    { memberId: 'ana', stream: 'love', period: '2026-Q3', owed: 100n, done: 100n },
  ],
  loggedOverloads: [
    { memberId: 'ana', week: '2026-W30', hours: 45_000n },
    { memberId: 'ana', week: '2026-W31', hours: 41_000n },
  ],
  capacity: { reporting: 3, overloaded: 1, threshold: 100 },
  appreciations: [
    { fromId: 'bo', memberId: 'ana', forCare: true },
    { fromId: 'cy', memberId: 'ana', forCare: false },
    { fromId: 'ana', memberId: 'bo', forCare: true },
  ],
  decisionsDue: [
    { proposalId: 'p2', title: 'Rates', reviewDate: '2026-09-01', reviewProposalId: null },
    { proposalId: 'p1', title: 'Duties', reviewDate: '2026-08-01', reviewProposalId: 'r1' },
  ],
  ...over,
});

describe('evaluation facts', () => {
  it('reads flows by stream, care shares and Gini, duties, overloads, thanks and reviews', () => {
    const facts = evaluationFacts(inputs());
    expect(facts.flows.streams.map((s) => [s.stream, s.shareBp])).toEqual([
      ['livelihood', 6000],
      ['love', 2500],
      ['care', 1500],
    ]);
    expect(facts.flows.credits).toBe('100000');
    // Zed is not a member of the scope: his hours do not count; Bo and Cy did none.
    expect(facts.careHours.shares.map((s) => s.shareBp)).toEqual([10000, 0, 0]);
    expect(facts.careHours.gini).toEqual({ numerator: '2', denominator: '3' });
    expect(facts.duties).toMatchObject({ met: 1, missed: 1 });
    expect(facts.duties.items.map((d) => d.memberId)).toEqual(['ana', 'bo']);
    expect(facts.overloads).toEqual({
      loggedMembers: 1,
      loggedWeeks: 2,
      capacityOverloaded: 1,
      capacityReporting: 3,
      threshold: 100,
    });
    expect(facts.appreciations).toEqual({
      given: 3,
      forCare: 2,
      received: [
        { memberId: 'ana', count: 2 },
        { memberId: 'bo', count: 1 },
      ],
    });
    expect(facts.decisionsDue.map((d) => d.proposalId)).toEqual(['p1', 'p2']);
  });

  it('gives all-zero shares and a zero Gini when nothing was done', () => {
    const facts = evaluationFacts(
      inputs({ flows: [], careHours: new Map(), careCredits: new Map() }),
    );
    expect(facts.flows.streams.every((s) => s.shareBp === 0)).toBe(true);
    expect(facts.careCredits.gini).toEqual({ numerator: '0', denominator: '1' });
  });

  it('has one hash for the same facts, whatever order the inputs came in', () => {
    const a = evaluationFacts(inputs());
    const b = evaluationFacts(
      inputs({
        duties: [...inputs().duties].reverse(),
        decisionsDue: [...inputs().decisionsDue].reverse(),
        flows: [...inputs().flows].reverse(),
      }),
    );
    expect(factsHash(b)).toBe(factsHash(a));
    expect(factsHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(factsHash(evaluationFacts(inputs({ circleId: 'c' })))).not.toBe(factsHash(a));
  });

  it('shares add up to exactly 100 % whenever anything was done, and never exceed a whole', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { maxLength: 40 }), (xs) => {
        const bp = sharesInBasisPoints(xs);
        const sum = bp.reduce((s, x) => s + x, 0);
        expect(sum).toBe(xs.some((x) => x > 0n) ? 10_000 : 0);
        xs.forEach((x, i) => {
          if (x === 0n) expect(bp[i]).toBe(0);
        });
      }),
    );
  });

  it('care shares of every member add up to 100 % in the facts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 12, maxLength: 12 }),
        (members, amounts) => {
          const care = new Map(members.map((m, i) => [m, amounts[i]!]));
          const facts = evaluationFacts(inputs({ members, careHours: care, careCredits: care }));
          const sum = facts.careHours.shares.reduce((s, x) => s + x.shareBp, 0);
          expect(sum).toBe(facts.careHours.total === '0' ? 0 : 10_000);
        },
      ),
    );
  });

  it('names quarters and knows when one has ended', () => {
    expect(quarterNamed('2026-Q4')).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
    expect(quarterNamed('2026-Q5')).toBeNull();
    expect(quarterNamed('2026-3')).toBeNull();
    expect(quarterEnded(quarter, '2026-09-30')).toBe(false);
    expect(quarterEnded(quarter, '2026-10-01')).toBe(true);
  });
});
