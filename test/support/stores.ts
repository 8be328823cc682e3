import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { onTestFinished } from 'vitest';
import type { Dialect } from '../../src/store/dialect.js';
import { SCHEMA_DROP_LOCK } from '../../src/store/migrate.js';
import { openStore, type OpenStoreOptions } from '../../src/store/open-store.js';
import type { Projector } from '../../src/store/projections/projector.js';
import type { Store } from '../../src/store/store.js';

/**
 * Real databases for tests: SQLite in a fresh temporary directory, PostgreSQL in a fresh schema
 * of the server at DISCO_TEST_DATABASE_URL (default: the local trust-auth server).
 */
export const TEST_DATABASE_URL =
  process.env.DISCO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A place a store can be opened, and reopened (also by another process), until disposed. */
export interface StoreLocation {
  readonly dialect: Dialect;
  readonly options: OpenStoreOptions;
  dispose(): Promise<void>;
}

export interface DialectUnderTest {
  readonly dialect: Dialect;
  /** Why this dialect's suites are skipped, or false when they run. */
  readonly skip: string | false;
  freshLocation(): Promise<StoreLocation>;
}

async function postgresUnreachable(): Promise<string | false> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    await client.query('select 1');
    return false;
  } catch (error) {
    return `PostgreSQL at ${TEST_DATABASE_URL} is unreachable (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const postgresSkip = await postgresUnreachable();
if (postgresSkip && process.env.CI === 'true') {
  // CI promises a PostgreSQL server; silently testing SQLite alone there would hide regressions.
  throw new Error(
    `${postgresSkip}; CI must run the PostgreSQL suites (set DISCO_TEST_DATABASE_URL)`,
  );
}

const sqlite: DialectUnderTest = {
  dialect: 'sqlite',
  skip: false,
  async freshLocation() {
    const dataDir = mkdtempSync(join(tmpdir(), 'disco-store-'));
    return {
      dialect: 'sqlite',
      options: { dataDir },
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  },
};

const postgres: DialectUnderTest = {
  dialect: 'postgres',
  skip: postgresSkip,
  async freshLocation() {
    const schema = `t_${randomBytes(8).toString('hex')}`;
    return {
      dialect: 'postgres',
      options: { databaseUrl: TEST_DATABASE_URL, schema },
      dispose: async () => {
        const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await client.connect();
        try {
          await client.query('select pg_advisory_lock($1)', [SCHEMA_DROP_LOCK.toString()]);
          await client.query(`drop schema if exists "${schema}" cascade`);
        } finally {
          await client.end();
        }
      },
    };
  },
};

export const dialects: readonly DialectUnderTest[] = [sqlite, postgres];

/**
 * `describe.skipIf` argument for a dialect, saying on the console which suite is skipped and why.
 *
 * @example describe.skipIf(skipping(d, 'store contract'))(`store contract (${d.dialect})`, () => {});
 */
export function skipping(d: DialectUnderTest, suite: string): boolean {
  if (d.skip) console.warn(`[skipped] ${suite} (${d.dialect}): ${d.skip}`);
  return d.skip !== false;
}

/**
 * A fresh location for the running test, disposed (with every store opened through it) when the
 * test finishes.
 *
 * @example const place = await testLocation(d); const store = await place.open();
 */
export async function testLocation(
  d: DialectUnderTest,
): Promise<
  StoreLocation & { open(options?: { projectors?: readonly Projector[] }): Promise<Store> }
> {
  const location = await d.freshLocation();
  const opened: Store[] = [];
  onTestFinished(async () => {
    for (const store of opened) await store.close().catch(() => undefined);
    await location.dispose();
  });
  return {
    ...location,
    async open(options = {}) {
      const store = await openStore({ ...location.options, ...options });
      opened.push(store);
      return store;
    },
  };
}

/**
 * An empty store for the running test, closed and removed when the test finishes.
 *
 * @example const store = await testStore(d);
 */
export async function testStore(
  d: DialectUnderTest,
  options: { projectors?: readonly Projector[] } = {},
): Promise<Store> {
  return (await testLocation(d)).open(options);
}

/**
 * Opens store after store at one location, each as a freshly migrated one would be, for property
 * tests with many runs. On PostgreSQL creating, migrating and dropping a schema costs seconds per
 * run on a loaded machine (a dozen runs came near the test's timeout); here the schema is
 * migrated once, and each later `open` empties every table and puts back the rows the migrations
 * themselves wrote (the chain head), so each run still starts from exactly the migrated state.
 * SQLite gets a fresh directory per run, which is cheap.
 *
 * @example const place = await reusableLocation(d); const store = await place.open(); … await place.dispose();
 */
export async function reusableLocation(
  d: DialectUnderTest,
): Promise<{ open(): Promise<Store>; dispose(): Promise<void> }> {
  if (d.dialect !== 'postgres') {
    const used: StoreLocation[] = [];
    return {
      async open() {
        const location = await d.freshLocation();
        used.push(location);
        return openStore(location.options);
      },
      async dispose() {
        for (const location of used) await location.dispose();
      },
    };
  }
  const location = await d.freshLocation();
  const options = location.options as { databaseUrl: string; schema: string };
  let migrated: {
    tables: string[];
    sequences: string[];
    rows: Map<string, Record<string, unknown>[]>;
  } | null = null;
  const query = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({
      connectionString: options.databaseUrl,
      options: `-c search_path=${options.schema}`,
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    async open() {
      if (migrated === null) {
        const store = await openStore(options);
        migrated = await query(async (client) => {
          const { rows: names } = await client.query<{ name: string }>(
            `select table_name as name from information_schema.tables
             where table_schema = current_schema() and table_type = 'BASE TABLE'
             and table_name not like 'kysely_migration%'`,
          );
          const tables = names.map((n) => n.name);
          const rows = new Map<string, Record<string, unknown>[]>();
          for (const table of tables) {
            const found = await client.query<Record<string, unknown>>(`select * from "${table}"`);
            if (found.rows.length > 0) rows.set(table, found.rows);
          }
          const { rows: found } = await client.query<{ name: string }>(
            `select sequence_name as name from information_schema.sequences
             where sequence_schema = current_schema()`,
          );
          return { tables, sequences: found.map((q) => q.name), rows };
        });
        return store;
      }
      const { tables, sequences, rows } = migrated;
      await query(async (client) => {
        // Deletes, not TRUNCATE: truncating a hundred tables gives each new files, and that
        // costs more than the whole migration did. The replica role skips foreign-key checks, so
        // the tables may be emptied in any order.
        await client.query(
          [
            'begin',
            "set local session_replication_role = 'replica'",
            ...tables.map((t) => `delete from "${t}"`),
            ...sequences.map((q) => `alter sequence "${q}" restart`),
            'commit',
          ].join(';\n'),
        );
        for (const [table, written] of rows)
          for (const row of written) {
            const columns = Object.keys(row);
            await client.query(
              `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
              columns.map((c) => row[c]),
            );
          }
      });
      return openStore(options);
    },
    dispose: () => location.dispose(),
  };
}
