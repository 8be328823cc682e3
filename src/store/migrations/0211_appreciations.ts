import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/** Projection table of the `rhythms` projector's appreciations: who thanked whom, for what. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('appreciations')
    .addColumn('appreciation_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', types.int8, (c) => c.notNull().unique())
    .addColumn('from_member', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('contribution_id', 'text')
    .addColumn('period_from', 'text')
    .addColumn('period_to', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('given_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  // The profile and the care view read one member's thanks, newest first.
  await db.schema
    .createIndex('appreciations_by_member')
    .on('appreciations')
    .columns(['member_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('appreciations').execute();
}
