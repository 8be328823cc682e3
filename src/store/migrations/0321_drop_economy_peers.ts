import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * `economy_peers` stood in for the federation relation in in-process tests; the relation built
 * from the ledger's follow events is now the only answer to "may this DisCO deal with that one".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('economy_peers').execute();
}

export async function down(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('economy_peers')
    .addColumn('actor_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('node_key', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
}
