import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Projection tables of the `distribution` projector (issue #5): income, expenses, CAT parameter
 * versions, committed runs, what each run allocated per member and stream, and payouts. Amounts
 * are digit strings of minor units; allocations keep an integer copy too, so a member's `paid`
 * balance is one SQL sum like value's balances.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('finance_income')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    .addColumn('fee', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text')
    .addColumn('payer', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('original', 'text')
    .addColumn('recorded_by', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('finance_income_by_period')
    .on('finance_income')
    .columns(['period', 'seq'])
    .execute();

  await db.schema
    .createTable('finance_expenses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('payee', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('finance_expenses_by_period')
    .on('finance_expenses')
    .columns(['period', 'seq'])
    .execute();

  await db.schema
    .createTable('cat_parameter_versions')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();

  await db.schema
    .createTable('distribution_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull().unique())
    .addColumn('ledger_seq', types.int8, (c) => c.notNull())
    .addColumn('algorithm', 'text', (c) => c.notNull())
    .addColumn('parameters_version', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('inputs', 'text', (c) => c.notNull())
    .addColumn('outputs', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();

  await db.schema
    .createTable('distribution_allocations')
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('stream', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    /** The run's month's last day: balances as of a date count the runs of months ended by then. */
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('amount_minor', types.strict ? 'integer' : 'numeric(30, 0)', (c) => c.notNull())
    .addPrimaryKeyConstraint('distribution_allocations_pk', ['run_id', 'member_id', 'stream'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  await db.schema
    .createIndex('distribution_allocations_by_member')
    .on('distribution_allocations')
    .columns(['member_id', 'stream', 'paid_on'])
    .execute();

  await db.schema
    .createTable('distribution_payouts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('distribution_payouts_by_run')
    .on('distribution_payouts')
    .columns(['run_id', 'member_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'distribution_payouts',
    'distribution_allocations',
    'distribution_runs',
    'cat_parameter_versions',
    'finance_expenses',
    'finance_income',
  ])
    await db.schema.dropTable(table).execute();
}
