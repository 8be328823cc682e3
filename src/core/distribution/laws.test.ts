import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runValueEquation } from './value-equation.js';
import { validateParameters } from './validate.js';
import { STREAMS, type ParameterDocumentInput, type Stream } from './params.js';
import type { MemberContext, PayableClaim, RunInput, RunResult } from './types.js';

const MEMBER_IDS = ['ana', 'ben', 'chloe', 'dan', 'Eve', 'émile'];
const DATES = ['2025-12-30', '2026-01-01', '2026-01-02', '2026-01-15', '2026-02-01'];

const amount = (max: bigint) => fc.bigInt({ min: 1n, max });

const bucketsArb = fc
  .array(
    fc.record({
      of: fc.constantFrom('total' as const, 'remainder' as const),
      percent: fc.integer({ min: 0, max: 3000 }),
    }),
    { maxLength: 3 },
  )
  .map((bs) => bs.map((b, i) => ({ name: `bucket-${i}`, ...b })));

/** Streams partitioned into 1 to 3 pots in random order, shares summing to exactly 100%. */
const splitArb = fc
  .tuple(
    fc.shuffledSubarray([...STREAMS], { minLength: 3, maxLength: 3 }),
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 1, max: 2 }),
    fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 2, maxLength: 2 }),
  )
  .map(([streams, potCount, cut, points]) => {
    const groups: Stream[][] =
      potCount === 1
        ? [streams]
        : potCount === 2
          ? [streams.slice(0, cut), streams.slice(cut)]
          : streams.map((s) => [s]);
    const cuts = [...points.slice(0, groups.length - 1)].sort((a, b) => a - b);
    const bounds = [0, ...cuts, 10000];
    return groups.map((g, i) => ({ streams: g, share: bounds[i + 1]! - bounds[i]! }));
  });

const perMemberArb = (min: bigint, max: bigint) =>
  fc.option(
    fc.record({
      default: fc.option(fc.bigInt({ min, max }), { nil: undefined }),
      members: fc.dictionary(fc.constantFrom(...MEMBER_IDS), fc.bigInt({ min, max }), {
        maxKeys: 3,
      }),
    }),
    { nil: undefined },
  );

const paramsArb: fc.Arbitrary<ParameterDocumentInput> = fc
  .record({
    buckets: bucketsArb,
    streamSplit: splitArb,
    caps: perMemberArb(20_000n, 400_000n),
    floors: perMemberArb(0n, 30_000n),
    smoothing: fc.option(
      fc.record({
        periods: fc.integer({ min: 1, max: 4 }),
        onLeave: fc.integer({ min: 0, max: 10000 }),
        heavyCare: fc.integer({ min: 0, max: 10000 }),
      }),
      { nil: undefined },
    ),
    overflow: fc.boolean(),
  })
  .map((p) => ({
    algorithm: 'value-equation@1' as const,
    version: 'test',
    effectiveFrom: '2026-01-01',
    retainedBucket: 'reserve',
    ...p,
  }))
  .filter((doc) => validateParameters(doc).length === 0);

const claimsArb: fc.Arbitrary<PayableClaim[]> = fc
  .array(
    fc.record({
      memberId: fc.constantFrom(...MEMBER_IDS),
      stream: fc.constantFrom(...STREAMS),
      amount: amount(80_000n),
      earnedDate: fc.constantFrom(...DATES),
    }),
    { maxLength: 25 },
  )
  .map((cs) => cs.map((c, i) => ({ ...c, claimId: `c${i}` })));

const contextArb: fc.Arbitrary<Record<string, MemberContext>> = fc.dictionary(
  fc.constantFrom(...MEMBER_IDS),
  fc.record({
    onLeave: fc.boolean(),
    heavyCare: fc.boolean(),
    pastPayouts: fc.array(fc.bigInt({ min: 0n, max: 200_000n }), { maxLength: 5 }),
  }),
  { maxKeys: 3 },
);

const inputArb: fc.Arbitrary<RunInput> = fc.record({
  income: fc.oneof(fc.bigInt({ min: 0n, max: 1_000n }), fc.bigInt({ min: 0n, max: 3_000_000n })),
  parameters: paramsArb,
  claims: claimsArb,
  members: contextArb,
});

const payoutOf = (r: RunResult, id: string): bigint =>
  r.members.find((m) => m.memberId === id)?.payout ?? 0n;

/** Every bigint in the result outside the explanation lines (whose cap lines are deductions). */
function* amounts(value: unknown, path = ''): Generator<[string, bigint]> {
  if (typeof value === 'bigint') yield [path, value];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* amounts(v, `${path}[${i}]`);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      if (k !== 'explanation') yield* amounts(v, `${path}.${k}`);
  }
}

