import { describe, expect, it } from 'vitest';
import { dialects, skipping, testStore } from '../../../test/support/stores.js';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { eventCatalog } from '../event-catalog.js';
import { markGuideSeen } from './mark-guide-seen.js';
import { showGuideSeen } from './show-guide-seen.js';

/* Whether a member saw the first-run guide is kept per member, alike on SQLite and PostgreSQL. */

const member = (memberId: string, status = 'active'): Actor =>
  ({
    memberId,
    displayName: memberId,
    founder: false,
    status,
    level: 'committed',
    datingStage: null,
    constituencies: [],
    circles: [],
  }) as Actor;

for (const d of dialects) {
  describe.skipIf(skipping(d, 'guide seen'))(`the guide seen, per member (${d.dialect})`, () => {
    const open = async () => {
      let now = Date.UTC(2026, 2, 1, 10);
      const store = await testStore(d);
      const ctx: AppContext = {
        store,
        node: null,
        clock: () => new Date(now),
        catalog: eventCatalog,
        checkpointEvery: 1000,
        dataDir: '',
      };
      return { ctx, advance: (ms: number) => void (now += ms) };
    };

    it('keeps the first moment a member saw it, whatever device marks it again', async () => {
      const { ctx, advance } = await open();
      const ana = member('m-ana');
      expect(await showGuideSeen(ctx, ana)).toEqual({ seenAt: null });
      expect(await markGuideSeen(ctx, ana)).toEqual({ seenAt: '2026-03-01T10:00:00.000Z' });
      advance(3_600_000);
      expect(await markGuideSeen(ctx, ana)).toEqual({ seenAt: '2026-03-01T10:00:00.000Z' });
      expect(await showGuideSeen(ctx, ana)).toEqual({ seenAt: '2026-03-01T10:00:00.000Z' });
      // Another member has not seen it because Ana has.
      expect(await showGuideSeen(ctx, member('m-bea'))).toEqual({ seenAt: null });
    });

    it('is refused without a signed-in member', async () => {
      const { ctx } = await open();
      await expect(showGuideSeen(ctx, null)).rejects.toThrow();
      await expect(markGuideSeen(ctx, null)).rejects.toThrow();
    });
  });
}
