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
