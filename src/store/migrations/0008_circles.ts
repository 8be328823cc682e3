import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/** Projection tables of the `circles` projector: circles, their members, and stewardships with terms. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('circles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('open', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();

  await db.schema
    .createTable('circle_members')
    .addColumn('circle_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('circle_members_pk', ['circle_id', 'member_id'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  await db.schema
    .createIndex('circle_members_by_member')
    .on('circle_members')
    .columns(['member_id', 'circle_id'])
    .execute();

  // One row per appointment, kept after it ends: the history of rotation is part of the record.
  await db.schema
    .createTable('stewards')
    .addColumn('seq', types.int8, (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('term_start', 'text', (c) => c.notNull())
    .addColumn('term_end', 'text', (c) => c.notNull())
    .addColumn('appointed_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('end_reason', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('stewards_by_circle_member')
    .on('stewards')
    .columns(['circle_id', 'member_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['stewards', 'circle_members', 'circles'])
    await db.schema.dropTable(table).execute();
}
