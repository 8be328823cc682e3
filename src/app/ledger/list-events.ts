import type { LedgerEvent } from '../../core/ledger/event.js';
import type { Store } from '../../store/store.js';

export type EventOrder = 'asc' | 'desc';

/**
 * Up to `limit` events on the far side of `after` (the seq of the last event a reader has seen)
 * in the order asked: ascending reads those after it, descending those before it, newest first.
 * Without `after`, from the genesis or from the newest event.
 *
 * Seqs are dense (1…size, one per leaf of the Merkle tree), so the events before a seq are one
 * keyset range of the store: a descending page costs what an ascending one does.
 *
 * @example await listEvents(store, { order: 'desc', limit: 51 }) // the 51 newest, newest first
 */
export async function listEvents(
  store: Pick<Store, 'events' | 'head'>,
  { order, after, limit }: { order: EventOrder; after?: number; limit: number },
): Promise<LedgerEvent[]> {
  if (order === 'asc') return store.events(after ?? 0, limit);
  const before = Math.min(after ?? Infinity, (await store.head()).size + 1);
  const from = Math.max(1, before - limit);
  if (before <= from) return [];
  return (await store.events(from - 1, before - from)).reverse();
}
