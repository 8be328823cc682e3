import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Commons updates and withdrawals, expenses decided by a proposal, and money between federated
 * DisCOs: the `economy` projector's transfers and credit lines. `economy_peers` and
 * `federated_commons` are off-ledger: what peers told this node, not what this DisCO did.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema.alterTable('value_commons').addColumn('updated_at', 'text').execute();
  await db.schema.alterTable('value_commons').addColumn('withdrawn_at', 'text').execute();
  await db.schema.alterTable('finance_expenses').addColumn('proposal_id', 'text').execute();
  await db.schema
    .createTable('economy_peers')
    .addColumn('actor_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('node_key', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('federated_commons')
    .addColumn('object_id', 'text', (c) => c.primaryKey())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('licence', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('federated_commons_by_origin')
    .on('federated_commons')
    .columns(['origin', 'published_at'])
    .execute();
  await db.schema
    .createTable('solidarity_transfers')
    .addColumn('peer', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('proposal_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('offer_hash', 'text')
    .addColumn('acceptance_hash', 'text')
    .addColumn('offered_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addPrimaryKeyConstraint('solidarity_transfers_pk', ['peer', 'id'])
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('solidarity_transfers_by_proposal')
    .on('solidarity_transfers')
    .column('proposal_id')
    .execute();
  await db.schema
    .createTable('credit_lines')
    .addColumn('peer', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('credit_limit', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('proposal_id', 'text', (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('credit_transfers')
    .addColumn('peer', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('memo', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('refusal_code', 'text')
    .addColumn('offered_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addPrimaryKeyConstraint('credit_transfers_pk', ['peer', 'id'])
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'credit_transfers',
    'credit_lines',
    'solidarity_transfers',
    'federated_commons',
    'economy_peers',
  ])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('finance_expenses').dropColumn('proposal_id').execute();
  await db.schema.alterTable('value_commons').dropColumn('withdrawn_at').execute();
  await db.schema.alterTable('value_commons').dropColumn('updated_at').execute();
}
