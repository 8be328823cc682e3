import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Off-ledger tables of messages that reach people (issue 18). None is a projection: replay leaves
 * them alone, and each is a member's own business or the node's delivery state.
 *
 * - `notification_log`: one row per member per notification (unique per member and `notice_id`,
 *   which is the kind and its subject), with its read mark, when it stopped being current, and
 *   how mail dealt with it (`mailed`), so a digest carries it once and an immediate mail goes once.
 * - `notification_settings`: a member's delivery per kind (immediate, daily, weekly, off); a
 *   missing row means the default.
 * - `notification_profiles`: a member's mail language.
 * - `notify_secrets`: the key that signs unsubscribe links, made at first use and shared by every
 *   server on the database.
 * - `webhooks`: outgoing webhooks of the DisCO or of a circle.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('notification_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('notice_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('mailed', 'text')
    .addUniqueConstraint('notification_log_member_notice', ['member_id', 'notice_id'])
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('notification_log_mail')
    .on('notification_log')
    .columns(['mailed', 'member_id'])
    .execute();
  await db.schema
    .createTable('notification_settings')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_settings_pk', ['member_id', 'kind'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  await db.schema
    .createTable('notification_profiles')
    .addColumn('member_id', 'text', (c) => c.primaryKey())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('notify_secrets')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text')
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'webhooks',
    'notify_secrets',
    'notification_profiles',
    'notification_settings',
    'notification_log',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
