import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Quarterly evaluations and their reflections (the `evaluations` projector), and, off the ledger,
 * the facts each evaluation opened with: the ledger keeps only their hash, so this snapshot is
 * kept outside the projections and survives their rebuild.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('evaluations')
    .addColumn('evaluation_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull().unique())
    .addColumn('quarter', 'text', (c) => c.notNull())
    .addColumn('circle_id', 'text')
    // The circle id, or '' for the whole DisCO: one evaluation per quarter and scope.
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('facts_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('summary', 'text')
    .addColumn('decisions', 'text', (c) => c.notNull())
    .addUniqueConstraint('evaluations_one_per_quarter', ['quarter', 'scope'])
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('evaluation_reflections')
    .addColumn('reflection_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull().unique())
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('evaluation_reflections_by_evaluation')
    .on('evaluation_reflections')
    .columns(['evaluation_id', 'seq'])
    .execute();
  await db.schema
    .createTable('evaluation_facts')
    .addColumn('evaluation_id', 'text', (c) => c.primaryKey())
    .addColumn('facts', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('evaluation_facts').execute();
  await db.schema.dropTable('evaluation_reflections').execute();
  await db.schema.dropTable('evaluations').execute();
}
