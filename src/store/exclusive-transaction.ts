import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { Store } from './store.js';

/**
 * Off-ledger work that must read and then write without another server slipping in between,
 * named so that unrelated work does not wait for it. Numbers keep the PostgreSQL advisory locks
 * of different purposes apart; the two-key form never meets the one-key locks migrations take.
 */
export const EXCLUSIVE_LOCKS = {
  /** Counting sign-in attempts and recording the next one. */
  signInAttempts: 1,
  /** Signing the checkpoint that covers the latest writes, on the checkpoint timer. */
  checkpointSigning: 2,
} as const;

const LOCK_CLASS = 0x64697363; // "disc"

/**
 * Runs `work` in a transaction that no other caller of the same lock, in this process or another
 * server on the same database, can interleave with; whatever `work` throws rolls it back.
 *
 * SQLite has one writer at a time: `BEGIN IMMEDIATE` takes that lock before the first read (a
 * deferred `BEGIN` would read, then fail with SQLITE_BUSY on upgrading), and the driver's single
 * connection keeps this process's other queries out until the end. PostgreSQL takes a
 * transaction-scoped advisory lock, released by the commit or rollback.
 *
 * @example await exclusiveTransaction(store, EXCLUSIVE_LOCKS.signInAttempts, async (db) => db.selectFrom('sign_in_failures').selectAll().execute());
 */
export async function exclusiveTransaction<T>(
  store: Pick<Store, 'db' | 'dialect'>,
  lock: (typeof EXCLUSIVE_LOCKS)[keyof typeof EXCLUSIVE_LOCKS],
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (store.dialect === 'postgres') {
    return store.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${LOCK_CLASS}::int, ${lock}::int)`.execute(trx);
      return work(trx);
    });
  }
  return store.db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Runs `work` unless another server on the same database is running it right now, in which case
 * it answers undefined at once: for periodic duties every server's timer fires, but one of them
 * doing each beat is enough. PostgreSQL holds a session advisory lock on one pooled connection
 * while `work` runs (on others); the key includes the schema, so that DisCOs sharing a database
 * in separate schemas never skip each other's beat. SQLite has one node: `work` just runs.
 *
 * @example const signed = await unlessRunningElsewhere(store, EXCLUSIVE_LOCKS.checkpointSigning, () => makeCheckpoint(ctx));
 */
export async function unlessRunningElsewhere<T>(
  store: Pick<Store, 'db' | 'dialect'>,
  lock: (typeof EXCLUSIVE_LOCKS)[keyof typeof EXCLUSIVE_LOCKS],
  work: () => Promise<T>,
): Promise<T | undefined> {
  if (store.dialect !== 'postgres') return work();
  return store.db.connection().execute(async (conn) => {
    const key = sql`${LOCK_CLASS}::int, hashtext(current_schema() || ':' || ${String(lock)})`;
    const { rows } = await sql<{
      got: boolean;
    }>`select pg_try_advisory_lock(${key}) as got`.execute(conn);
    if (!rows[0]?.got) return undefined;
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(conn);
    }
  });
}
