import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { genesisDraft, renameDraft, testNode, testTime } from '../../../test/support/ledger.js';
import { dialects, skipping, testStore } from '../../../test/support/stores.js';
import type { Store } from '../../store/store.js';
import { listEvents, type EventOrder } from './list-events.js';

const node = testNode().signer;
const ctx = { node, now: testTime(1000) };

/** Reads every page as a client following `nextCursor` does: the last seq seen is the next key. */
async function walk(store: Store, order: EventOrder, limit: number): Promise<number[][]> {
  const pages: number[][] = [];
  let after: number | undefined;
  for (;;) {
    const page = await listEvents(store, { order, limit, ...(after ? { after } : {}) });
    if (page.length === 0) return pages;
    pages.push(page.map((e) => e.seq));
    after = page[page.length - 1]!.seq;
  }
}

for (const d of dialects) {
  describe.skipIf(skipping(d, 'listing events'))(`listing events (${d.dialect})`, () => {
    it('reads newest first back to the genesis, and oldest first as a verifier does', async () => {
      const store = await testStore(d);
      const all: LedgerEvent[] = await store.append([genesisDraft(node)], ctx);
      all.push(
        ...(await store.append(
          Array.from({ length: 22 }, (_, i) => renameDraft(`Name ${i + 1}`, 'ana', i + 1)),
          ctx,
        )),
      );
      const seqs = all.map((e) => e.seq);
      expect(seqs).toHaveLength(23);

      const newest = await walk(store, 'desc', 10);
      expect(newest).toEqual([
        seqs.slice(13).reverse(),
        seqs.slice(3, 13).reverse(),
        seqs.slice(0, 3).reverse(),
      ]);
      expect(await walk(store, 'asc', 10)).toEqual([
        seqs.slice(0, 10),
        seqs.slice(10, 20),
        seqs.slice(20),
      ]);
      // The events themselves, as stored, whichever the order.
      expect(await listEvents(store, { order: 'desc', limit: 2, after: 5 })).toEqual([
        all[3],
        all[2],
      ]);
      // A cursor beyond the end (appended since, or mistyped) reads from the newest event.
      expect(
        (await listEvents(store, { order: 'desc', limit: 1, after: 99 })).map((e) => e.seq),
      ).toEqual([23]);
      expect(await listEvents(store, { order: 'desc', limit: 5, after: 1 })).toEqual([]);
    });

    it('gives an empty ledger an empty page in either order', async () => {
      const store = await testStore(d);
      expect(await listEvents(store, { order: 'desc', limit: 5 })).toEqual([]);
      expect(await listEvents(store, { order: 'asc', limit: 5 })).toEqual([]);
    });
  });
}
