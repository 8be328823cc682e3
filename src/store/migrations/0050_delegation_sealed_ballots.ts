import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Delegation, sealed ballots and read marks. `delegations` is a projection; `ballot_openings`
 * (the choice and salt of each sealed ballot until the close reveals it) and
 * `notification_reads` are off-ledger: the first must stay secret until the close, the second is
 * a member's own business.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .alterTable('proposals')
    .addColumn('secret', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('proposals')
    .addColumn('results_hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('ballots').addColumn('commitment', 'text').execute();
  await db.schema.alterTable('ballot_history').addColumn('commitment', 'text').execute();

  await db.schema
    .createTable('delegations')
    .addColumn('delegator_id', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('circle_id', 'text')
    .addColumn('topic', 'text')
    .addColumn('delegate_id', 'text', (c) => c.notNull())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('delegations_pk', ['delegator_id', 'scope'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  await db.schema
    .createIndex('delegations_by_delegate')
    .on('delegations')
    .columns(['delegate_id'])
    .execute();

  await db.schema
    .createTable('ballot_openings')
    .addColumn('commitment', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull())
    .addColumn('voter_id', 'text', (c) => c.notNull())
    .addColumn('ballot', 'text', (c) => c.notNull())
    .addColumn('salt', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('ballot_openings_by_proposal')
    .on('ballot_openings')
    .columns(['proposal_id'])
    .execute();

  await db.schema
    .createTable('notification_reads')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('notification_id', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_reads_pk', ['member_id', 'notification_id'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['notification_reads', 'ballot_openings', 'delegations'])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('ballot_history').dropColumn('commitment').execute();
  await db.schema.alterTable('ballots').dropColumn('commitment').execute();
  await db.schema.alterTable('proposals').dropColumn('results_hidden').execute();
  await db.schema.alterTable('proposals').dropColumn('secret').execute();
}
