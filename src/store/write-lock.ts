import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { PREPARE_MARK } from './prepared-statement.js';
import type { Database } from './schema.js';
import type { ChainHead } from './store.js';

/**
 * Runs `work` in a write transaction that no other writer, in this process or another, can
 * interleave with, handing it the chain head as of the lock. Whatever `work` throws rolls the
 * whole transaction back.
 */
export type WriteLock = <T>(
  work: (db: Kysely<Database>, head: ChainHead) => Promise<T>,
) => Promise<T>;

/**
 * SQLite: `BEGIN IMMEDIATE` takes the database's single write lock up front, so the head read
 * below can never be stale. Kysely's `transaction()` would issue a deferred `BEGIN`, which fails
 * with SQLITE_BUSY instead of waiting when two processes upgrade to writers at once. The driver
 * has one connection behind a mutex, so `connection()` also serializes this process's writers;
 * other processes wait on `busy_timeout`. The lock's own three statements are prepared once on
 * that connection (`database`, the one Kysely's dialect wraps) and run directly: through Kysely,
 * building and compiling them cost more than running them.
 *
 * @example const size = await sqliteWriteLock(db, database)(async (trx, head) => head.size);
 */
export function sqliteWriteLock(db: Kysely<Database>, database: BetterSqlite3.Database): WriteLock {
  const begin = database.prepare('begin immediate');
  const readHead = database.prepare<[], ChainHead>(
    'select size, hash from chain_head where id = 1',
  );
  const commit = database.prepare('commit');
  const rollback = database.prepare('rollback');
  return (work) =>
    db.connection().execute(async (conn) => {
      begin.run();
      try {
        const head = readHead.get();
        if (!head) throw new Error('the chain_head row is missing');
        const result = await work(conn, head);
        commit.run();
        return result;
      } catch (error) {
        // If COMMIT itself failed SQLite may have rolled back already.
        try {
          if (database.inTransaction) rollback.run();
        } catch {
          // The transaction is gone either way; the first error is the one to report.
        }
        throw error;
      }
    });
}

/**
 * PostgreSQL: the chain head row is the lock. `FOR UPDATE` makes every other writer wait for this
 * transaction, and under READ COMMITTED each later statement sees what the previous holder wrote.
 * `begin` and the head's read go as one simple query (one round trip, not two): the pool
 * `postgresDb` makes answers with the last statement's rows (`statementPool`).
 *
 * @example const size = await postgresWriteLock(db)(async (trx, head) => head.size);
 */
export function postgresWriteLock(db: Kysely<Database>): WriteLock {
  return (work) =>
    db.connection().execute(async (conn) => {
      try {
        // No parameters, so pg sends it as a simple query, where several statements are allowed;
        // the pool runs the marked select as a statement it prepared (`statementPool`).
        const { rows } =
          await sql<ChainHead>`begin; ${sql.raw(PREPARE_MARK)}select size, hash from chain_head where id = 1 for update`.execute(
            conn,
          );
        const head = rows[0];
        if (!head) throw new Error('the chain_head row is missing');
        const result = await work(conn, head);
        await sql`commit`.execute(conn);
        return result;
      } catch (error) {
        // Outside a transaction (begin itself failed) this only warns; the first error is the one to report.
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw error;
      }
    });
}
