import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/** Projection table of the `member_keys` projector: revoked keys stay, so they can never return. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('member_keys')
    .addColumn('public_key', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('member_keys_by_member')
    .on('member_keys')
    .columns(['member_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('member_keys').execute();
}
