import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/stores.js';
import { showDashboard } from '../dashboard/show-dashboard.js';
import { careIndicators } from '../value/care-indicators.js';
import { openTestDisco } from '../members/test-disco.js';
import { giveThanks } from './give-thanks.js';
import { listAppreciations } from './list-appreciations.js';

/*
 * Appreciation in the care view and on the profile: thanks a member gave as well as received,
 * and the count each member received beside their care share on the dashboard.
 */
describe.each(dialects)('appreciation in the care view on $dialect', (d) => {
  it.skipIf(d.skip)(
    'lists thanks given and received, and counts them in the care view',
    async () => {
      const { ctx, add } = await openTestDisco(d);
      const worker = (displayName: string) =>
        add({ displayName, constituencyIds: ['worker-members'], level: { level: 'committed' } });
      const [ana, bo, cy] = [await worker('Ana'), await worker('Bo'), await worker('Cy')];
      const period = { from: '2026-01-01', to: '2026-01-04' };
      await giveThanks(ctx, bo, { memberId: ana.memberId, ...period, note: 'For the rota.' });
      await giveThanks(ctx, cy, { memberId: ana.memberId, ...period, note: 'For listening.' });
      await giveThanks(ctx, ana, { memberId: bo.memberId, ...period, note: 'For the call.' });

      const given = await listAppreciations(ctx, cy, { fromId: ana.memberId });
      expect(given.map((a) => [a.fromName, a.memberName])).toEqual([['Ana', 'Bo']]);
      const received = await listAppreciations(ctx, cy, { memberId: ana.memberId });
      expect(received.map((a) => a.fromName)).toEqual(['Cy', 'Bo']);

      const { care } = await showDashboard(ctx, cy);
      const thanked = Object.fromEntries(care.shares.map((s) => [s.name, s.thanked]));
      expect(thanked).toEqual({ Founder: 0, Ana: 2, Bo: 1, Cy: 0 });
      const { appreciations } = await careIndicators(ctx, cy, {
        from: '2026-01-01',
        to: '2026-01-31',
      });
      const byMember = Object.fromEntries(appreciations.map((a) => [a.memberId, a]));
      expect(byMember[ana.memberId]).toMatchObject({ received: 2, given: 1 });
      expect(byMember[cy.memberId]).toMatchObject({ received: 0, given: 1 });
    },
  );
});
