import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParameterDocumentInput } from './params.js';
import type { PayableClaim } from './types.js';
import { runValueEquation } from './value-equation.js';

const base: ParameterDocumentInput = {
  algorithm: 'value-equation@1',
  version: '2026-1',
  effectiveFrom: '2026-01-01',
  buckets: [{ name: 'commons reserve', of: 'total', percent: 1000 }],
  streamSplit: [
    { name: 'livelihood', streams: ['livelihood'], share: 7500 },
    { name: 'love+care', streams: ['love', 'care'], share: 2500 },
  ],
  retainedBucket: 'commons reserve',
};
const withThanks = { ...base, appreciation: { pot: 'love+care', percent: 4000 } };
const claim = (
  claimId: string,
  memberId: string,
  stream: PayableClaim['stream'],
  amount: bigint,
): PayableClaim => ({ claimId, memberId, stream, amount, earnedDate: '2026-01-05' });

const claims = [
  claim('a1', 'ana', 'care', 900_000n),
  claim('b1', 'ben', 'care', 900_000n),
  claim('c1', 'cy', 'love', 1_000n),
];

describe('the appreciation share', () => {
  it('pays the thanked more of the pot, and changes nothing without the parameter', () => {
    const income = 400_000n;
    const plain = runValueEquation({ income, parameters: base, claims });
    const thanked = runValueEquation({
      income,
      parameters: withThanks,
      claims,
      appreciations: { ana: 3, ben: 1 },
    });
    const payout = (r: typeof plain, id: string) =>
      r.members.find((m) => m.memberId === id)!.payout;
    expect(payout(thanked, 'ana') > payout(plain, 'ana')).toBe(true);
    expect(payout(thanked, 'ben') < payout(plain, 'ben')).toBe(true);
    expect(plain.appreciation).toBeUndefined();
    // 40% of the love+care pot (25% of 360,000 = 90,000) is 36,000: 27,000 and 9,000 by thanks.
    expect(thanked.appreciation).toEqual({
      pot: 'love+care',
      percent: 4000,
      amount: 36_000n,
      thanks: 4,
      paid: 36_000n,
    });
    const ana = thanked.members.find((m) => m.memberId === 'ana')!;
    expect(ana.explanation[0]).toMatchObject({
      code: 'run.appreciation.shared',
      amount: 27_000n,
      params: { pot: 'love+care', percent: 40, thanks: 3, allThanks: 4, amount: '27000' },
    });
  });

  it('pays no more than open claims; the rest stays in the pot', () => {
    const r = runValueEquation({
      income: 400_000n,
      parameters: withThanks,
      claims,
      appreciations: { cy: 1 },
    });
    const cy = r.members.find((m) => m.memberId === 'cy')!;
    expect(cy.payout).toBe(1_000n);
    expect(cy.explanation[0]).toMatchObject({ code: 'run.appreciation.limited', amount: 1_000n });
    expect(r.appreciation!.paid).toBe(1_000n);
  });

  it('keeps every law: nothing vanishes, explanations add up, nobody is paid beyond claims', () => {
    const ids = ['ana', 'ben', 'cy', 'dee'];
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 5_000_000n }),
        fc.array(
          fc.record({
            member: fc.constantFrom(...ids),
            stream: fc.constantFrom('livelihood', 'love', 'care' as const),
            amount: fc.bigInt({ min: 1n, max: 2_000_000n }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.dictionary(fc.constantFrom(...ids), fc.nat(20)),
        fc.integer({ min: 0, max: 10_000 }),
        fc.boolean(),
        (income, drawn, appreciations, percent, overflow) => {
          const r = runValueEquation({
            income,
            parameters: {
              ...base,
              overflow,
              caps: { members: { ben: 50_000n } },
              appreciation: { pot: 'love+care', percent },
            },
            claims: drawn.map((d, i) =>
              claim(`k${i}`, d.member, d.stream as PayableClaim['stream'], d.amount),
            ),
            appreciations,
          });
          const buckets = r.buckets.reduce((a, b) => a + b.amount, 0n);
          expect(buckets + r.totalPaid + r.retained.amount).toBe(income);
          expect(r.appreciation!.paid <= r.appreciation!.amount).toBe(true);
          for (const m of r.members) {
            expect(m.explanation.reduce((a, l) => a + l.amount, 0n)).toBe(m.payout);
            expect(m.payout <= m.claimsTotal).toBe(true);
            if (m.memberId === 'ben') expect(m.payout <= 50_000n).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a share of a pot the document does not have', () => {
    expect(() =>
      runValueEquation({
        income: 1n,
        parameters: { ...base, appreciation: { pot: 'nowhere', percent: 100 } },
        claims,
      }),
    ).toThrow(/there is no pot "nowhere"/);
  });
});
