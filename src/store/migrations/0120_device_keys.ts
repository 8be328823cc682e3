import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Off-ledger: one wrapped signing key per device of a member (browser path), so that a second
 * device no longer replaces the first one's kept copy. The key an account kept before becomes the
 * key of a device named `earlier`; the account's own columns stay empty from here on.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('device_keys')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('key_public', 'text', (c) => c.notNull())
    .addColumn('encrypted_private_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('device_keys_pk', ['member_id', 'device_id'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  await sql`
    insert into device_keys (member_id, device_id, key_public, encrypted_private_key, created_at)
    select member_id, 'earlier', key_public, encrypted_private_key, created_at
    from accounts
    where key_public is not null and encrypted_private_key is not null
  `.execute(db);
  await sql`update accounts set key_public = null, encrypted_private_key = null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('device_keys').execute();
}
