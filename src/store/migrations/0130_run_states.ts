import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Off-ledger: the state each committed run left for the next (src/core/finance/run-state.ts), in
 * its canonical JSON; the run's event carries only its hash, which is checked before any use.
 * Written in the transaction that appends the run; a replay leaves it alone.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('distribution_run_states')
    .addColumn('run_id', 'text', (c) => c.primaryKey())
    .addColumn('ledger_seq', types.int8, (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('distribution_run_states_ledger_seq')
    .on('distribution_run_states')
    .column('ledger_seq')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('distribution_run_states').execute();
}
