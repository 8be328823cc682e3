import type { Kysely } from 'kysely';
import { typedEvent, type TypedLedgerEvent } from '../../core/event-payloads.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import type { Database, TableName } from '../schema.js';

/**
 * Keeps read tables in step with the ledger. `apply` runs inside the transaction that records the
 * event (and inside `replay`), so it must depend only on the event and its own tables: replaying
 * every event into empty tables has to give exactly the tables that live appends built.
 */
export interface Projector {
  readonly name: string;
  /** Tables this projector owns: `replay` empties them, `dumpProjections` reads them. */
  readonly tables: readonly TableName[];
  /**
   * Runs on each event of a catalogued type, in ledger order, interleaved with the other
   * projectors; a `switch` on `event.type` gives the payload its schema's type.
   */
  apply?(db: Kysely<Database>, event: TypedLedgerEvent): Promise<void>;
  /**
   * Runs once per batch after every `apply`, for a projector whose rows depend on nothing but the
   * events (no other projector's tables): one write per batch instead of one per event.
   */
  applyBatch?(db: Kysely<Database>, events: readonly LedgerEvent[]): Promise<void>;
}

/**
 * Brings every projection up to date with `events` (a batch, or a page of a replay).
 *
 * @example await project(trx, projectors, sealedBatch);
 */
export async function project(
  db: Kysely<Database>,
  projectors: readonly Projector[],
  events: readonly LedgerEvent[],
): Promise<void> {
  for (const event of events) {
    // Only catalogued events are ever sealed or imported, so none is skipped in practice.
    const typed = typedEvent(event);
    if (typed === null) continue;
    for (const projector of projectors) if (projector.apply) await projector.apply(db, typed);
  }
  for (const projector of projectors)
    if (projector.applyBatch) await projector.applyBatch(db, events);
}
