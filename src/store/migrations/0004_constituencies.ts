import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/** Projection table of the `constituencies` projector; rights are 0/1 integers in both dialects. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('constituencies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('propose', 'integer', (c) => c.notNull())
    .addColumn('comment', 'integer', (c) => c.notNull())
    .addColumn('vote', 'integer', (c) => c.notNull())
    .addColumn('binding_vote', 'integer', (c) => c.notNull())
    .addColumn('defined_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('constituencies').execute();
}
