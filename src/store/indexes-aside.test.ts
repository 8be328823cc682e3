import { describe, expect, it } from 'vitest';
import { genesisDraft, renameDraft, testNode, testTime } from '../../test/support/ledger.js';
import { dialects, skipping, testStore } from '../../test/support/stores.js';
import { tablesOutgrownBy } from './indexes-aside.js';

const node = testNode().signer;
const ctx = { node, now: testTime(1000) };

for (const d of dialects) {
  describe.skipIf(skipping(d, 'indexes aside'))(`tablesOutgrownBy (${d.dialect})`, () => {
    it('names the tables holding at most as many rows as the write, empty ones included', async () => {
      const store = await testStore(d);
      await store.append(
        [
          genesisDraft(node),
          ...Array.from({ length: 11 }, (_, i) => renameDraft(`N${i}`, 'ana', i + 1)),
        ],
        ctx,
      );
      const count = async (table: 'activity_feed' | 'disco_profile') =>
        Number(
          (
            await store.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const feed = await count('activity_feed');
      expect(feed).toBeGreaterThanOrEqual(11);
      expect(await count('disco_profile')).toBe(1);
      const tables = ['activity_feed', 'disco_profile', 'value_contributions'];
      expect(await tablesOutgrownBy(store.db, tables, 5)).toEqual([
        'disco_profile',
        'value_contributions',
      ]);
      // Exactly as many rows as the write counts as outgrown; one more than it does not.
      expect(await tablesOutgrownBy(store.db, tables, feed)).toEqual(tables);
      expect(await tablesOutgrownBy(store.db, tables, feed - 1)).toEqual([
        'disco_profile',
        'value_contributions',
      ]);
      expect(await tablesOutgrownBy(store.db, [], 5)).toEqual([]);
    });
  });
}
