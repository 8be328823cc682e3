import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/** Projection tables of the `members` projector: who is in, at which level, in which constituencies. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('founder', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('level', 'text')
    .addColumn('dating_stage', 'integer')
    .addColumn('timeline', 'text')
    .addColumn('start_date', 'text')
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('left_at', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();

  await db.schema
    .createTable('member_constituencies')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('constituency_id', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('member_constituencies_pk', ['member_id', 'constituency_id'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  // Voter lists per constituency are read by constituency, never rebuilt by hand.
  await db.schema
    .createIndex('member_constituencies_by_constituency')
    .on('member_constituencies')
    .columns(['constituency_id', 'member_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['member_constituencies', 'members'])
    await db.schema.dropTable(table).execute();
}
