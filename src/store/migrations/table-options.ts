import { sql, type CreateTableBuilder } from 'kysely';
import type { ColumnTypes } from '../dialect.js';

/**
 * Closes a CREATE TABLE with SQLite's table options; PostgreSQL needs none. Kept apart from the
 * migrations so that each migration stays frozen once released while sharing this rule.
 *
 * @example await tableOptions(db.schema.createTable('t').addColumn('a', 'text'), types).execute();
 */
export function tableOptions<T extends string>(
  builder: CreateTableBuilder<T>,
  types: ColumnTypes,
  options: { withoutRowid?: boolean } = {},
): CreateTableBuilder<T> {
  if (!types.strict) return builder;
  // A composite primary key in a WITHOUT ROWID table is the table itself: one b-tree, not two.
  return builder.modifyEnd(options.withoutRowid ? sql`strict, without rowid` : sql`strict`);
}
