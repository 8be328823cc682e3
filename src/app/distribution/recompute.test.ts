import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/temp-dir.js';
import { computePeriodRun } from '../../core/finance/run-record.js';
import { addDays } from '../../core/value/calendar.js';
import { endLeave } from '../members/end-leave.js';
import { recordLeave } from '../members/record-leave.js';
import { exportLedger } from '../ledger/export-ledger.js';
import { memberBalances } from '../value/member-balances.js';
import { commitDistribution } from './commit-distribution.js';
import { readLedgerFacts } from './ledger-facts.js';
import { recordIncome } from './record-income.js';
import { setFirstCatParameters } from './set-cat-parameters.js';
import { openFinanceDisco, sampleParameters } from './test-finance.js';
import { verifyRunFromExport } from './verify-run.js';

const STREAMS = ['livelihood', 'love', 'care'] as const;

const scenarioArb = fc.record({
  work: fc.array(
    fc.record({
      byAna: fc.boolean(),
      stream: fc.constantFrom(...STREAMS),
      hours: fc.integer({ min: 1, max: 8 }),
      december: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  income: fc.array(
    fc.record({
      source: fc.constantFrom('client' as const, 'grant' as const, 'donation' as const),
      amount: fc.integer({ min: 1, max: 400_000 }),
      fee: fc.integer({ min: 0, max: 500 }),
      december: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  commons: fc.integer({ min: 0, max: 5000 }),
  costs: fc.integer({ min: 0, max: 5000 }),
  livelihood: fc.integer({ min: 0, max: 10000 }),
  overflow: fc.boolean(),
  smoothing: fc.option(
    fc.record({
      onLeave: fc.integer({ min: 0, max: 10000 }),
      heavyCare: fc.integer({ min: 0, max: 10000 }),
      heavyCareHours: fc.option(fc.integer({ min: 1, max: 10 })),
    }),
  ),
  /** Leaves of Ana and Bo: first day in November or December, length in days or open-ended. */
  leaves: fc.record({
    ana: fc.option(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.option(fc.nat(30)))),
    bo: fc.option(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.option(fc.nat(30)))),
  }),
});

describe('re-computation of random runs from an export', () => {
  it('confirms every committed run, which pays nobody beyond their claims and does not depend on row order', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const f = await openFinanceDisco();
        const { ctx, founder, ana, bo } = f;
        await setFirstCatParameters(
          ctx,
          founder,
          sampleParameters({
            buckets: [
              { name: 'commons', of: 'total', percent: s.commons },
              { name: 'running costs', of: 'remainder', percent: s.costs },
            ],
            streamSplit: [
              { name: 'livelihood', streams: ['livelihood'], share: s.livelihood },
              { name: 'love+care', streams: ['love', 'care'], share: 10000 - s.livelihood },
            ],
            overflow: s.overflow,
            ...(s.smoothing
              ? {
                  smoothing: {
                    periods: 2,
                    onLeave: s.smoothing.onLeave,
                    heavyCare: s.smoothing.heavyCare,
                    ...(s.smoothing.heavyCareHours === null
                      ? {}
                      : { heavyCareHours: s.smoothing.heavyCareHours }),
                  },
                }
              : {}),
          }),
        );
        for (const [who, leave] of [
          [ana, s.leaves.ana],
          [bo, s.leaves.bo],
        ] as const) {
          if (leave === null) continue;
          const from = addDays('2025-11-01', leave[0]);
          await recordLeave(ctx, who, {
            memberId: who.memberId,
            from,
            ...(leave[1] === null ? {} : { to: addDays(from, leave[1]) }),
          });
        }
        let day = 0;
        for (const w of s.work) {
          const date = `2025-${w.december ? '12' : '11'}-${String(++day).padStart(2, '0')}`;
          await f.counted(w.byAna ? ana : bo, w.byAna ? bo : ana, {
            stream: w.stream,
            hours: String(w.hours),
            date,
          });
        }
        for (const i of s.income) {
          await recordIncome(ctx, founder, {
            source: i.source,
            amount: String(i.amount + i.fee),
            fee: String(i.fee),
            currency: 'EUR',
            date: `2025-${i.december ? '12' : '11'}-15`,
            description: 'Money',
          });
        }
        const runs = [
          await commitDistribution(ctx, founder, { period: '2025-11' }),
          await commitDistribution(ctx, founder, { period: '2025-12' }),
        ];

        for (const run of runs) {
          for (const m of run.members) {
            expect(BigInt(m.amount)).toBeGreaterThanOrEqual(0n);
            expect(BigInt(m.outstanding)).toBeGreaterThanOrEqual(0n);
          }
          expect(BigInt(run.totals.retained)).toBeGreaterThanOrEqual(0n);
        }
        for (const b of (await memberBalances(ctx, ana, {})).items)
          expect(BigInt(b.payable)).toBeGreaterThanOrEqual(0n);

        // Determinism: the same ledger read in another row order gives the same run.
        const facts = await readLedgerFacts(ctx, runs[1]!.ledgerSeq);
        const shuffled = {
          value: {
            ...facts.value,
            contributions: new Map([...facts.value.contributions].reverse()),
          },
          finance: { ...facts.finance, income: [...facts.finance.income].reverse() },
          datingEnds: [...facts.datingEnds].reverse(),
          leaves: [...facts.leaves].reverse(),
        };
        const again = computePeriodRun(shuffled.value, shuffled.finance, {
          period: '2025-12',
          ledgerSeq: runs[1]!.ledgerSeq,
          currency: 'EUR',
          datingEnds: shuffled.datingEnds,
          leaves: shuffled.leaves,
        });
        expect(again.outputs.members.map((m) => m.payout)).toEqual(
          runs[1]!.members.map((m) => m.amount),
        );

        const path = join(tempDir('disco-recompute-'), 'ledger.ndjson');
        const out = createWriteStream(path);
        await exportLedger(ctx, out);
        out.end();
        await finished(out);
        for (const run of runs)
          expect(await verifyRunFromExport(path, run.id!)).toMatchObject({
            confirmed: true,
            differences: [],
          });
      }),
      { numRuns: 8 },
    );
  });

  it('smooths the pay of a member on leave and of one carrying heavy care, and an export confirms it, whatever is recorded after the run', async () => {
    const f = await openFinanceDisco();
    const { ctx, founder, ana, bo } = f;
    await setFirstCatParameters(
      ctx,
      founder,
      sampleParameters({
        smoothing: { periods: 3, onLeave: 5000, heavyCare: 2500, heavyCareHours: 8 },
      }),
    );
    await f.counted(ana, bo, { stream: 'livelihood', hours: '10', date: '2025-11-03' });
    await f.counted(bo, ana, { stream: 'livelihood', hours: '10', date: '2025-11-04' });
    await recordIncome(ctx, founder, {
      source: 'client',
      amount: '80000',
      fee: '0',
      currency: 'EUR',
      date: '2025-11-20',
      description: 'November',
    });
    const november = await commitDistribution(ctx, founder, { period: '2025-11' });
    expect(
      november.members.flatMap((m) => m.explanation).filter((l) => l.kind === 'floor'),
    ).toEqual([]);

    // December: both work again, Ana is on leave from mid-month, Bo logs 8 hours of care.
    await f.counted(ana, bo, { stream: 'livelihood', hours: '10', date: '2025-12-01' });
    await f.counted(bo, ana, { stream: 'livelihood', hours: '10', date: '2025-12-02' });
    await f.counted(bo, ana, { stream: 'care', hours: '8', date: '2025-12-03' });
    const { leaveId } = await recordLeave(ctx, ana, {
      memberId: ana.memberId,
      from: '2025-12-15',
      reason: 'parental leave',
    });
    await recordIncome(ctx, founder, {
      source: 'client',
      amount: '30000',
      fee: '0',
      currency: 'EUR',
      date: '2025-12-20',
      description: 'December',
    });
    const december = await commitDistribution(ctx, founder, { period: '2025-12' });
    const floor = (memberId: string) =>
      december.members
        .find((m) => m.memberId === memberId)!
        .explanation.find((l) => l.kind === 'floor');
    expect(floor(ana.memberId)?.text).toMatch(
      /50% of your average payout .* as you are on leave from 2025-12-15 \(no end date yet\)\)/,
    );
    expect(floor(bo.memberId)?.text).toMatch(
      /25% of your average payout .* as you are carrying heavy care work: 8 hours of care logged, threshold 8\)/,
    );
    for (const m of december.members)
      expect(m.explanation.reduce((sum, l) => sum + BigInt(l.amount), 0n)).toBe(BigInt(m.amount));

    // Leaves recorded after the run would change December (Bo's floor would become the larger
    // leave one), but the run is recomputed from the ledger as it read it.
    await endLeave(ctx, founder, { leaveId, lastDay: '2025-12-20' });
    await recordLeave(ctx, founder, {
      memberId: bo.memberId,
      from: '2025-12-01',
      to: '2025-12-31',
    });
    const path = join(tempDir('disco-recompute-'), 'ledger.ndjson');
    const out = createWriteStream(path);
    await exportLedger(ctx, out);
    out.end();
    await finished(out);
    for (const run of [november, december])
      expect(await verifyRunFromExport(path, run.id!)).toMatchObject({
        confirmed: true,
        differences: [],
      });
  });
});
