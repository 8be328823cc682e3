import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkQuorum,
  isMethod,
  METHODS,
  schemas,
  tally,
  validateBallot,
  type Method,
  type MethodTypes,
} from './index.js';
import { uniqueBallots } from './test-support.js';

/** One sample settings object and ballot generator per method, to run laws over all of them. */
const cases: {
  [M in Method]: {
    settings: MethodTypes[M]['settings'];
    body: fc.Arbitrary<Omit<MethodTypes[M]['ballot'], 'voterId'>>;
  };
} = {
  'sense-check': {
    settings: {},
    body: fc.record({ response: fc.constantFrom('agree', 'unsure', 'disagree') }),
  },
  'lazy-consensus': {
    settings: {},
    body: fc.record({
      response: fc.constantFrom('support' as const, 'object' as const),
      reason: fc.constant('r'),
    }),
  },
  consent: {
    settings: {},
    body: fc.record({
      response: fc.constantFrom('consent' as const, 'object' as const),
      reason: fc.constant('r'),
    }),
  },
  consensus: {
    settings: {},
    body: fc.record({
      response: fc.constantFrom('agree' as const, 'stand-aside' as const, 'block' as const),
      reason: fc.constant('r'),
    }),
  },
  majority: {
    settings: {},
    body: fc.record({ choice: fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const) }),
  },
  supermajority: {
    settings: {},
    body: fc.record({ choice: fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const) }),
  },
  approval: {
    settings: { options: ['A', 'B', 'C'] },
    body: fc.record({ approvals: fc.subarray(['A', 'B', 'C']) }),
  },
  score: {
    settings: { options: ['A', 'B', 'C'] },
    body: fc.record({
      scores: fc.record({ A: fc.integer({ min: 0, max: 5 }), B: fc.integer({ min: 0, max: 5 }) }),
    }),
  },
  'dot-vote': {
    settings: { options: ['A', 'B', 'C'], dots: 3 },
    body: fc.record({
      dots: fc.record({ A: fc.integer({ min: 0, max: 1 }), C: fc.integer({ min: 0, max: 2 }) }),
    }),
  },
  irv: {
    settings: { options: ['A', 'B', 'C'] },
    body: fc.record({ ranking: fc.shuffledSubarray(['A', 'B', 'C']) }),
  },
  schulze: {
    settings: { options: ['A', 'B', 'C'] },
    body: fc.record({ ranking: fc.shuffledSubarray(['A', 'B', 'C']) }),
  },
  'meeting-poll': {
    settings: { options: ['Mon', 'Tue'] },
    body: fc.record({
      marks: fc.record({
        Mon: fc.constantFrom('yes' as const, 'if-need-be' as const, 'no' as const),
      }),
    }),
  },
};

function run<M extends Method>(method: M, ballots: unknown[]) {
  return tally(method, cases[method].settings, ballots as MethodTypes[M]['ballot'][]);
}

describe('tally dispatcher', () => {
  it('dispatches every method and tags the result with it', () => {
    for (const method of METHODS) {
      const r = run(method, [
        {
          voterId: 'a',
          ...fc.sample(cases[method].body as fc.Arbitrary<object>, { numRuns: 1, seed: 1 })[0],
        },
      ]);
      expect(r.method).toBe(method);
      expect(r.explanation.length).toBeGreaterThan(0);
    }
    expect(() => tally('nope' as Method, {} as never, [])).toThrow(
      'unknown decision method "nope"',
    );
    expect(isMethod('schulze')).toBe(true);
    expect(isMethod('borda')).toBe(false);
  });

  it('validates through the same dispatcher and exposes zod schemas per method', () => {
    expect(validateBallot('consent', {}, { voterId: 'bo', response: 'object' })).toEqual([
      { field: 'reason', message: 'an objection needs a reason' },
    ]);
    expect(
      validateBallot(
        'score',
        { options: ['A', 'B'], min: 1, max: 3 },
        { voterId: 'a', scores: { A: 0 } },
      ),
    ).toEqual([{ field: 'scores.A', message: 'score 0 is outside the range 1 to 3' }]);
    expect(schemas.irv.ballot.parse({ voterId: 'a', ranking: ['A'] })).toEqual({
      voterId: 'a',
      weight: 1,
      binding: true,
      ranking: ['A'],
    });
    expect(
      schemas.majority.ballot.safeParse({ voterId: 'a', choice: 'yes', weight: 0 }).success,
    ).toBe(false);
  });

  it('law: adding non-binding ballots never changes the outcome, winners or binding counts', () => {
    for (const method of METHODS) {
      const body = cases[method].body as fc.Arbitrary<object>;
      fc.assert(
        fc.property(uniqueBallots(body, 0, 12), uniqueBallots(body, 1, 6), (binding, extra) => {
          const shown = extra.map((b) => ({ ...b, voterId: `d-${b.voterId}`, binding: false }));
          const before = run(method, binding);
          const after = run(method, [...binding, ...shown]);
          expect(after.outcome).toBe(before.outcome);
          expect(after.winners).toEqual(before.winners);
          expect(after.counts).toEqual(before.counts);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('law: results never depend on ballot order, for every method', () => {
    for (const method of METHODS) {
      const body = cases[method].body as fc.Arbitrary<object>;
      fc.assert(
        fc.property(
          uniqueBallots(body, 0, 15).chain((b) =>
            fc.tuple(
              fc.constant(b),
              fc.shuffledSubarray(b, { minLength: b.length, maxLength: b.length }),
            ),
          ),
          ([a, b]) => {
            expect(run(method, b)).toEqual(run(method, a));
          },
        ),
        { numRuns: 60 },
      );
    }
  });

  it('turns an unmet quorum into no-quorum for binding methods', () => {
    const quorum = checkQuorum({
      eligible: { workers: ['a', 'b', 'c', 'd'] },
      minimum: { workers: { numerator: 3, denominator: 4 } },
      ballots: [{ voterId: 'a', constituency: 'workers' }],
    });
    const r = tally('approval', { options: ['A', 'B'] }, [{ voterId: 'a', approvals: ['A'] }], {
      quorum,
    });
    expect(r).toMatchObject({ outcome: 'no-quorum', winners: [] });
    expect(r.counts.approvals.A).toBe(1);
  });
});
