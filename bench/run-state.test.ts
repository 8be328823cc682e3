import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isChunked } from '../src/core/finance/run-state.js';
import { dialects, skipping } from '../test/support/stores.js';
import { freshDatabase } from './bench-database.js';
import { buildDashboardDisco } from './dashboard-disco.js';
import { closeTwoMonths, type TwoCloses } from './run-state.js';

/**
 * The age bench (`BENCH_RUN_STATE_AGE=1`) in small: the same DisCO, every month alike, once three
 * and a half months old and once six and a half, closing the same June. Today is fixed so that
 * each DisCO's first month is whole, and what June's payments reach lies in it at either age.
 */
const TODAY = new Date('2026-07-15T12:00:00Z');
const EVENTS_A_DAY = 80;
/** From 1 April and from 1 January to 15 July. */
const DAYS = [105, 195];

describe('the close from the state, as the bench DisCO ages', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-age-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  for (const d of dialects)
    it.skipIf(skipping(d, 'age bench'))(
      `folds and reads what the month needs, the same at either age; only the chunks it names grow (${d.dialect})`,
      async () => {
        const closes: TwoCloses[] = [];
        for (const days of DAYS) {
          const database = d.dialect === 'postgres' ? await freshDatabase('age_test') : null;
          const { ctx, setup } = await buildDashboardDisco(
            mkdtempSync(join(workDir, 'ledger-')),
            days * EVENTS_A_DAY,
            database?.url,
            { eventsADay: EVENTS_A_DAY, clock: () => TODAY },
          );
          try {
            expect(setup.from).toBe(days === 105 ? '2026-04-01' : '2026-01-01');
            closes.push(await closeTwoMonths(ctx, setup.founderId, { repeats: 1 }));
          } finally {
            await ctx.store.close();
            await database?.drop();
          }
        }
        const [young, old] = closes.map((c) => ({
          period: c.state.period,
          replayed: c.state.replay.length,
          chunksRead: c.chunksRead,
          chunksNamed: isChunked(c.state) ? c.state.carried.flatMap((g) => g.chunks).length : 0,
        }));
        expect(young!.period).toBe('2026-06');
        expect(young!.chunksRead.all).toBeGreaterThan(0);
        // What grows with age is only what the state names: a chunk per member, stream and month.
        expect(old!.chunksNamed).toBeGreaterThan(young!.chunksNamed);
        expect({ ...old!, chunksNamed: 0, chunksRead: { ...old!.chunksRead, named: 0 } }).toEqual({
          ...young!,
          chunksNamed: 0,
          chunksRead: { ...young!.chunksRead, named: 0 },
        });
      },
      240_000,
    );
});
