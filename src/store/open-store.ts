import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, SqliteDialect } from 'kysely';
import { LedgerStore } from './ledger-store.js';
import { statementPool } from './postgres-pool.js';
import { migrateToLatest } from './migrate.js';
import { projectors as registeredProjectors } from './projections/registry.js';
import type { Projector } from './projections/projector.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';
import { postgresRowWriter, sqliteRowWriter } from './row-writer.js';
import { withStatementCache } from './statement-cache.js';
import { rememberSqlite } from './sqlite-writes.js';
import { postgresWriteLock, sqliteWriteLock } from './write-lock.js';

export type OpenStoreOptions = (
  | { dataDir: string }
  | {
      databaseUrl: string;
      /** PostgreSQL schema to work in (created if missing), e.g. one per test run. */
      schema?: string;
    }
) & {
  /** Projectors to run; the registry by default. Tests pass their own to provoke failures. */
  projectors?: readonly Projector[];
};

/** Name of the SQLite file inside the data directory. */
export const SQLITE_FILE = 'disco.sqlite';

/** How long a writer waits for another process's write transaction before SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 15_000;

/**
 * Opens (creating and migrating as needed) the store: SQLite in a data directory, or PostgreSQL
 * at a connection URL. Any number of processes may open the same store.
 *
 * Open one Store per SQLite file per process: better-sqlite3 is synchronous, so a second
 * connection in the same process waiting on the first one's write lock would block the very
 * event loop the first needs to finish, and fail after the busy timeout.
 *
 * @example
 * const store = await openStore({ dataDir: './data' });
 * const pgStore = await openStore({ databaseUrl: 'postgres://disco@db/disco', schema: 'coop_a' });
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const projectors = options.projectors ?? registeredProjectors;
  if ('dataDir' in options) return openSqlite(options.dataDir, projectors);
  return openPostgres(options.databaseUrl, options.schema, projectors);
}

async function openSqlite(dataDir: string, projectors: readonly Projector[]): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  const database = new SqliteDatabase(join(dataDir, SQLITE_FILE));
  try {
    // First, so that even switching the journal mode waits for another process instead of failing.
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    // WAL: readers never block the writer and a commit is one sequential write to the log.
    database.pragma('journal_mode = WAL');
    // FULL (not WAL's usual NORMAL): the WAL is fsynced at every commit, so an acknowledged event
    // survives a power cut, not just a crash of the process. A cooperative's ledger is its record
    // of who did what and who is owed what; group commit (batch appends) pays for the fsync.
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    // Deleted rows are overwritten with zeros, not left in free pages: a check-in a member
    // deleted (or the sweep expired) must not stay readable in the database file.
    database.pragma('secure_delete = ON');
  } catch (error) {
    database.close();
    throw error;
  }
  const statements = withStatementCache(database);
  const dialect = new SqliteDialect({ database: statements });
  const db = new Kysely<Database>({ dialect });
  rememberSqlite(db, statements);
  try {
    await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new LedgerStore(
    'sqlite',
    db,
    sqliteWriteLock(db, database, dialect),
    projectors,
    sqliteRowWriter(database),
  );
}

/**
 * PostgreSQL bigint arrives as a string by default. Every bigint here (seq, sizes, indexes,
 * counts) is far below 2^53, so it is parsed to a number, and refused loudly rather than rounded
 * if one ever is not.
 */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value))
    throw new RangeError(`bigint ${text} does not fit a JavaScript number`);
  return value;
}

function pgTypes(pg: typeof import('pg').default) {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === pg.types.builtins.INT8 && format !== 'binary'
        ? parseInt8
        : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
  };
}

async function postgresDb(
  databaseUrl: string,
  schema: string | undefined,
): Promise<Kysely<Database>> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new RangeError(`schema ${JSON.stringify(schema)} must be a lower-case SQL identifier`);
  }
  // Loaded only here: pg's first load costs a SQLite node's every CLI start about 0.1 s of CPU.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    types: pgTypes(pg),
    // Every connection of the pool works in the schema, so the queries need no qualification.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection (a server restart) must not crash the process; the pool
  // drops that client and the next query opens a fresh one.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: statementPool(pool) }) });
}

/**
 * Opens a PostgreSQL streaming replica of a primary's store for reads. Nothing is created or
 * migrated: a hot standby refuses every write, and its schema is the primary's, replayed.
 *
 * @example const replica = await openReadReplica('postgres://disco@replica/disco');
 */
export async function openReadReplica(databaseUrl: string, schema?: string): Promise<Store> {
  const db = await postgresDb(databaseUrl, schema);
  return new LedgerStore(
    'postgres',
    db,
    postgresWriteLock(db),
    registeredProjectors,
    postgresRowWriter,
  );
}

async function openPostgres(
  databaseUrl: string,
  schema: string | undefined,
  projectors: readonly Projector[],
): Promise<Store> {
  const db = await postgresDb(databaseUrl, schema);
  try {
    if (schema) await createSchema(db, schema);
    await migrateToLatest(db as Kysely<unknown>, 'postgres', schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new LedgerStore('postgres', db, postgresWriteLock(db), projectors, postgresRowWriter);
}

async function createSchema(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    // Two processes creating it at once: IF NOT EXISTS can still lose the race on the catalog.
    const { rows } = await sql`select 1 from pg_namespace where nspname = ${schema}`.execute(db);
    if (rows.length === 0) throw error;
  }
}
