import { describe, expect, it } from 'vitest';
import { runValueEquation } from '../distribution/value-equation.js';
import type { ParameterDocumentInput } from '../distribution/params.js';
import type { PayableClaim } from '../distribution/types.js';
import { ALL_MESSAGE_CODES, isMessage, MESSAGE_CODES, type MessageParams } from './codes.js';
import { renderEnglish } from './render-en.js';

const params: ParameterDocumentInput = {
  algorithm: 'value-equation@1',
  version: '2026-1',
  effectiveFrom: '2026-01-01',
  buckets: [{ name: 'commons reserve', of: 'total', percent: 1000 }],
  streamSplit: [
    { name: 'livelihood', streams: ['livelihood'], share: 7500 },
    { name: 'love+care', streams: ['love', 'care'], share: 2500 },
  ],
  retainedBucket: 'commons reserve',
  floors: { default: 100_000n },
  caps: { members: { ana: 120_000n } },
  smoothing: { periods: 3, onLeave: 8000 },
  overflow: true,
};
const claim = (
  claimId: string,
  memberId: string,
  stream: PayableClaim['stream'],
  amount: bigint,
  earnedDate: string,
): PayableClaim => ({ claimId, memberId, stream, amount, earnedDate });

const run = runValueEquation({
  income: 1_000_000n,
  parameters: params,
  claims: [
    claim('a1', 'ana', 'livelihood', 200_000n, '2026-01-03'),
    claim('a2', 'ana', 'care', 50_000n, '2026-02-01'),
    claim('b1', 'ben', 'livelihood', 200_000n, '2026-01-05'),
    claim('b2', 'ben', 'love', 20_000n, '2026-01-02'),
    claim('d1', 'dan', 'care', 500_000n, '2025-12-01'),
  ],
  members: { dan: { onLeave: true, pastPayouts: [100n, 400_000n, 500_000n, 600_000n] } },
});

/** Every code and nested code a value carries. */
function codesIn(params: MessageParams): string[] {
  return Object.values(params).flatMap((v) => (isMessage(v) ? [v.code, ...codesIn(v.params)] : []));
}

describe('the message registry', () => {
  it('names in each template exactly the parameters it declares', () => {
    for (const [code, definition] of Object.entries(MESSAGE_CODES)) {
      const used = [...definition.en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([...new Set(used)], code).toEqual([...definition.params].sort());
    }
  });

  it('gives every explanation line a registered code whose parameters it fills', () => {
    const seen = new Set<string>();
    for (const m of run.members)
      for (const line of m.explanation) {
        for (const code of [line.code, ...codesIn(line.params)]) {
          expect(ALL_MESSAGE_CODES, code).toContain(code);
          seen.add(code);
        }
        const declared = MESSAGE_CODES[line.code as keyof typeof MESSAGE_CODES].params;
        expect(Object.keys(line.params).sort(), line.code).toEqual([...declared].sort());
      }
    for (const kind of ['run.floor.full', 'run.pot.shared', 'run.cap', 'run.total'])
      expect(seen).toContain(kind);
    expect(seen).toContain('run.floor-basis.smoothing-leave');
  });
});

describe('renderEnglish', () => {
  const names = new Map([['ana', 'Ana Lima']]);
  const context = { minorDigits: 2, nameOf: (id: string) => names.get(id) };

  it('formats money from minor units and renders nested messages', () => {
    const dan = run.members.find((m) => m.memberId === 'dan')!;
    expect(renderEnglish(dan.explanation[0]!, context)).toBe(
      'Floor: smoothing floor 4,000.00 (80% of the average payout 5,000.00 over the last 3 period(s), while on leave); paid before the pots are shared = 4,000.00',
    );
  });

  it('says "your" on no line, and names claims by count and dates, never by id', () => {
    for (const m of run.members)
      for (const line of m.explanation) {
        const text = renderEnglish(line, context);
        expect(text).not.toMatch(/\byour?\b/i);
        expect(text).not.toMatch(/\b[abd][12]\b/);
      }
    const ben = run.members.find((m) => m.memberId === 'ben')!;
    expect(ben.explanation.map((l) => renderEnglish(l, context))).toContain(
      'Paid oldest first: 2 claims, earned from 2026-01-02 to 2026-01-05',
    );
  });

  it('names members, and falls back to the recorded text for an unknown code', () => {
    expect(renderEnglish({ code: 'unpaid.no-claims', params: {} }, context)).toBe(
      'Nothing paid: no open claims in the period',
    );
    expect(renderEnglish({ code: 'later.code', params: {} }, context, 'old text')).toBe('old text');
  });
});
