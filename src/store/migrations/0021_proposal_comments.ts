import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/** Projection tables of deliberation: threaded comments, every earlier text of an edited comment, and reactions. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('proposal_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('posted_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('proposal_comments_by_proposal')
    .on('proposal_comments')
    .columns(['proposal_id', 'id'])
    .execute();

  await db.schema
    .createTable('comment_edits')
    .addColumn('seq', types.int8, (c) => c.primaryKey())
    .addColumn('comment_id', 'text', (c) => c.notNull())
    .addColumn('previous_text', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createIndex('comment_edits_by_comment')
    .on('comment_edits')
    .columns(['comment_id', 'seq'])
    .execute();

  await db.schema
    .createTable('comment_reactions')
    .addColumn('comment_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('reaction', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_reactions_pk', ['comment_id', 'member_id', 'reaction'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['comment_reactions', 'comment_edits', 'proposal_comments'])
    await db.schema.dropTable(table).execute();
}
