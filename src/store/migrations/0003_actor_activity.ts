import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/** Projection table of the `actor_activity` projector. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('actor_activity')
    .addColumn('actor', 'text', (c) => c.primaryKey())
    .addColumn('event_count', types.int8, (c) => c.notNull())
    .addColumn('first_seq', types.int8, (c) => c.notNull())
    .addColumn('last_seq', types.int8, (c) => c.notNull())
    .addColumn('last_time', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('actor_activity').execute();
}
