import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Off-ledger tables for signing in: secrets and personal data must stay erasable, so they never
 * enter the immutable ledger. None of them is a projection; `replay` leaves them alone.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('member_id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('key_public', 'text')
    .addColumn('encrypted_private_key', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema.createIndex('sessions_member').on('sessions').column('member_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('api_tokens_member')
    .on('api_tokens')
    .columns(['member_id', 'id'])
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text')
    .addColumn('member_id', 'text')
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();

  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_key', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('sign_in_failures_account')
    .on('sign_in_failures')
    .columns(['account_key', 'at'])
    .execute();
  await db.schema
    .createIndex('sign_in_failures_address')
    .on('sign_in_failures')
    .columns(['address', 'at'])
    .execute();

  await db.schema
    .createTable('idempotent_responses')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotent_responses_pk', ['member_id', 'key'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'idempotent_responses',
    'sign_in_failures',
    'invitations',
    'api_tokens',
    'sessions',
    'accounts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
