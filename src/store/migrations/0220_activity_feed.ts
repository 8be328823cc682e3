import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Projection table of the `activity` projector: one line per event, as a message code and its
 * parameters. The feed reads it newest first by `seq`, whole or by member, circle or kind, so each
 * filter has an index that ends in `seq`: a page is one index range, however long the ledger.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('activity_feed')
    .addColumn('seq', types.int8, (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text')
    .addColumn('circle_id', 'text')
    .addColumn('proposal_id', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  for (const column of ['member_id', 'circle_id', 'kind'] as const)
    await db.schema
      .createIndex(`activity_feed_by_${column}`)
      .on('activity_feed')
      .columns([column, 'seq'])
      .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('activity_feed').execute();
}
