import fc from 'fast-check';
import { renderEnglish } from '../messages/render-en.js';
import type { Message } from '../messages/codes.js';
import { describe, expect, it } from 'vitest';
import type { ParameterDocumentInput } from '../distribution/index.js';
import type { Leave } from '../members/leaves.js';
import { addDays } from '../value/calendar.js';
import { VALUE_EVENT } from '../value/events.js';
import { foldValueEvents, type ValueEventInput, type ValueState } from '../value/state.js';
import { acknowledged, baseRates, draft, logged } from '../value/test-support.js';
import { computePeriodRun } from './run-record.js';
import {
  EMPTY_FINANCE_STATE,
  type FinanceState,
  type IncomeRecord,
  type RunRecord,
} from './state.js';

const MEMBERS = ['ana', 'bo', 'cy'] as const;
type Member = (typeof MEMBERS)[number];

type Smoothing = NonNullable<ParameterDocumentInput['smoothing']>;

const parameters = (smoothing: Smoothing | undefined): ParameterDocumentInput => ({
  algorithm: 'value-equation@1',
  version: 'test',
  effectiveFrom: '2024-01-01',
  buckets: [{ name: 'commons', of: 'total', percent: 1000 }],
  streamSplit: [
    { name: 'livelihood', streams: ['livelihood'], share: 7500 },
    { name: 'love+care', streams: ['love', 'care'], share: 2500 },
  ],
  retainedBucket: 'commons',
  ...(smoothing ? { smoothing } : {}),
});

/** A run of February that paid each named member this much, as love credits, so that no later livelihood or care claim counts as paid by it. */
function februaryRun(paid: Partial<Record<Member, bigint>>): RunRecord {
  const members = Object.entries(paid).map(([memberId, payout]) => ({
    memberId,
    payout: payout.toString(),
    byStream: { livelihood: '0', love: payout.toString(), care: '0' },
  }));
  return {
    id: 'run-feb',
    period: '2024-02',
    seq: 1,
    ledgerSeq: 1,
    parametersVersion: 1,
    currency: 'EUR',
    outputs: { members },
  } as unknown as RunRecord;
}

const income = (amount: bigint, date = '2024-03-15'): IncomeRecord => ({
  id: `i-${date}`,
  source: 'client',
  amount,
  fee: 0n,
  currency: 'EUR',
  date,
  projectId: null,
  payer: null,
  description: '',
  original: null,
  seq: 1,
});

/** Counted work: [member, stream, hours, date]; care in 'visit' units for the unit test. */
function work(
  items: readonly (readonly [Member, 'livelihood' | 'care', string, string])[],
  extra: ValueEventInput[] = [],
): ValueState {
  let value = foldValueEvents([
    ...baseRates,
    {
      type: VALUE_EVENT.rateSet,
      schema: 1,
      actor: 'steward',
      payload: {
        stream: 'care',
        taskKind: 'visit',
        per: 'visit',
        amount: '500',
        effectiveFrom: '2020-01-01',
      },
    },
    ...extra,
  ]);
  items.forEach(([member, stream, hours, date], k) => {
    value = foldValueEvents(
      [
        logged(value, `w${k}`, draft({ member, stream, quantity: hours, date })),
        acknowledged(`w${k}`, 'someone-else'),
      ],
      value,
    );
  });
  return value;
}

const leave = (memberId: string, from: string, to: string | null, n = 1): Leave => ({
  leaveId: `leave-${n}`,
  memberId,
  from,
  to,
  reason: null,
  ended: false,
});

function run(
  value: ValueState,
  finance: FinanceState,
  leaves: Leave[],
  smoothing: Smoothing | undefined,
) {
  return computePeriodRun(value, finance, {
    period: '2024-03',
    ledgerSeq: 9,
    currency: 'EUR',
    datingEnds: [],
    leaves,
    parameters: parameters(smoothing),
  });
}

const floorLine = (r: ReturnType<typeof run>, memberId: string) =>
  r.outputs.members
    .find((m) => m.memberId === memberId)
    ?.explanation.find((l) => l.kind === 'floor');

