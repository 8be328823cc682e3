import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Fewer pages written per event. On SQLite every page a commit touches is one more WAL frame
 * (two writes and a share of the fsync, about 13 µs on the bench machine); an append of one event
 * touched ten.
 *
 * - The feed's member and circle indexes hold only lines about a member or a circle: the feed
 *   reads them only with `member_id = ?` or `circle_id = ?`, which never matches a null, and most
 *   lines have no circle (and a DisCO's own lines no member).
 * - On SQLite, `actor_activity` is one b-tree keyed by the actor (WITHOUT ROWID), not a table and
 *   an index of its text key.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await recreateFeedIndexes(db, { partial: true });
  if (types.strict) await rebuildActorActivity(db, types, { withoutRowid: true });
}

export async function down(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await recreateFeedIndexes(db, { partial: false });
  if (types.strict) await rebuildActorActivity(db, types, { withoutRowid: false });
}

async function recreateFeedIndexes(
  db: Kysely<unknown>,
  options: { partial: boolean },
): Promise<void> {
  for (const column of ['member_id', 'circle_id'] as const) {
    await db.schema.dropIndex(`activity_feed_by_${column}`).execute();
    const index = db.schema
      .createIndex(`activity_feed_by_${column}`)
      .on('activity_feed')
      .columns([column, 'seq']);
    await (options.partial ? index.where(sql.ref(column), 'is not', null) : index).execute();
  }
}

/** SQLite cannot change a table's storage in place: a new table, its rows, then the swap. */
async function rebuildActorActivity(
  db: Kysely<unknown>,
  types: ColumnTypes,
  options: { withoutRowid: boolean },
): Promise<void> {
  await db.schema
    .createTable('actor_activity_rebuilt')
    .addColumn('actor', 'text', (c) => c.primaryKey())
    .addColumn('event_count', types.int8, (c) => c.notNull())
    .addColumn('first_seq', types.int8, (c) => c.notNull())
    .addColumn('last_seq', types.int8, (c) => c.notNull())
    .addColumn('last_time', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types, options))
    .execute();
  await sql`insert into actor_activity_rebuilt select actor, event_count, first_seq, last_seq, last_time from actor_activity`.execute(
    db,
  );
  await db.schema.dropTable('actor_activity').execute();
  await db.schema.alterTable('actor_activity_rebuilt').renameTo('actor_activity').execute();
}
