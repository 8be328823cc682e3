import { describe, expect, it } from 'vitest';
import { listRuns } from '../distribution/list-runs.js';
import { listIncome } from '../distribution/list-income.js';
import { previewDistribution } from '../distribution/preview-distribution.js';
import { showBooks } from '../distribution/show-books.js';
import { showCatParameters } from '../distribution/show-cat-parameters.js';
import { openFinanceDisco } from '../distribution/test-finance.js';
import { listLeaves } from '../members/list-leaves.js';
import { memberBalances } from '../value/member-balances.js';
import { seedDemoFinance } from './seed-demo-finance.js';

describe('seedDemoFinance', () => {
  it('sets the parameters, records a quarter of money, closes last month and leaves this month open', async () => {
    const f = await openFinanceDisco();
    const { ctx, founder, ana, bo } = f;
    await f.counted(ana, bo, { stream: 'livelihood', hours: '8', date: '2025-11-20' });
    await f.counted(bo, ana, { stream: 'love', hours: '12', date: '2025-12-02' });
    await f.counted(bo, ana, { stream: 'care', hours: '6', date: '2025-12-15' });
    await f.counted(ana, bo, { stream: 'livelihood', hours: '2', date: '2026-01-02' });
    await f.counted(bo, ana, { stream: 'livelihood', hours: '2', date: '2026-01-02' });
    await seedDemoFinance(ctx, founder, { clientProjectIds: [f.projectId], today: '2026-01-05' });

    expect((await showCatParameters(ctx, ana)).current).toMatchObject({
      version: 1,
      effectiveFrom: '2025-11-01',
      decidedBy: { kind: 'founder' },
    });
    expect((await listIncome(ctx, ana, {})).items.map((i) => i.date.slice(0, 7))).toEqual([
      '2025-11',
      '2025-11',
      '2025-12',
      '2025-12',
      '2025-12',
      '2026-01',
    ]);
    const runs = (await listRuns(ctx, ana)).items;
    expect(runs).toMatchObject([
      { period: '2025-12', income: String(240000 - 350 + 15000 + 180000 - 250 + 100000 + 5000) },
    ]);
    expect(BigInt(runs[0]!.paid)).toBeGreaterThan(0n);
    expect((await memberBalances(ctx, ana, {})).items.some((b) => b.paid !== '0')).toBe(true);
    const preview = await previewDistribution(ctx, ana, { period: '2026-01' });
    expect(preview).toMatchObject({ closed: false, totals: { income: '119800' } });
    // A member paid in December is on leave from today: this month's preview smooths their pay.
    const leaves = await listLeaves(ctx, ana, {});
    expect(leaves).toMatchObject([{ from: '2026-01-05', to: '2026-02-15', reason: 'sabbatical' }]);
    expect([ana.memberId, bo.memberId]).toContain(leaves[0]!.memberId);
    expect(
      preview.members
        .find((m) => m.memberId === leaves[0]!.memberId)
        ?.explanation.find((l) => l.kind === 'floor')?.text,
    ).toMatch(/as you are on leave from 2026-01-05 to 2026-02-15\)/);
    expect((await showBooks(ctx, ana, {})).trialBalance).toBe('0');
    expect((await showBooks(ctx, ana, { period: '2026-01' })).closed).toBe(false);
  });
});
