import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/** Projection table of the `leaves` projector: members' leaves, for listings and the leave rules. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('member_leaves')
    .addColumn('leave_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull().unique())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('reason', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  // The rules read one member's leaves on every record and end; listings filter by member.
  await db.schema
    .createIndex('member_leaves_by_member')
    .on('member_leaves')
    .columns(['member_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('member_leaves').execute();
}
