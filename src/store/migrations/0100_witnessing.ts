import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Off-ledger tables of checkpoint witnessing (C2SP tlog-witness) and the durable job table.
 *
 * - `ledger_origin`: the origin line of this node's checkpoint notes, fixed at first use.
 * - `witnessed_logs`: as a witness, the logs this node follows, each with the key it trusts and
 *   the latest checkpoint it cosigned (updated by compare-and-set on the size).
 * - `witness_progress` and `checkpoint_cosignatures`: as a log, what each of its witnesses last
 *   cosigned or refused, and the cosignatures themselves.
 * - `jobs`: work that must happen once, survive restarts and be retried with backoff; shared by
 *   every server on one database.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('ledger_origin')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('fixed_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('witnessed_logs')
    .addColumn('origin', 'text', (c) => c.primaryKey())
    .addColumn('origin_hash', 'text', (c) => c.notNull().unique())
    .addColumn('log_key', 'text', (c) => c.notNull())
    .addColumn('size', types.int8, (c) => c.notNull())
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('checkpoint', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('witness_progress')
    .addColumn('witness_key', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('cosigned_size', types.int8, (c) => c.notNull())
    .addColumn('cosigned_at', 'text')
    .addColumn('refusal', 'text')
    .addColumn('refused_at', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('checkpoint_cosignatures')
    .addColumn('tree_size', types.int8, (c) => c.notNull())
    .addColumn('witness_key', 'text', (c) => c.notNull())
    .addColumn('timestamp', types.int8, (c) => c.notNull())
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checkpoint_cosignatures_pk', ['tree_size', 'witness_key'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'run_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'jobs',
    'checkpoint_cosignatures',
    'witness_progress',
    'witnessed_logs',
    'ledger_origin',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
