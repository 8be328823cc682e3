import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Projection tables of the `member_level_periods` projector: each member's level and dating stage
 * over time (one row per membership event that set them), and when each dating spell ended, so
 * that work is priced at the stage in force on its date and historical care credits are released
 * (or forfeited) from the day dating ended.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('member_level_periods')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('level', 'text')
    .addColumn('dating_stage', 'integer')
    .addPrimaryKeyConstraint('member_level_periods_pk', ['member_id', 'seq'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  // Pricing asks for the latest period starting on or before the work's date.
  await db.schema
    .createIndex('member_level_periods_by_date')
    .on('member_level_periods')
    .columns(['member_id', 'from_date', 'seq'])
    .execute();

  await db.schema
    .createTable('member_dating_ends')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('member_dating_ends_pk', ['member_id', 'seq'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['member_dating_ends', 'member_level_periods'])
    await db.schema.dropTable(table).execute();
}
