/** The two databases the store runs on. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * Column types that differ between the dialects; migrations write these instead of literal types.
 * SQLite's `integer` is already 64-bit, and an `integer primary key` is the rowid itself (no
 * second index), which is why `events.seq` is not declared `bigint` there.
 */
export interface ColumnTypes {
  int8: 'bigint' | 'integer';
  bytes: 'bytea' | 'blob';
  /** Appended to CREATE TABLE: SQLite STRICT makes it store values as declared, like PostgreSQL. */
  strict: boolean;
}

export function columnTypes(dialect: Dialect): ColumnTypes {
  return dialect === 'postgres'
    ? { int8: 'bigint', bytes: 'bytea', strict: false }
    : { int8: 'integer', bytes: 'blob', strict: true };
}
