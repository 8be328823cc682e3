import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyStoredLedger } from '../src/app/ledger/verify-stored-ledger.js';
import { VALUE_EVENT } from '../src/core/value/index.js';
import { buildDashboardDisco } from './dashboard-disco.js';

describe('the bulk-built benchmark ledger', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bulk-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('verifies like an appended one, checkpoints included, and its projections are what a replay builds', async () => {
    const { ctx, setup } = await buildDashboardDisco(mkdtempSync(join(workDir, 'ledger-')), 2_600);
    try {
      const report = await verifyStoredLedger(ctx);
      expect({ ok: report.ok, size: report.size, fault: report.fault ?? null }).toEqual({
        ok: true,
        size: 2_600,
        fault: null,
      });
      expect((await ctx.store.checkpoints(0, 10)).map((c) => c.treeSize)).toEqual([1_000, 2_000]);

      const contributions = await ctx.store.db
        .selectFrom('value_contributions')
        .select(['status'])
        .execute();
      const logged = await ctx.store.db
        .selectFrom('events')
        .select('seq')
        .where('type', '=', VALUE_EVENT.contributionLogged)
        .execute();
      const acknowledged = await ctx.store.db
        .selectFrom('events')
        .select('seq')
        .where('type', '=', VALUE_EVENT.contributionValidated)
        .execute();
      expect(contributions.length).toBe(logged.length);
      expect(contributions.filter((c) => c.status === 'counted').length).toBe(acknowledged.length);
      expect(logged.length + acknowledged.length).toBe(2_600 - setup.setupEvents);

      const live = await ctx.store.dumpProjections();
      await ctx.store.replay();
      expect(await ctx.store.dumpProjections()).toEqual(live);
    } finally {
      await ctx.store.close();
    }
  }, 120_000);
});
