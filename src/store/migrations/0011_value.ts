import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Projection tables of the `value` projector (issue #4). Money is kept twice where it is summed:
 * as the event's digit string (`amount`, exact at any size) and as an integer of minor units
 * (`amount_minor`: SQLite integer, PostgreSQL numeric) so balances are one indexed SQL aggregation,
 * read back as text, never a JS number.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('value_rates')
    .addColumn('seq', types.int8, (c) => c.primaryKey())
    .addColumn('stream', 'text', (c) => c.notNull())
    .addColumn('task_kind', 'text', (c) => c.notNull())
    .addColumn('per', 'text', (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('value_rates_by_task')
    .on('value_rates')
    .columns(['stream', 'task_kind', 'per'])
    .execute();

  // Stage multipliers, validation rules and the other settings: few rows, read whole, JSON payloads.
  await db.schema
    .createTable('value_settings')
    .addColumn('seq', types.int8, (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();

  await db.schema
    .createTable('value_contributions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('logged_by', 'text')
    .addColumn('stream', 'text', (c) => c.notNull())
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('quantity_milli', types.int8, (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('task_kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('circle_id', 'text')
    .addColumn('project_id', 'text')
    .addColumn('resource_id', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('rate', 'text', (c) => c.notNull())
    .addColumn('rate_effective_from', 'text', (c) => c.notNull())
    .addColumn('base', 'text', (c) => c.notNull())
    .addColumn('multiplier_bp', 'integer', (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    // PostgreSQL hands bigint to JavaScript as a number (refusing unsafe ones); numeric stays text.
    .addColumn('amount_minor', types.strict ? 'integer' : 'numeric(30, 0)', (c) => c.notNull())
    .addColumn('standing', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('supersedes', 'text')
    .addColumn('validation', 'text', (c) => c.notNull())
    .addColumn('logged_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('value_contributions_by_member')
    .on('value_contributions')
    .columns(['member_id', 'status', 'date'])
    .execute();
  await db.schema
    .createIndex('value_contributions_by_seq')
    .on('value_contributions')
    .columns(['seq'])
    .execute();

  // Every acknowledgement, dispute, withdrawal and resolution, in ledger order.
  await db.schema
    .createTable('value_validations')
    .addColumn('seq', types.int8, (c) => c.primaryKey())
    .addColumn('contribution_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('value_validations_by_contribution')
    .on('value_validations')
    .columns(['contribution_id', 'seq'])
    .execute();

  await db.schema
    .createTable('value_projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('client', 'text', (c) => c.notNull())
    .addColumn('budget', 'text')
    .addColumn('agreed_price', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('circle_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();

  await db.schema
    .createTable('value_commons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('licence', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'value_commons',
    'value_projects',
    'value_validations',
    'value_contributions',
    'value_settings',
    'value_rates',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
