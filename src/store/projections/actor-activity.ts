import type { LedgerEvent } from '../../core/ledger/event.js';
import type { Projector } from './projector.js';

/**
 * Per acting member: how many events, the first and last seq, and when they last acted. Events
 * the node records on its own (actor null) are not counted.
 *
 * @example await store.db.selectFrom('actor_activity').selectAll().orderBy('actor').execute();
 */
export const actorActivityProjector: Projector = {
  name: 'actor_activity',
  tables: ['actor_activity'],
  async apply(db, event: LedgerEvent) {
    if (event.actor === null) return;
    await db
      .insertInto('actor_activity')
      .values({ actor: event.actor, event_count: 1, first_seq: event.seq, last_seq: event.seq, last_time: event.time })
      .onConflict((oc) =>
        oc.column('actor').doUpdateSet((eb) => ({
          event_count: eb('actor_activity.event_count', '+', 1),
          last_seq: eb.ref('excluded.last_seq'),
          last_time: eb.ref('excluded.last_time'),
        })),
      )
      .execute();
  },
};
