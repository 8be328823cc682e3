import { describe, expect, it } from 'vitest';
import { runValueEquation } from './value-equation.js';
import { ParameterError } from './validate.js';
import { RunInputError } from './claims.js';
import type { ParameterDocumentInput } from './params.js';
import type { PayableClaim, RunResult } from './types.js';

const params: ParameterDocumentInput = {
  algorithm: 'value-equation@1',
  version: '2026-1',
  effectiveFrom: '2026-01-01',
  buckets: [
    { name: 'commons reserve', of: 'total', percent: 1000 },
    { name: 'running costs', of: 'remainder', percent: 1500 },
  ],
  streamSplit: [
    { name: 'livelihood', streams: ['livelihood'], share: 7500 },
    { name: 'love+care', streams: ['love', 'care'], share: 2500 },
  ],
  retainedBucket: 'commons reserve',
};

const claim = (
  claimId: string,
  memberId: string,
  stream: PayableClaim['stream'],
  amount: bigint,
  earnedDate: string,
): PayableClaim => ({ claimId, memberId, stream, amount, earnedDate });

// Income 10,000.00 EUR; livelihood claims 3,000 / 2,000 / 2,000; love and care 500 / 200 / 100.
const claims: PayableClaim[] = [
  claim('a1', 'ana', 'livelihood', 200_000n, '2026-01-03'),
  claim('a2', 'ana', 'livelihood', 100_000n, '2026-01-10'),
  claim('a3', 'ana', 'care', 50_000n, '2026-02-01'),
  claim('b1', 'ben', 'livelihood', 200_000n, '2026-01-05'),
  claim('b2', 'ben', 'love', 20_000n, '2026-01-02'),
  claim('c1', 'chloe', 'livelihood', 200_000n, '2026-01-07'),
  claim('c2', 'chloe', 'care', 10_000n, '2026-02-03'),
];

const member = (r: RunResult, id: string) => {
  const m = r.members.find((x) => x.memberId === id);
  if (!m) throw new Error(`no member ${id}`);
  return m;
};
const sumLines = (r: RunResult, id: string) =>
  member(r, id).explanation.reduce((s, l) => s + l.amount, 0n);

describe('runValueEquation: hand-worked example without floors or caps', () => {
  const r = runValueEquation({ income: 1_000_000n, parameters: params, claims });

  it('fills the buckets in order, of the total and of the remainder', () => {
    expect(r.buckets.map((b) => [b.name, b.base, b.amount])).toEqual([
      ['commons reserve', 1_000_000n, 100_000n], // 10% of 10,000.00
      ['running costs', 900_000n, 135_000n], // 15% of the 9,000.00 left
    ]);
    expect(r.netLiquidity).toBe(765_000n);
  });

  it('splits the net liquidity 75/25 into pots', () => {
    expect(r.pots.map((p) => [p.name, p.amount, p.claims, p.paid, p.unspent])).toEqual([
      ['livelihood', 573_750n, 700_000n, 573_750n, 0n],
      ['love+care', 191_250n, 80_000n, 80_000n, 111_250n],
    ]);
  });

  it('shares the livelihood pot pro rata with largest-remainder rounding and the stated tie-break', () => {
    // 573,750 * 3/7 = 245,892.857; * 2/7 = 163,928.571 twice. Two cents left: ana (.857) first,
    // then ben and chloe tie on remainder and claim; ben wins on member id.
    expect(member(r, 'ana').byStream).toEqual({ livelihood: 245_893n, love: 0n, care: 50_000n });
    expect(member(r, 'ben').byStream).toEqual({ livelihood: 163_929n, love: 20_000n, care: 0n });
    expect(member(r, 'chloe').byStream).toEqual({ livelihood: 163_928n, love: 0n, care: 10_000n });
  });

  it('pays the oldest claims first and reports each claim', () => {
    expect(member(r, 'ana').settled).toEqual(['a1', 'a3']);
    expect(member(r, 'ana').partial).toEqual([{ claimId: 'a2', paid: 45_893n }]);
    expect(member(r, 'ana').outstanding).toBe(54_107n);
  });

  it('retains what the love+care claims did not need, so nothing vanishes', () => {
    expect(r.retained).toEqual({ bucket: 'commons reserve', amount: 111_250n });
    expect(100_000n + 135_000n + r.totalPaid + r.retained.amount).toBe(1_000_000n);
  });

  it('explains each payout in lines that add up to it', () => {
    const lines = member(r, 'ana').explanation;
    expect(lines.map((l) => l.text)).toEqual([
      'Pot "livelihood" 5,737.50 shared pro rata to claims: your claims 3,000.00 of 7,000.00 total = 2,458.92',
      'Rounding in pot "livelihood": +0.01 (largest remainder)',
      'Pot "love+care" 1,912.50 covers all 800.00 of claims in it: your claims 500.00 are paid in full',
      'Paid oldest first: claim a1 (2026-01-03, livelihood) 2,000.00, claim a2 (2026-01-10, livelihood) 458.93 of 1,000.00, claim a3 (2026-02-01, care) 500.00',
      'Total paid 2,958.93; still owed after this run 541.07',
    ]);
    for (const id of ['ana', 'ben', 'chloe']) expect(sumLines(r, id)).toBe(member(r, id).payout);
  });
});

