import { describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { expectRefused } from '../expect-refused.js';
import { acknowledgeContribution } from '../value/acknowledge-contribution.js';
import { logContribution } from '../value/log-contribution.js';
import { setRate } from '../value/set-value-settings.js';
import { recordLeave } from './record-leave.js';
import { showMemberProfile } from './show-member-profile.js';
import { openTestDisco } from './test-disco.js';

for (const d of dialects) {
  describe.skipIf(skipping(d, 'member profiles'))(`member profiles (${d.dialect})`, () => {
    it('shows a member all of their own and others the public part', async () => {
      const disco = await openTestDisco(d);
      const { ctx, founder } = disco;
      await setRate(ctx, founder, {
        stream: 'care',
        taskKind: 'meeting',
        per: 'hour',
        amount: '1500',
        effectiveFrom: '2025-01-01',
      });
      const ana = await disco.add({
        displayName: 'Ana',
        constituencyIds: ['worker-members'],
        level: { level: 'committed' },
      });
      const cy = await disco.add({
        displayName: 'Cy',
        constituencyIds: ['worker-members'],
        level: { level: 'dating', stage: 2, timeline: 'agile', startDate: '2025-12-01' },
      });
      // Today is 2026-01-05: one care hour counted this month, one waiting, one last quarter.
      const counted = await logContribution(ctx, ana, {
        stream: 'care',
        quantity: '2',
        taskKind: 'meeting',
        circle: 'care',
        date: '2026-01-02',
      });
      await acknowledgeContribution(ctx, cy, { contributionId: counted.contributionId });
      await logContribution(ctx, ana, {
        stream: 'care',
        quantity: '1.5',
        taskKind: 'meeting',
        circle: 'care',
        date: '2026-01-03',
      });
      await logContribution(ctx, ana, {
        stream: 'care',
        quantity: '1',
        taskKind: 'meeting',
        circle: 'care',
        date: '2025-12-20',
      });
      await recordLeave(ctx, ana, { memberId: ana.memberId, from: '2026-03-01', reason: 'rest' });

      const own = await showMemberProfile(ctx, ana, { memberId: ana.memberId });
      expect(own.self).toBe(true);
      expect(own.today).toBe('2026-01-05');
      expect(own.member.displayName).toBe('Ana');
      expect(own.credits.month).toEqual({
        period: '2026-01',
        start: '2026-01-01',
        end: '2026-01-31',
        streams: [{ stream: 'care', counted: '3000', waiting: '2250', hoursMilli: 3500 }],
      });
      expect(own.credits.quarter.start).toBe('2026-01-01');
      expect(own.credits.quarter.streams).toEqual(own.credits.month.streams);
      expect(own.balances).toEqual([
        expect.objectContaining({ memberId: ana.memberId, stream: 'care', payable: '3000' }),
      ]);
      expect(own.nextMilestone).toBeNull();
      expect(own.private?.leaves.map((l) => [l.from, l.reason])).toEqual([['2026-03-01', 'rest']]);
      expect(own.private?.payouts).toEqual([]);
      expect(own.private?.delegations).toEqual({ given: [], received: [] });

      const seenByCy = await showMemberProfile(ctx, cy, { memberId: ana.memberId });
      expect(seenByCy.self).toBe(false);
      expect(seenByCy.private).toBeNull();
      expect(seenByCy.credits).toEqual(own.credits);

      const cyOwn = await showMemberProfile(ctx, cy, { memberId: cy.memberId });
      expect(cyOwn.nextMilestone).toEqual({ kind: 'stage', stage: 3 });

      await expectRefused(ctx, () => showMemberProfile(ctx, null, { memberId: ana.memberId }), 401);
      await expectRefused(ctx, () => showMemberProfile(ctx, ana, { memberId: 'nobody' }), 400);
    });
  });
}
