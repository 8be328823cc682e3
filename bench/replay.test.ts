import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open-store.js';
import { projectors } from '../src/store/projections/registry.js';
import { dialects, skipping } from '../test/support/stores.js';
import { freshDatabase } from './bench-database.js';
import { buildDashboardDisco } from './dashboard-disco.js';
import { measureReplay, timedProjectors } from './replay.js';

describe('the replay bench', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-replay-bench-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  for (const d of dialects)
    it.skipIf(skipping(d, 'replay bench'))(
      `times a replay that rebuilds what the build projected, each projector, and on PostgreSQL its own backends' CPU (${d.dialect})`,
      async () => {
        const dataDir = mkdtempSync(join(workDir, 'ledger-'));
        const database = d.dialect === 'postgres' ? await freshDatabase('replay_test') : null;
        try {
          const { ctx } = await buildDashboardDisco(dataDir, 2_600, database?.url);
          const live = await ctx.store.dumpProjections();
          await ctx.store.close();
          const application = `disco_replay_test_${process.pid}`;
          const url = database && new URL(database.url);
          url?.searchParams.set('application_name', application);
          const byProjector = new Map<string, number>();
          const timed = timedProjectors(projectors, byProjector);
          const store = await openStore(
            url ? { databaseUrl: url.href, projectors: timed } : { dataDir, projectors: timed },
          );
          try {
            const figures = await measureReplay(store, database ? application : null, byProjector);
            expect(figures.events).toBe((await store.head()).size);
            expect(await store.dumpProjections()).toEqual(live);
            // Every projector with a batch step runs it on every page, so each was timed.
            for (const p of projectors.filter((p) => p.applyBatch))
              expect(figures.projectors.has(p.name), p.name).toBe(true);
            expect(figures.projectors.get('value')).toBeGreaterThan(0);
            expect(figures.replay.ms).toBeGreaterThan(0);
            if (database) {
              // The store's backends did the replay's writes: some CPU, and no more than the wall allows.
              expect(figures.replay.serverCpu).toBeGreaterThan(0);
              expect(figures.replay.serverCpu!).toBeLessThan((figures.replay.ms / 1000) * 8);
            } else expect(figures.replay.serverCpu).toBeNull();
          } finally {
            await store.close();
          }
        } finally {
          await database?.drop();
        }
      },
      120_000,
    );
});