describe('runValueEquation: overflow', () => {
  const r = runValueEquation({
    income: 1_000_000n,
    parameters: { ...params, overflow: true },
    claims,
  });

  it('shares unspent pot money over still-unpaid claims before retaining', () => {
    // 111,250 over 54,107 / 36,071 / 36,072 of unpaid livelihood claims (126,250):
    // 47,678.4 / 31,785.3 / 31,786.2; one cent left goes to ana's largest remainder.
    expect(r.overflow).toEqual({ amount: 111_250n, claims: 126_250n, paid: 111_250n, unspent: 0n });
    expect(member(r, 'ana').payout).toBe(295_893n + 47_679n);
    expect(member(r, 'ben').payout).toBe(183_929n + 31_785n);
    expect(member(r, 'chloe').payout).toBe(173_928n + 31_786n);
    expect(r.retained.amount).toBe(0n);
    for (const id of ['ana', 'ben', 'chloe']) expect(sumLines(r, id)).toBe(member(r, id).payout);
  });

  it('gives capped money to members who can still receive it, never to a member at their cap', () => {
    const capped = runValueEquation({
      income: 1_000_000n,
      parameters: { ...params, overflow: true, caps: { members: { ana: 250_000n } } },
      claims,
    });
    // ana: 2,458.93 + 500.00 > 2,500.00: 458.93 is taken back from love+care (the last pot).
    // Overflow 1,112.50 + 458.93 = 1,571.43 covers ben's 360.71 and chloe's 360.72 still unpaid; ana has no room.
    expect(capped.overflow).toEqual({
      amount: 157_143n,
      claims: 72_143n,
      paid: 72_143n,
      unspent: 85_000n,
    });
    expect(capped.members.map((m) => [m.memberId, m.payout, m.outstanding])).toEqual([
      ['ana', 250_000n, 100_000n],
      ['ben', 220_000n, 0n],
      ['chloe', 210_000n, 0n],
    ]);
    expect(capped.retained.amount).toBe(85_000n);
    for (const m of capped.members)
      expect(m.explanation.reduce((t, l) => t + l.amount, 0n)).toBe(m.payout);
  });
});

