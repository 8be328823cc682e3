import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Off-ledger: the chunks of open claims `disco-run-state@4` and later states name by hash, and
 * the buckets of dormant work `@5` states name (src/core/finance/run-state.ts), each its canonical
 * JSON under its SHA-256. Keyed by hash, so a
 * chunk many states carry unchanged is stored once, and a close writes only the chunks it changed.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('distribution_run_state_chunks')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('chunk', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('distribution_run_state_chunks').execute();
}
