import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Off-ledger and personal: members' check-ins, kept until the member deletes them or the DisCO's
 * retention period runs out (the sweep deletes those older than it), and the retention setting (one row, id 1).
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('checkins')
    .addColumn('checkin_id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('week_of', 'text', (c) => c.notNull())
    .addColumn('feeling', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('blockers', 'text', (c) => c.notNull())
    .addColumn('needs', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('checkins_by_member')
    .on('checkins')
    .columns(['member_id', 'created_at'])
    .execute();
  // The sweep deletes by age.
  await db.schema.createIndex('checkins_by_age').on('checkins').column('created_at').execute();
  await db.schema
    .createTable('checkin_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('retention_days', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('checkin_settings').execute();
  await db.schema.dropTable('checkins').execute();
}
