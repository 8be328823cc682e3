import { CompiledQuery, type DialectAdapter, type Kysely, type SqliteDatabase } from 'kysely';

/** The statements of each SQLite database the store opened, by its Kysely instance's adapter. */
const opened = new WeakMap<DialectAdapter, SqliteDatabase>();

/**
 * Lets `runSqliteWrite` reach the SQLite database under `db` (and every Kysely instance bound to
 * one of its connections, which share its adapter).
 *
 * @example rememberSqlite(db, withStatementCache(database));
 */
export function rememberSqlite<D>(db: Kysely<D>, statements: SqliteDatabase): void {
  opened.set(db.getExecutor().adapter, statements);
}

/**
 * Runs one write (`?` placeholders) on the SQLite database under `db` at once. Kysely's executor
 * (a connection provider, its mutex, a promise at each layer) costs several times more than a
 * one-row insert, and projectors run such writes in every append's transaction. Only for code the
 * store runs while it holds the connection (projectors, in the write lock's transaction), since
 * this does not wait for Kysely's mutex; on a SQLite database the store did not open, Kysely runs it.
 *
 * @example await runSqliteWrite(db, 'update disco_profile set name = ? where id = 1', [name]);
 */
export async function runSqliteWrite<D>(
  db: Kysely<D>,
  text: string,
  parameters: unknown[],
): Promise<void> {
  const statements = opened.get(db.getExecutor().adapter);
  if (statements) statements.prepare(text).run(parameters);
  else await db.executeQuery(CompiledQuery.raw(text, parameters));
}
