import type { Kysely } from 'kysely';

/**
 * Since 0120 a member's kept keys live in `device_keys`, one per device, and the account's own
 * key columns have been null on every row; dropping them leaves one place a kept key can be.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('key_public').execute();
  await db.schema.alterTable('accounts').dropColumn('encrypted_private_key').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('key_public', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('encrypted_private_key', 'text').execute();
}
