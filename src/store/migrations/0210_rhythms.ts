import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/** Projection tables of the `rhythms` projector: rhythms, and who took part in each gathering. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('rhythms')
    .addColumn('rhythm_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull().unique())
    .addColumn('circle_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('start_local', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('rrule', 'text', (c) => c.notNull())
    .addColumn('exceptions', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('changed_at', 'text')
    .addColumn('ended_at', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('rhythm_occurrences')
    .addColumn('rhythm_id', 'text', (c) => c.notNull())
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('credited_at', 'text')
    .addColumn('credited_by', 'text')
    .addPrimaryKeyConstraint('rhythm_occurrences_pk', ['rhythm_id', 'occurrence'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rhythm_occurrences').execute();
  await db.schema.dropTable('rhythms').execute();
}
