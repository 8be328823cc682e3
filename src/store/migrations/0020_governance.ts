import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Projection tables of the `governance` projector: proposals with their versions, each member's
 * current ballot with the history of every ballot, and the governance parameters. JSON documents
 * (settings, changes, ballots, results) are kept as the canonical text the ledger holds.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('circle_id', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('result', 'text')
    .addColumn('executed_seq', types.int8)
    .addColumn('outcome_statement', 'text')
    .addColumn('review_date', 'text')
    .addColumn('review_of', 'text')
    .addColumn('review_id', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  // The scheduler asks for the next deadline among open proposals.
  await db.schema
    .createIndex('proposals_by_status_deadline')
    .on('proposals')
    .columns(['status', 'deadline'])
    .execute();
  // The scheduler asks for the next review date among decisions not yet reviewed.
  await db.schema
    .createIndex('proposals_by_review_date')
    .on('proposals')
    .columns(['review_id', 'review_date'])
    .execute();

  await db.schema
    .createTable('proposal_versions')
    .addColumn('proposal_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('proposal_versions_pk', ['proposal_id', 'version'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();

  // One row per member and proposal: a new ballot replaces the old, so nobody counts twice.
  await db.schema
    .createTable('ballots')
    .addColumn('proposal_id', 'text', (c) => c.notNull())
    .addColumn('voter_id', 'text', (c) => c.notNull())
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('ballot', 'text', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addColumn('binding', 'integer', (c) => c.notNull())
    .addColumn('constituency_ids', 'text', (c) => c.notNull())
    .addColumn('cast_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ballots_pk', ['proposal_id', 'voter_id'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();

  await db.schema
    .createTable('ballot_history')
    .addColumn('seq', types.int8, (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull())
    .addColumn('voter_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('ballot', 'text', (c) => c.notNull())
    .addColumn('cast_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('ballot_history_by_proposal')
    .on('ballot_history')
    .columns(['proposal_id', 'voter_id', 'seq'])
    .execute();

  await db.schema
    .createTable('governance_parameters')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('parameters', 'text', (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'governance_parameters',
    'ballot_history',
    'ballots',
    'proposal_versions',
    'proposals',
  ])
    await db.schema.dropTable(table).execute();
}
