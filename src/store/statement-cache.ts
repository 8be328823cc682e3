import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct SQL texts kept prepared; multi-row inserts and IN lists vary, so the cache is bounded. */
const CAPACITY = 256;

/**
 * Hands Kysely's SQLite driver a database whose `prepare` reuses statements. The driver prepares
 * every query afresh, and preparing costs more than running a small statement; projectors issue
 * one or two statements per event, so without the cache an append spends most of its time
 * compiling SQL. A statement busy in an unfinished `iterate()` is never handed out twice.
 *
 * @example new SqliteDialect({ database: withStatementCache(new Database(file)) })
 */
export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement && !statement.busy) {
        // Re-insert to mark it most recently used; Map keeps insertion order.
        cache.delete(sql);
      } else {
        statement = database.prepare(sql);
      }
      cache.set(sql, statement);
      if (cache.size > CAPACITY) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
