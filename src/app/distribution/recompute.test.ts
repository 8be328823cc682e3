import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePeriodRun } from '../../core/finance/run-record.js';
import { exportLedger } from '../export-ledger.js';
import { memberBalances } from '../value/member-balances.js';
import { commitDistribution } from './commit-distribution.js';
import { readLedgerFacts } from './ledger-facts.js';
import { recordIncome } from './record-income.js';
import { setFirstCatParameters } from './set-cat-parameters.js';
import { openFinanceDisco, sampleParameters } from './test-finance.js';
import { verifyRunFromExport } from './verify-run.js';

const STREAMS = ['livelihood', 'love', 'care'] as const;

const scenarioArb = fc.record({
  work: fc.array(fc.record({ byAna: fc.boolean(), stream: fc.constantFrom(...STREAMS), hours: fc.integer({ min: 1, max: 8 }), december: fc.boolean() }), { minLength: 1, maxLength: 6 }),
  income: fc.array(fc.record({ source: fc.constantFrom('client' as const, 'grant' as const, 'donation' as const), amount: fc.integer({ min: 1, max: 400_000 }), fee: fc.integer({ min: 0, max: 500 }), december: fc.boolean() }), { minLength: 1, maxLength: 4 }),
  commons: fc.integer({ min: 0, max: 5000 }),
  costs: fc.integer({ min: 0, max: 5000 }),
  livelihood: fc.integer({ min: 0, max: 10000 }),
  overflow: fc.boolean(),
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
          }),
        );
        let day = 0;
        for (const w of s.work) {
          const date = `2025-${w.december ? '12' : '11'}-${String(++day).padStart(2, '0')}`;
          await f.counted(w.byAna ? ana : bo, w.byAna ? bo : ana, { stream: w.stream, hours: String(w.hours), date });
        }
        for (const i of s.income) {
          await recordIncome(ctx, founder, { source: i.source, amount: String(i.amount + i.fee), fee: String(i.fee), currency: 'EUR', date: `2025-${i.december ? '12' : '11'}-15`, description: 'Money' });
        }
        const runs = [await commitDistribution(ctx, founder, { period: '2025-11' }), await commitDistribution(ctx, founder, { period: '2025-12' })];

        for (const run of runs) {
          for (const m of run.members) {
            expect(BigInt(m.amount)).toBeGreaterThanOrEqual(0n);
            expect(BigInt(m.outstanding)).toBeGreaterThanOrEqual(0n);
          }
          expect(BigInt(run.totals.retained)).toBeGreaterThanOrEqual(0n);
        }
        for (const b of (await memberBalances(ctx, ana, {})).items) expect(BigInt(b.payable)).toBeGreaterThanOrEqual(0n);

        // Determinism: the same ledger read in another row order gives the same run.
        const facts = await readLedgerFacts(ctx, runs[1]!.ledgerSeq);
        const shuffled = {
          value: { ...facts.value, contributions: new Map([...facts.value.contributions].reverse()) },
          finance: { ...facts.finance, income: [...facts.finance.income].reverse() },
          datingEnds: [...facts.datingEnds].reverse(),
          leaves: [...facts.leaves].reverse(),
        };
        const again = computePeriodRun(shuffled.value, shuffled.finance, { period: '2025-12', ledgerSeq: runs[1]!.ledgerSeq, currency: 'EUR', datingEnds: shuffled.datingEnds, leaves: shuffled.leaves });
        expect(again.outputs.members.map((m) => m.payout)).toEqual(runs[1]!.members.map((m) => m.amount));

        const path = join(mkdtempSync(join(tmpdir(), 'disco-recompute-')), 'ledger.ndjson');
        const out = createWriteStream(path);
        await exportLedger(ctx, out);
        out.end();
        await finished(out);
        for (const run of runs) expect(await verifyRunFromExport(path, run.id!)).toMatchObject({ confirmed: true, differences: [] });
      }),
      { numRuns: 8 },
    );
  });
});
