import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Off-ledger, like the calendar feeds: when each member first saw the Deck's first-run guide, so
 * that a member who saw it on one device is not greeted with it again on another.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('guide_seen')
    .addColumn('member_id', 'text', (c) => c.primaryKey())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('guide_seen').execute();
}