describe('smoothing in a month run', () => {
  const value = work([
    ['ana', 'livelihood', '10', '2024-03-04'],
    ['bo', 'livelihood', '10', '2024-03-05'],
  ]);
  const finance: FinanceState = {
    ...EMPTY_FINANCE_STATE,
    runs: [februaryRun({ ana: 60_000n, bo: 60_000n })],
    income: [income(20_000n)],
  };

  it('gives a member on leave in the month the smoothing floor, and says which leave', () => {
    const r = run(value, finance, [leave('ana', '2024-03-20', '2024-04-10')], {
      periods: 3,
      onLeave: 5000,
    });
    // 50% of Ana's average payout 600.00 = 300.00, but only 180.00 is left after the commons bucket.
    expect(floorLine(r, 'ana')).toMatchObject({
      kind: 'floor',
      amount: '18000',
      text: expect.stringContaining('as you are on leave from 2024-03-20 to 2024-04-10)'),
    });
    expect(renderEnglish(floorLine(r, 'ana') as Message)).toContain(
      'while on leave from 2024-03-20 to 2024-04-10) = 300.00',
    );
    expect(floorLine(r, 'bo')).toBeUndefined();
    expect(r.outputs.floors).toEqual({ demanded: '30000', paid: '18000' });
  });

  it('says so for an open-ended leave, and ignores leaves outside the run', () => {
    const r = run(
      value,
      finance,
      [leave('ana', '2024-01-01', '2024-02-29'), leave('bo', '2024-03-31', null, 2)],
      { periods: 3, onLeave: 1000 },
    );
    expect(floorLine(r, 'ana')).toBeUndefined();
    expect(floorLine(r, 'bo')?.text).toContain(
      'as you are on leave from 2024-03-31 (no end date yet))',
    );
  });

  it('gives heavy care from the threshold of counted care hours in the run on, in hours only', () => {
    const care = (hours: string) =>
      work([
        ['ana', 'livelihood', '10', '2024-03-04'],
        ['ana', 'care', hours, '2024-03-10'],
        // Last month's care is outside the run (February closed), whatever its amount.
        ['bo', 'care', '30', '2024-02-10'],
        ['bo', 'livelihood', '10', '2024-03-05'],
      ]);
    const smoothing = { periods: 2, heavyCare: 2500, heavyCareHours: '12.5' };
    expect(floorLine(run(care('12.5'), finance, [], smoothing), 'ana')?.text).toContain(
      'as you are carrying heavy care work: 12.5 hours of care logged, threshold 12.5)',
    );
    expect(floorLine(run(care('12.499'), finance, [], smoothing), 'ana')).toBeUndefined();
    expect(floorLine(run(care('20'), finance, [], smoothing), 'bo')).toBeUndefined();
    // Without the threshold in the document, heavy care never triggers.
    expect(
      floorLine(run(care('100'), finance, [], { periods: 2, heavyCare: 2500 }), 'ana'),
    ).toBeUndefined();

    const visits = foldValueEvents(
      [
        logged(care('1'), 'v1', {
          ...draft({ member: 'ana', stream: 'care', date: '2024-03-11', taskKind: 'visit' }),
          quantity: { milli: 50_000n, unit: 'visit' },
        }),
        acknowledged('v1', 'bo'),
      ],
      care('1'),
    );
    expect(floorLine(run(visits, finance, [], smoothing), 'ana')).toBeUndefined();
  });

  it('gives no smoothing floor to a member without payout history', () => {
    const r = run(
      value,
      { ...finance, runs: [februaryRun({ bo: 60_000n })] },
      [leave('ana', '2024-03-01', null)],
      { periods: 3, onLeave: 10000 },
    );
    expect(floorLine(r, 'ana')).toBeUndefined();
    expect(r.outputs.floors.demanded).toBe('0');
  });

  it('with both reasons, uses the larger percentage and names that reason', () => {
    const both = work([
      ['ana', 'livelihood', '10', '2024-03-04'],
      ['ana', 'care', '20', '2024-03-10'],
    ]);
    const r = run(both, finance, [leave('ana', '2024-03-20', null)], {
      periods: 1,
      onLeave: 1000,
      heavyCare: 2000,
      heavyCareHours: 15,
    });
    expect(floorLine(r, 'ana')?.text).toContain(
      '20% of your average payout 600.00 over the last 1 period, as you are carrying heavy care work: 20 hours',
    );
  });
});

