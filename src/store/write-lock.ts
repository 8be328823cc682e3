import type BetterSqlite3 from 'better-sqlite3';
import {
  Kysely,
  sql,
  type ConnectionProvider,
  type DatabaseConnection,
  type Dialect,
} from 'kysely';
import { HOLD_BEGIN_MARK, PREPARE_MARK } from './prepared-statement.js';
import type { Database } from './schema.js';
import type { ChainHead } from './store.js';

/**
 * Runs `work` in a write transaction that no other writer, in this process or another, can
 * interleave with, handing it the chain head as of the lock. Whatever `work` throws rolls the
 * whole transaction back.
 */
export type WriteLock = <T>(
  work: (db: Kysely<Database>, head: ChainHead) => Promise<T>,
  /**
   * The head the caller last saw, when `work` may run twice: on PostgreSQL the lock then waits
   * to travel with the transaction's first statement, checking that the head is still this one;
   * if it moved, the transaction rolls back and `work` runs again with the head under the lock.
   */
  expected?: ChainHead,
) => Promise<T>;

/**
 * SQLite: `BEGIN IMMEDIATE` takes the database's single write lock up front, so the head read
 * below can never be stale. Kysely's `transaction()` would issue a deferred `BEGIN`, which fails
 * with SQLITE_BUSY instead of waiting when two processes upgrade to writers at once. The driver
 * has one connection behind a mutex, which the lock holds for the whole transaction, so it also
 * serializes this process's writers; other processes wait on `busy_timeout`. The lock's own three
 * statements are prepared once on that connection (`database`, the one Kysely's `dialect` wraps)
 * and run directly: through Kysely, building and compiling them cost more than running them.
 * `work` gets one Kysely instance, made once, that runs on whatever connection the lock holds:
 * Kysely's `connection()` would build a new instance for each append (6–16 µs of a single
 * append's 330). Kept beyond its call, that instance refuses to run outside the lock.
 *
 * @example const size = await sqliteWriteLock(db, database, dialect)(async (trx, head) => head.size);
 */
export function sqliteWriteLock(
  db: Kysely<Database>,
  database: BetterSqlite3.Database,
  dialect: Dialect,
): WriteLock {
  const begin = database.prepare('begin immediate');
  const readHead = database.prepare<[], ChainHead>(
    'select size, hash from chain_head where id = 1',
  );
  const commit = database.prepare('commit');
  const rollback = database.prepare('rollback');
  let held: DatabaseConnection | undefined;
  const provider: ConnectionProvider = {
    async provideConnection(consumer) {
      if (!held)
        throw new Error(
          'this database handle belongs to a write that has ended; use the store’s own outside it',
        );
      return consumer(held);
    },
  };
  // Only its executor runs queries; the driver is never initialized or used (no transaction()
  // is begun inside the lock's own).
  const locked = new Kysely<Database>({
    config: { dialect },
    dialect,
    driver: dialect.createDriver(),
    executor: db.getExecutor().withConnectionProvider(provider),
  });
  return (work) =>
    db.getExecutor().provideConnection(async (connection) => {
      held = connection;
      begin.run();
      try {
        const head = readHead.get();
        if (!head) throw new Error('the chain_head row is missing');
        const result = await work(locked, head);
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
      } finally {
        held = undefined;
      }
    });
}

/** Opens the error a moved head raises in the check of `postgresWriteLock`. */
const HEAD_MOVED = 'disco: the chain head moved';

/**
 * PostgreSQL: the chain head row is the lock. `FOR UPDATE` makes every other writer wait for this
 * transaction, and under READ COMMITTED each later statement sees what the previous holder wrote.
 * `begin` and the head's read go as one simple query (one round trip, not two): the pool
 * `postgresDb` makes answers with the last statement's rows (`statementPool`).
 *
 * Given the head it expects, the lock is taken by a check that travels with the transaction's
 * first statement (`HOLD_BEGIN_MARK`): when that statement is the append's held page, the whole
 * append is one round trip. The check fails the transaction if the head is not the expected one
 * (another process appended meanwhile); `work` then runs again under the lock taken first, and
 * the next call takes it first too, since this process's view of the head proved stale.
 *
 * @example const size = await postgresWriteLock(db)(async (trx, head) => head.size);
 */
export function postgresWriteLock(db: Kysely<Database>): WriteLock {
  // Set when an expected head proved stale: the next call takes the lock first as well.
  let distrusted = false;
  const run = async <T>(
    conn: Kysely<Database>,
    work: (db: Kysely<Database>, head: ChainHead) => Promise<T>,
    expected: ChainHead | undefined,
  ): Promise<T> => {
    try {
      let head = expected;
      if (head) {
        // An else branch that reads the row, so the planner cannot fold the failing cast away.
        await sql`begin; ${sql.raw(HOLD_BEGIN_MARK)}select case when hash = ${head.hash} then true else (${sql.lit(`${HEAD_MOVED} from `)} || ${head.hash}::text || ' to ' || hash)::boolean end from chain_head where id = 1 for update`.execute(
          conn,
        );
      } else {
        // No parameters, so pg sends it as a simple query, where several statements are allowed;
        // the pool runs the marked select as a statement it prepared (`statementPool`).
        const { rows } =
          await sql<ChainHead>`begin; ${sql.raw(PREPARE_MARK)}select size, hash from chain_head where id = 1 for update`.execute(
            conn,
          );
        head = rows[0];
        if (!head) throw new Error('the chain_head row is missing');
      }
      const result = await work(conn, head);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // Outside a transaction (begin itself failed) this only warns; the first error is the one to report.
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  };
  return (work, expected) =>
    db.connection().execute(async (conn) => {
      if (expected && !distrusted) {
        try {
          return await run(conn, work, expected);
        } catch (error) {
          if (!headMoved(error)) throw error;
          distrusted = true;
          return run(conn, work, undefined);
        }
      }
      distrusted = false;
      return run(conn, work, undefined);
    });
}

function headMoved(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === '22P02' &&
    error.message.includes(HEAD_MOVED)
  );
}