describe('laws of the value equation', () => {
  it('conservation: income = buckets + payouts + retained, to the minor unit', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = runValueEquation(input);
        const buckets = r.buckets.reduce((s, b) => s + b.amount, 0n);
        const payouts = r.members.reduce((s, m) => s + m.payout, 0n);
        expect(buckets + payouts + r.retained.amount).toBe(input.income);
        expect(payouts).toBe(r.totalPaid);
        expect(r.floors.paid + r.pots.reduce((s, p) => s + p.amount, 0n)).toBe(r.netLiquidity);
        for (const p of r.pots) expect(p.paid + p.unspent).toBe(p.amount);
      }),
      { numRuns: 500 },
    );
  });

  it('determinism: shuffling the claims gives a deep-equal result', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray([...input.claims], {
              minLength: input.claims.length,
              maxLength: input.claims.length,
            }),
          ),
        ),
        ([input, shuffled]) => {
          expect(runValueEquation({ ...input, claims: shuffled })).toEqual(runValueEquation(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('bounds: nobody is paid beyond their claims or cap, floors hold when funded, per-claim payments add up, no amount is negative', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = runValueEquation(input);
        const amountOf = new Map(input.claims.map((c) => [c.claimId, c.amount]));
        for (const [path, v] of amounts(r)) expect(v >= 0n, path).toBe(true);
        for (const m of r.members) {
          expect(m.payout <= m.claimsTotal).toBe(true);
          for (const c of m.partial)
            expect(c.paid > 0n && c.paid < amountOf.get(c.claimId)!).toBe(true);
          const perClaim =
            m.settled.reduce((sum, id) => sum + amountOf.get(id)!, 0n) +
            m.partial.reduce((sum, c) => sum + c.paid, 0n);
          expect(perClaim).toBe(m.payout);
          if (m.cap !== null) expect(m.payout <= m.cap).toBe(true);
          if (r.floors.demanded <= r.netLiquidity) expect(m.payout >= m.floor).toBe(true);
          expect(m.byStream.livelihood + m.byStream.love + m.byStream.care).toBe(m.payout);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('explanations: each member’s line amounts add up to their payout', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = runValueEquation(input);
        for (const m of r.members)
          expect(m.explanation.reduce((s, l) => s + l.amount, 0n)).toBe(m.payout);
      }),
      { numRuns: 500 },
    );
  });

  /** A member's claims grow: one claim is raised, or a new claim is added for them. */
  const growthArb = inputArb.chain((input) =>
    fc.tuple(
      fc.constant(input),
      fc.oneof(
        fc.record({ kind: fc.constant('raise' as const), at: fc.nat(), by: amount(50_000n) }),
        fc.record({
          kind: fc.constant('add' as const),
          memberId: fc.constantFrom(...MEMBER_IDS),
          stream: fc.constantFrom(...STREAMS),
          amount: amount(50_000n),
          earnedDate: fc.constantFrom(...DATES),
        }),
      ),
    ),
  );
  type Growth =
    | { kind: 'raise'; at: number; by: bigint }
    | { kind: 'add'; memberId: string; stream: Stream; amount: bigint; earnedDate: string };
  const grow = (input: RunInput, g: Growth): [string, PayableClaim[]] | null => {
    if (g.kind === 'raise') {
      if (input.claims.length === 0) return null;
      const i = g.at % input.claims.length;
      const c = input.claims[i]!;
      return [
        c.memberId,
        input.claims.map((x, j) => (j === i ? { ...x, amount: x.amount + g.by } : x)),
      ];
    }
    return [
      g.memberId,
      [
        ...input.claims,
        {
          claimId: 'new',
          memberId: g.memberId,
          stream: g.stream,
          amount: g.amount,
          earnedDate: g.earnedDate,
        },
      ],
    ];
  };

  it('monotonicity (overflow off): growing a member’s claims never lowers their payout', () => {
    fc.assert(
      fc.property(growthArb, ([input, g]) => {
        const doc = { ...(input.parameters as object), overflow: false } as ParameterDocumentInput;
        const grown = grow(input, g);
        fc.pre(grown !== null);
        const [id, claims] = grown!;
        const before = payoutOf(runValueEquation({ ...input, parameters: doc }), id);
        const after = payoutOf(runValueEquation({ ...input, parameters: doc, claims }), id);
        expect(after >= before).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('monotonicity (overflow on): growing a member’s claims lowers their payout by at most one minor unit', () => {
    fc.assert(
      fc.property(growthArb, ([input, g]) => {
        const doc = { ...(input.parameters as object), overflow: true } as ParameterDocumentInput;
        const grown = grow(input, g);
        fc.pre(grown !== null);
        const [id, claims] = grown!;
        const before = payoutOf(runValueEquation({ ...input, parameters: doc }), id);
        const after = payoutOf(runValueEquation({ ...input, parameters: doc, claims }), id);
        expect(after >= before - 1n).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
