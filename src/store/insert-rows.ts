import {
  CompiledQuery,
  PostgresAdapter,
  sql,
  type Insertable,
  type Kysely,
  type RawBuilder,
} from 'kysely';
import { copyRows, COPY_FROM_ROWS } from './copy-rows.js';
import type { Database } from './schema.js';
import { runSqliteWrite } from './sqlite-writes.js';

/**
 * Rows per SQLite statement: one text per table and column list, so the statement cache prepares
 * it once; 64 rows × 27 columns stays far below SQLite's bound-parameter limit.
 */
const SQLITE_ROWS = 64;
/** Rows per PostgreSQL statement: a few MB of JSON at most, one round trip. */
const POSTGRES_ROWS = 5000;

const texts = new Map<string, string>();

function text(key: string, build: () => string): string {
  let found = texts.get(key);
  if (found === undefined) texts.set(key, (found = build()));
  return found;
}

/**
 * For running sums kept in rows (a projector's summaries): a row whose `keys` are already there
 * gets the new row's `sums` added to its own instead of a second row, and takes the new row's
 * `latest` as they are. The rows of one call must differ in their keys (a statement may update a
 * row once).
 */
export interface AddOnConflict<T extends keyof Database & string> {
  keys: readonly (keyof Database[T] & string)[];
  sums: readonly (keyof Database[T] & string)[];
  latest?: readonly (keyof Database[T] & string)[];
}

/** The `on conflict` clause that adds a row to the one already there (`AddOnConflict`), or none. */
function conflictClause<T extends keyof Database & string>(
  table: T,
  addOnConflict: AddOnConflict<T> | undefined,
): string {
  if (!addOnConflict) return '';
  const sets = [
    ...addOnConflict.sums.map((c) => `${c} = ${table}.${c} + excluded.${c}`),
    ...(addOnConflict.latest ?? []).map((c) => `${c} = excluded.${c}`),
  ];
  return ` on conflict (${addOnConflict.keys.join(', ')}) do update set ${sets.join(', ')}`;
}

/**
 * Inserts many rows into one table with statements built once, not through Kysely's query
 * builder: for a projector's bulk rows (a replay page, an import page) the builder's trees of
 * thousands of value nodes cost more than the inserts and were most of the garbage. On SQLite a
 * multi-row statement of 64 rows is prepared once and bound from the rows; on PostgreSQL the
 * whole batch is one parameter, a JSON array that `json_populate_recordset` turns into rows of
 * the table's own types, so a page of thousands of rows is one round trip with one parameter
 * rather than ten thousand to parse and bind.
 *
 * Values must be what the table's columns take as text or number (no bigint, no Buffer): the
 * projectors' rows already are. With `addOnConflict` each statement adds to the rows already there.
 *
 * @example await insertRows(db, 'activity_feed', ['seq', 'kind', ...], rows);
 */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rows: readonly Insertable<Database[T]>[],
  addOnConflict?: AddOnConflict<T>,
): Promise<void> {
  if (rows.length === 0) return;
  const list = columns.join(', ');
  const conflict = conflictClause(table, addOnConflict);
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    if (!addOnConflict && rows.length >= COPY_FROM_ROWS) return copyRows(db, table, columns, rows);
    const statement = text(
      `pg ${table} ${list}${conflict}`,
      () =>
        `insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $1::json)${conflict}`,
    );
    for (let i = 0; i < rows.length; i += POSTGRES_ROWS)
      await db.executeQuery(
        CompiledQuery.raw(statement, [JSON.stringify(rows.slice(i, i + POSTGRES_ROWS))]),
      );
    return;
  }
  const values = (n: number) =>
    text(`sqlite ${table} ${list} ${n}${conflict}`, () => {
      const one = `(${columns.map(() => '?').join(', ')})`;
      return `insert into ${table} (${list}) values ${Array.from({ length: n }, () => one).join(', ')}${conflict}`;
    });
  const record = (row: Insertable<Database[T]>, into: unknown[]) => {
    for (const column of columns) into.push((row as Record<string, unknown>)[column] ?? null);
  };
  let i = 0;
  for (; i + SQLITE_ROWS <= rows.length; i += SQLITE_ROWS) {
    const parameters: unknown[] = [];
    for (let j = i; j < i + SQLITE_ROWS; j++) record(rows[j]!, parameters);
    await runSqliteWrite(db, values(SQLITE_ROWS), parameters);
  }
  // The rest one row a statement, so at most two texts per table are ever prepared.
  for (; i < rows.length; i++) {
    const parameters: unknown[] = [];
    record(rows[i]!, parameters);
    await runSqliteWrite(db, values(1), parameters);
  }
}

/**
 * `insertRows`, but on PostgreSQL the statements are handed back to run later (a projector's
 * `DeferredWrite`s) rather than run; on SQLite they run at once.
 *
 * @example return insertRowsLater(db, 'activity_feed', COLUMNS, rows);
 */
export async function insertRowsLater<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rows: readonly Insertable<Database[T]>[],
  addOnConflict?: AddOnConflict<T>,
): Promise<RawBuilder<unknown>[]> {
  // A bulk page's rows go by COPY at once, their own round trip being worth it.
  if (!(db.getExecutor().adapter instanceof PostgresAdapter) || rows.length >= COPY_FROM_ROWS) {
    await insertRows(db, table, columns, rows, addOnConflict);
    return [];
  }
  const list = sql.raw(columns.join(', '));
  const conflict = sql.raw(conflictClause(table, addOnConflict));
  const writes: RawBuilder<unknown>[] = [];
  for (let i = 0; i < rows.length; i += POSTGRES_ROWS)
    writes.push(
      sql`insert into ${sql.raw(table)} (${list}) select ${list} from json_populate_recordset(null::${sql.raw(table)}, ${JSON.stringify(rows.slice(i, i + POSTGRES_ROWS))}::json)${conflict}`,
    );
  return writes;
}