describe('runValueEquation: floors, caps and smoothing', () => {
  const withProtections: ParameterDocumentInput = {
    ...params,
    floors: { default: 100_000n },
    caps: { members: { ana: 120_000n } },
    smoothing: { periods: 3, onLeave: 8000 },
  };
  const r = runValueEquation({
    income: 1_000_000n,
    parameters: withProtections,
    claims: [...claims, claim('d1', 'dan', 'care', 500_000n, '2025-12-01')],
    members: { dan: { onLeave: true, pastPayouts: [100n, 400_000n, 500_000n, 600_000n] } },
  });

  it('pays floors first, with a smoothing floor for a member on leave', () => {
    // dan: 80% of the average of his last 3 payouts (5,000.00) = 4,000.00.
    expect(r.floors).toEqual({ demanded: 700_000n, paid: 700_000n });
    expect(member(r, 'dan').floor).toBe(400_000n);
    expect(member(r, 'dan').explanation[0]!.text).toBe(
      'Floor: your smoothing floor 4,000.00 (80% of your average payout 5,000.00 over the last 3 periods, as you are on leave); paid before the pots are shared = 4,000.00',
    );
    // 65,000 left for the pots: 48,750 / 16,250.
    expect(r.pots.map((p) => p.amount)).toEqual([48_750n, 16_250n]);
  });

  it('shares the pots over the claims the floors left open', () => {
    // livelihood: ana 2,000 / ben 1,200 / chloe 1,000 open -> 23,214.29 / 13,928.57 / 11,607.14; ben +1
    // love+care: ana 500 / chloe 100 / dan 1,000 open -> 5,078.125 / 1,015.625 / 10,156.25; chloe +1
    expect(member(r, 'ben').payout).toBe(100_000n + 13_929n);
    expect(member(r, 'chloe').payout).toBe(100_000n + 11_607n + 1_016n);
    expect(member(r, 'dan').payout).toBe(400_000n + 10_156n);
    // b2 (love, 2026-01-02) is older than b1, so ben's floor paid it first.
    expect(member(r, 'ben').settled).toEqual(['b2']);
    expect(member(r, 'ben').partial).toEqual([{ claimId: 'b1', paid: 93_929n }]);
  });

  it('caps a member, taking back from the last pot first, and retains the capped money', () => {
    // ana: 1,000 floor + 232.14 + 50.78 = 1,282.92 > cap 1,200: 50.78 back from love+care, 32.92 from livelihood.
    const ana = member(r, 'ana');
    expect(ana.payout).toBe(120_000n);
    expect(ana.byStream).toEqual({ livelihood: 120_000n, love: 0n, care: 0n });
    expect(r.pots.map((p) => [p.paid, p.capped, p.unspent])).toEqual([
      [45_536n, 3_214n, 3_214n],
      [11_172n, 5_078n, 5_078n],
    ]);
    expect(r.retained.amount).toBe(8_292n);
    expect(ana.explanation.filter((l) => l.kind === 'cap').map((l) => l.text)).toEqual([
      'Cap 1,200.00 per period: -32.14 taken back from pot "livelihood" (it stays owed)',
      'Cap 1,200.00 per period: -50.78 taken back from pot "love+care" (it stays owed)',
    ]);
    for (const m of r.members) expect(sumLines(r, m.memberId)).toBe(m.payout);
    expect(100_000n + 135_000n + r.totalPaid + r.retained.amount).toBe(1_000_000n);
  });

  it('shares floors pro rata when they exceed the net liquidity', () => {
    const small = runValueEquation({
      income: 10_000n,
      parameters: { ...params, floors: { default: 5_000n } },
      claims,
    });
    // net 7,650 over three equal floors of 5,000: 2,550 each; pots empty.
    expect(small.floors).toEqual({ demanded: 15_000n, paid: 7_650n });
    expect(small.members.map((m) => m.payout)).toEqual([2_550n, 2_550n, 2_550n]);
    expect(small.pots.map((p) => p.amount)).toEqual([0n, 0n]);
  });
});

describe('runValueEquation: edge cases and errors', () => {
  it('handles zero income and no claims', () => {
    const r = runValueEquation({ income: 0n, parameters: params, claims });
    expect(r.totalPaid).toBe(0n);
    const none = runValueEquation({ income: 1_000n, parameters: params, claims: [] });
    expect(none.members).toEqual([]);
    expect(none.retained.amount).toBe(none.netLiquidity);
  });

  it('rejects invalid parameters and malformed claims with field paths', () => {
    expect(() =>
      runValueEquation({
        income: 1n,
        parameters: {
          ...params,
          streamSplit: [{ streams: ['livelihood', 'love', 'care'], share: 9000 }],
        },
        claims,
      }),
    ).toThrow(ParameterError);
    expect(() => runValueEquation({ income: -1n, parameters: params, claims })).toThrow(
      RunInputError,
    );
    try {
      runValueEquation({
        income: 1n,
        parameters: params,
        claims: [
          claim('x', 'ana', 'care', 0n, '2026-02-29'),
          claim('y', 'ben', 'lust' as 'care', 1n, '2026-01-01'),
        ],
      });
      expect.unreachable();
    } catch (e) {
      expect((e as RunInputError).problems.map((p) => p.path)).toEqual([
        'claims[0].amount',
        'claims[0].earnedDate',
        'claims[1].stream',
      ]);
    }
    // Two claims of one member with the same date and id could be paid in either order.
    expect(() =>
      runValueEquation({
        income: 1n,
        parameters: params,
        claims: [
          claim('x', 'ana', 'care', 5n, '2026-01-01'),
          claim('x', 'ana', 'love', 1n, '2026-01-01'),
        ],
      }),
    ).toThrow(/duplicate claim id "x"/);
  });
});
