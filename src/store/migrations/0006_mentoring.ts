import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/** Projection tables of the `mentoring` projector: daters' mentors, milestones and commitment statements. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('mentors')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('mentor_id', 'text', (c) => c.notNull())
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentors_pk', ['member_id', 'mentor_id'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  // loadActor asks whom a member mentors on every request.
  await db.schema
    .createIndex('mentors_by_mentor')
    .on('mentors')
    .columns(['mentor_id', 'member_id'])
    .execute();

  await db.schema
    .createTable('milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('milestones_by_member')
    .on('milestones')
    .columns(['member_id', 'date'])
    .execute();

  await db.schema
    .createTable('commitments')
    .addColumn('seq', types.int8, (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('commitments_by_member')
    .on('commitments')
    .columns(['member_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['commitments', 'milestones', 'mentors'])
    await db.schema.dropTable(table).execute();
}
