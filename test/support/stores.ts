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
