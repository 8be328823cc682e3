import type { Kysely } from 'kysely';
import { typedEvent, type EventType, type TypedLedgerEvent } from '../../core/event-payloads.js';
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
   * The event types `apply` acts on. When given, `project` calls `apply` for these types alone:
   * most events concern one or two projectors, and a call that returns at once still costs an
   * `await` per projector per event. `projector.test.ts` holds every list to its `apply`.
   */
  readonly types?: readonly EventType[];
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
  const appliers = appliersOf(projectors);
  for (const event of events) {
    // Only catalogued events are ever sealed or imported, so none is skipped in practice.
    const typed = typedEvent(event);
    if (typed === null) continue;
    let those = appliers.get(typed.type);
    if (those === undefined) {
      those = projectors.filter((p) => p.apply && (!p.types || p.types.includes(typed.type)));
      appliers.set(typed.type, those);
    }
    for (const projector of those) await projector.apply!(db, typed);
  }
  for (const projector of projectors)
    if (projector.applyBatch) await projector.applyBatch(db, events);
}

/** Per list of projectors, per event type: the projectors whose `apply` that type reaches, in order. */
const plans = new WeakMap<readonly Projector[], Map<string, readonly Projector[]>>();

function appliersOf(projectors: readonly Projector[]): Map<string, readonly Projector[]> {
  let plan = plans.get(projectors);
  if (!plan) plans.set(projectors, (plan = new Map()));
  return plan;
}
