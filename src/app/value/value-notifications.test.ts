import { describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { listNotifications } from '../governance/list-notifications.js';
import { markNotificationsRead } from '../governance/mark-notifications-read.js';
import { recordMilestone } from '../members/record-milestone.js';
import { openTestDisco } from '../members/test-disco.js';
import { acknowledgeContribution, disputeContribution } from './acknowledge-contribution.js';
import { logContribution } from './log-contribution.js';
import { setRate } from './set-value-settings.js';

for (const d of dialects) {
  describe.skipIf(skipping(d, 'value notifications'))(`value notifications (${d.dialect})`, () => {
    it('asks worker-members to validate, tells members of disputes and milestones', async () => {
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
      const bo = await disco.add({
        displayName: 'Bo',
        constituencyIds: ['worker-members'],
        level: { level: 'dating', stage: 1, timeline: 'agile', startDate: '2026-01-01' },
      });
      const client = await disco.add({ displayName: 'Cli', constituencyIds: ['users-clients'] });
      const log = (description: string) =>
        logContribution(ctx, ana, {
          stream: 'care',
          quantity: '1',
          taskKind: 'meeting',
          circle: 'care',
          date: '2026-01-02',
          description,
        });
      const notices = async (who: typeof ana) =>
        (await listNotifications(ctx, who)).map((n) => [n.kind, n.count ?? n.title]);

      const first = await log('Planning');
      await log('Retro');
      expect(await notices(bo)).toEqual([['validations-waiting', 2]]);
      // Nobody is asked to validate their own work, nor a client at all.
      expect(await notices(ana)).toEqual([]);
      expect(await notices(client)).toEqual([]);

      await acknowledgeContribution(ctx, bo, { contributionId: first.contributionId });
      const [waiting] = await listNotifications(ctx, bo);
      expect(waiting).toMatchObject({ kind: 'validations-waiting', count: 1, read: false });
      await markNotificationsRead(ctx, bo, { ids: [waiting!.id] });
      expect((await listNotifications(ctx, bo, { unread: true })).length).toBe(0);
      // New work makes a new notice, unread again.
      const third = await log('Care circle');
      expect(await listNotifications(ctx, bo, { unread: true })).toEqual([
        expect.objectContaining({ kind: 'validations-waiting', count: 2 }),
      ]);

      await disputeContribution(ctx, bo, {
        contributionId: third.contributionId,
        reason: 'That meeting did not happen.',
      });
      expect(await listNotifications(ctx, ana)).toEqual([
        expect.objectContaining({
          kind: 'dispute',
          id: `dispute:${third.contributionId}`,
          contributionId: third.contributionId,
          title: 'Care circle (2026-01-02)',
        }),
      ]);

      await recordMilestone(ctx, founder, { memberId: bo.memberId, title: 'First project' });
      expect(await listNotifications(ctx, bo)).toContainEqual(
        expect.objectContaining({
          kind: 'milestone-reached',
          title: 'First project',
          memberId: bo.memberId,
        }),
      );
    });
  });
}
