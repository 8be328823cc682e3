import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Off-ledger: the drafts of member-signed writes already committed, by the hash of their token,
 * so a signed draft replayed within its freshness window is refused instead of recorded twice.
 * Rows older than any fresh draft are deleted as new ones arrive.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('intent_commits')
    .addColumn('draft_hash', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('intent_commits_committed_at')
    .on('intent_commits')
    .column('committed_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('intent_commits').execute();
}
