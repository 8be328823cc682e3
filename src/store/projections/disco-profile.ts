import type { LedgerEvent } from '../../core/ledger/event.js';
import { GENESIS_TYPE } from '../../core/ledger/ledger-events.js';
import { sql } from 'kysely';
import { runSqliteWrite } from '../sqlite-writes.js';
import { canDefer, type Projector } from './projector.js';

/**
 * The DisCO's name, currency, time zone and node key, from `ledger.genesis` (always event 1, so
 * its hash is the ledger id) and later `disco.renamed`. A second genesis fails on the primary key
 * and takes its whole batch down with it.
 *
 * @example const profile = await store.db.selectFrom('disco_profile').selectAll().executeTakeFirst();
 */
export const discoProfileProjector: Projector = {
  name: 'disco_profile',
  tables: ['disco_profile'],
  types: [GENESIS_TYPE],
  async apply(db, event) {
    if (event.type === GENESIS_TYPE) {
      // The app validated the payload against the catalog before it was sealed.
      const payload = event.payload;
      await db
        .insertInto('disco_profile')
        .values({
          id: 1,
          ledger_id: event.hash,
          name: payload.name,
          currency: payload.currency,
          time_zone: payload.timeZone,
          node_key: payload.nodeKey,
          created_at: event.time,
        })
        .execute();
    }
  },
  // Only the last rename of a batch shows, so a batch of renames costs one update.
  async applyBatch(db, events: readonly LedgerEvent[]) {
    const last = events.findLast((event) => event.type === 'disco.renamed');
    if (!last) return;
    const name = String(last.payload.name);
    // Only the name changes, and no projector reads it while a batch is projected.
    if (canDefer(db)) return [sql`update disco_profile set name = ${name} where id = 1`];
    await runSqliteWrite(db, 'update disco_profile set name = ? where id = 1', [name]);
  },
};
