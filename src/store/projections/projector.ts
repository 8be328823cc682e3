import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
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
   * events (no other projector's tables): one write per batch instead of one per event. It may
   * hand its last writes back instead of running them (`DeferredWrite`).
   */
  applyBatch?(
    db: Kysely<Database>,
    events: readonly LedgerEvent[],
  ): Promise<void | readonly DeferredWrite[]>;
  /**
   * A replay's own pass over the pages, for a projector that would otherwise rewrite the same
   * few rows on every page (running totals): the pass's `applyBatch` takes the place of the
   * projector's for each page of one replay, carrying those rows in memory, and its `finish`
   * writes them once after the last page. Its tables must end as the projector's would.
   */
  replayPass?(): ReplayPass;
}

/**
 * One replay's state for one projector (`Projector.replayPass`). On PostgreSQL a row updated on
 * every page of a replay's single transaction keeps every version it had until the commit, and
 * each later update walks them: carried in memory, it is written once.
 */
export interface ReplayPass {
  applyBatch(
    db: Kysely<Database>,
    events: readonly LedgerEvent[],
  ): Promise<void | readonly DeferredWrite[]>;
  finish(db: Kysely<Database>): Promise<void>;
}

/**
 * A write an `applyBatch` hands back instead of running: one data-modifying statement on its own
 * tables, which nothing reads or writes again while the same batch is projected. On PostgreSQL
 * the store sends a page's deferred writes inside the statement that writes the page's events
 * (data-modifying `with` clauses), so they cost no round trip of their own; on SQLite, where
 * there are no round trips, projectors run their writes at once (`canDefer`).
 */
export type DeferredWrite = RawBuilder<unknown>;

/** Whether writes on `db` are worth deferring: PostgreSQL, where each statement is a round trip. */
export const canDefer = (db: Kysely<Database>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Runs deferred writes as one statement (a page of a replay, which writes no events).
 *
 * @example await runDeferred(db, await project(db, projectors, page));
 */
export async function runDeferred(
  db: Kysely<Database>,
  writes: readonly DeferredWrite[],
): Promise<void> {
  if (writes.length === 0) return;
  if (writes.length === 1) {
    await writes[0]!.execute(db);
    return;
  }
  await sql`with ${sql.join(writes.map((write, i) => sql`${sql.raw(`deferred_${i}`)} as (${write})`))} select 1`.execute(
    db,
  );
}

/**
 * Brings every projection up to date with `events` (a batch, or a page of a replay), but for the
 * writes it gives back: the caller runs them before anything else reads the projections. In a
 * replay, `passes` holds the replay passes of the projectors that have one (`replayPasses`).
 *
 * @example await runDeferred(trx, await project(trx, projectors, sealedBatch));
 */
export async function project(
  db: Kysely<Database>,
  projectors: readonly Projector[],
  events: readonly LedgerEvent[],
  passes?: ReadonlyMap<Projector, ReplayPass>,
): Promise<DeferredWrite[]> {
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
  const deferred: DeferredWrite[] = [];
  for (const projector of projectors) {
    const batchOf = passes?.get(projector) ?? projector;
    if (!batchOf.applyBatch) continue;
    const writes = await batchOf.applyBatch(db, events);
    if (writes) deferred.push(...writes);
  }
  return deferred;
}

/**
 * The passes of one replay, for the projectors that have one: each `finish`ed by the caller after
 * the last page.
 *
 * @example const passes = replayPasses(projectors); … await project(db, projectors, page, passes); … for (const pass of passes.values()) await pass.finish(db);
 */
export function replayPasses(projectors: readonly Projector[]): Map<Projector, ReplayPass> {
  const passes = new Map<Projector, ReplayPass>();
  for (const projector of projectors) {
    const pass = projector.replayPass?.();
    if (pass) passes.set(projector, pass);
  }
  return passes;
}

/** Per list of projectors, per event type: the projectors whose `apply` that type reaches, in order. */
const plans = new WeakMap<readonly Projector[], Map<string, readonly Projector[]>>();

function appliersOf(projectors: readonly Projector[]): Map<string, readonly Projector[]> {
  let plan = plans.get(projectors);
  if (!plan) plans.set(projectors, (plan = new Map()));
  return plan;
}
