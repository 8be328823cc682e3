import type { LedgerEvent } from '../../core/ledger/event.js';
import type { ActorActivityTable } from '../schema.js';
import { insertRows, insertRowsLater, type AddOnConflict } from '../insert-rows.js';
import type { Projector } from './projector.js';

const COLUMNS = [
  'actor',
  'event_count',
  'first_seq',
  'last_seq',
  'last_time',
] as const satisfies readonly (keyof ActorActivityTable)[];

type ActorRow = ActorActivityTable;

/**
 * What an actor's row in a batch adds to the row already kept. The rows of one write are one per
 * actor, as a conflict update may touch a row only once per statement.
 */
const ADD_ACTIVITY: AddOnConflict<'actor_activity'> = {
  keys: ['actor'],
  sums: ['event_count'],
  latest: ['last_seq', 'last_time'],
};

/** Counts `events` into `byActor`, one row per acting member, first seen first. */
function countActors(events: readonly LedgerEvent[], byActor: Map<string, ActorRow>): void {
  for (const event of events) {
    if (event.actor === null) continue;
    const seen = byActor.get(event.actor);
    if (seen) {
      seen.event_count += 1;
      seen.last_seq = event.seq;
      seen.last_time = event.time;
    } else {
      byActor.set(event.actor, {
        actor: event.actor,
        event_count: 1,
        first_seq: event.seq,
        last_seq: event.seq,
        last_time: event.time,
      });
    }
  }
}

/**
 * Per acting member: how many events, the first and last seq, and when they last acted. Events
 * the node records on its own (actor null) are not counted.
 *
 * @example await store.db.selectFrom('actor_activity').selectAll().orderBy('actor').execute();
 */
export const actorActivityProjector: Projector = {
  name: 'actor_activity',
  tables: ['actor_activity'],
  // A batch of a thousand events by a hundred members costs one upsert.
  async applyBatch(db, events: readonly LedgerEvent[]) {
    const byActor = new Map<string, ActorRow>();
    countActors(events, byActor);
    // Nothing reads actor_activity while a batch is projected, so on PostgreSQL it rides along
    // with the batch's events.
    return insertRowsLater(db, 'actor_activity', COLUMNS, [...byActor.values()], ADD_ACTIVITY);
  },
  // A replay counts every page into one row per member and writes them once at the end: the
  // same few rows upserted on every page cost PostgreSQL a longer chain of row versions each time.
  replayPass() {
    const byActor = new Map<string, ActorRow>();
    return {
      async applyBatch(_db, events) {
        countActors(events, byActor);
      },
      async finish(db) {
        await insertRows(db, 'actor_activity', COLUMNS, [...byActor.values()], ADD_ACTIVITY);
      },
    };
  },
};
