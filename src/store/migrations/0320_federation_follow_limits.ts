import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * `federation_follow_log` (off-ledger): when a Follow from an actor this DisCO did not decide to
 * follow was recorded, and from which origin, so each origin's hourly allowance can be counted.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('federation_follow_log')
    .addColumn('activity_id', 'text', (c) => c.primaryKey())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('peer_actor_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('federation_follow_log_by_origin')
    .on('federation_follow_log')
    .columns(['origin', 'received_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('federation_follow_log').execute();
}