describe('smoothing, over random months', () => {
  const worldArb = fc.record({
    work: fc.array(
      fc.tuple(
        fc.constantFrom(...MEMBERS),
        fc.constantFrom('livelihood' as const, 'care' as const),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 90 }),
      ),
      { minLength: 1, maxLength: 10 },
    ),
    history: fc.record({
      ana: fc.option(fc.bigInt({ min: 100n, max: 200_000n })),
      bo: fc.option(fc.bigInt({ min: 100n, max: 200_000n })),
      cy: fc.option(fc.bigInt({ min: 100n, max: 200_000n })),
    }),
    leaves: fc.array(
      fc.tuple(
        fc.constantFrom(...MEMBERS),
        fc.integer({ min: 0, max: 120 }),
        fc.option(fc.integer({ min: 0, max: 40 })),
      ),
      { maxLength: 4 },
    ),
    income: fc.bigInt({ min: 0n, max: 300_000n }),
    onLeave: fc.integer({ min: 0, max: 10000 }),
    heavyCare: fc.integer({ min: 0, max: 10000 }),
    threshold: fc.option(fc.integer({ min: 1, max: 30 })),
  });

  it('floors exactly the members with history who are on leave or carry heavy care, explains them, and does not depend on order', () => {
    const seen = { leave: 0, care: 0 };
    fc.assert(
      fc.property(worldArb, (w) => {
        const value = work(
          w.work.map(([m, s, h, d]) => [m, s, String(h), addDays('2024-01-01', d)] as const),
        );
        const history = Object.fromEntries(
          Object.entries(w.history).filter(([, p]) => p !== null),
        ) as Partial<Record<Member, bigint>>;
        // Only the first leave of each member: the ledger refuses overlapping ones.
        const onLeaveAlready = new Set<string>();
        const leaves = w.leaves
          .filter(([m]) => !onLeaveAlready.has(m) && onLeaveAlready.add(m))
          .map(([m, day, length], n) =>
            leave(
              m,
              addDays('2024-01-01', day),
              length === null ? null : addDays('2024-01-01', day + length),
              n,
            ),
          );
        const finance: FinanceState = {
          ...EMPTY_FINANCE_STATE,
          runs: [februaryRun(history)],
          income: [income(w.income)],
        };
        const smoothing = {
          periods: 3,
          onLeave: w.onLeave,
          heavyCare: w.heavyCare,
          ...(w.threshold === null ? {} : { heavyCareHours: w.threshold }),
        };
        const r = run(value, finance, leaves, smoothing);

        const careHours = (m: string) =>
          w.work
            .filter(
              ([who, s, , d]) =>
                who === m &&
                s === 'care' &&
                addDays('2024-01-01', d) > '2024-02-29' &&
                addDays('2024-01-01', d) <= '2024-03-31',
            )
            .reduce((a, [, , h]) => a + h, 0);
        for (const m of r.outputs.members) {
          const lines = m.explanation;
          expect(lines.reduce((sum, l) => sum + BigInt(l.amount), 0n)).toBe(BigInt(m.payout));
          const onLeave = leaves.some(
            (l) =>
              l.memberId === m.memberId &&
              l.from <= '2024-03-31' &&
              (l.to === null || l.to > '2024-02-29'),
          );
          const heavy = w.threshold !== null && careHours(m.memberId) >= w.threshold;
          const percent = Math.max(onLeave ? w.onLeave : 0, heavy ? w.heavyCare : 0);
          const past = history[m.memberId as Member];
          const smoothed = past !== undefined && (past * BigInt(percent)) / 10000n > 0n;
          expect(
            lines.some((l) => l.kind === 'floor' && l.text.includes('smoothing floor')),
            `${m.memberId}: ${JSON.stringify(lines)}`,
          ).toBe(smoothed);
          if (!smoothed) continue;
          const byCare = heavy && w.heavyCare > (onLeave ? w.onLeave : -1);
          expect(lines.find((l) => l.kind === 'floor')!.text).toMatch(
            byCare
              ? /heavy care work: \d+ hours of care logged, threshold \d+/
              : /on leave from 2024-/,
          );
          seen[byCare ? 'care' : 'leave'] += 1;
        }

        const shuffled = { ...value, contributions: new Map([...value.contributions].reverse()) };
        expect(run(shuffled, finance, [...leaves].reverse(), smoothing)).toEqual(r);
      }),
      { numRuns: 150 },
    );
    // The walk must reach both reasons, or it would prove little.
    expect(seen.leave).toBeGreaterThan(0);
    expect(seen.care).toBeGreaterThan(0);
  });
});
