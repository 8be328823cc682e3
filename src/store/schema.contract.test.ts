import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { dialects, skipping, type DialectUnderTest } from '../../test/support/stores.js';
import { migrateToLatest, SCHEMA_DROP_LOCK } from './migrate.js';
import { schemaColumns } from './schema-columns.js';

/*
 * schema.ts is written by hand and the migrations build the tables: the store's queries are only
 * as safe as the two agree. This migrates an empty database of each dialect and compares its
 * tables, columns and nullability with schema-columns.ts, which the compiler holds to `Database`.
 */

type Described = Record<string, Record<string, { nullable: boolean }>>;

/** Kysely's bookkeeping tables, not part of `Database`. */
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/** SQLite's FTS5 index of `search_documents` and its shadow tables: the engine's, not `Database`'s. */
const FULL_TEXT_INDEX = /^search_fts(_data|_idx|_docsize|_config)?$/;

/** The tables a fresh, fully migrated database of `d` has, described like schemaColumns. */
async function migratedSchema(d: DialectUnderTest): Promise<Described> {
  const { db, schema } = await migratedDatabase(d);
  const tables = await introspect(db, d);
  const described: Described = {};
  for (const table of tables) {
    if (MIGRATION_TABLES.has(table.name) || FULL_TEXT_INDEX.test(table.name)) continue;
    if (schema !== undefined && table.schema !== schema) continue;
    const rowidAlias = d.dialect === 'sqlite' ? await sqliteRowidAlias(db, table.name) : null;
    const columns: Record<string, { nullable: boolean }> = {};
    for (const column of table.columns) {
      // SQLite reports an INTEGER PRIMARY KEY as nullable, yet it is the rowid and never null.
      columns[column.name] = { nullable: column.isNullable && column.name !== rowidAlias };
    }
    described[table.name] = columns;
  }
  return described;
}

/**
 * Kysely's PostgreSQL introspection reads the catalog of every schema and fails when another
 * test drops one meanwhile, so it holds SCHEMA_DROP_LOCK shared, as migrations do.
 */
async function introspect(db: Kysely<unknown>, d: DialectUnderTest) {
  if (d.dialect === 'sqlite') return db.introspection.getTables();
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock_shared(${SCHEMA_DROP_LOCK})`.execute(conn);
    try {
      return await conn.introspection.getTables();
    } finally {
      await sql`select pg_advisory_unlock_shared(${SCHEMA_DROP_LOCK})`.execute(conn);
    }
  });
}

/** The column that is an alias of the rowid (a sole INTEGER PRIMARY KEY), if the table has one. */
async function sqliteRowidAlias(db: Kysely<unknown>, table: string): Promise<string | null> {
  const { rows } = await sql<{ name: string; type: string }>`
    select name, type from pragma_table_info(${table}) where pk > 0
  `.execute(db);
  const [only] = rows;
  return rows.length === 1 && only && only.type.toUpperCase() === 'INTEGER' ? only.name : null;
}

async function migratedDatabase(
  d: DialectUnderTest,
): Promise<{ db: Kysely<unknown>; schema?: string }> {
  if (d.dialect === 'sqlite') {
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
    });
    onTestFinished(() => db.destroy());
    await migrateToLatest(db, 'sqlite');
    return { db };
  }
  const location = await d.freshLocation();
  const { options } = location;
  if (!('databaseUrl' in options) || !options.schema)
    throw new Error('a PostgreSQL location needs a URL and a schema');
  const { databaseUrl, schema } = options;
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${schema}` }),
    }),
  });
  onTestFinished(async () => {
    await db.destroy();
    await location.dispose();
  });
  await sql`create schema ${sql.id(schema)}`.execute(db);
  await migrateToLatest(db, 'postgres', schema);
  return { db, schema };
}

/** Every way `actual` differs from `expected`, one line each, so a failure says what drifted. */
function drift(expected: Described, actual: Described): string[] {
  const found: string[] = [];
  for (const table of Object.keys(expected)) {
    if (!actual[table]) found.push(`table ${table}: in schema.ts, not created by the migrations`);
  }
  for (const [table, columns] of Object.entries(actual)) {
    const described = expected[table];
    if (!described) {
      found.push(`table ${table}: created by the migrations, missing from schema.ts`);
      continue;
    }
    for (const column of Object.keys(described)) {
      if (!columns[column]) found.push(`${table}.${column}: in schema.ts, not in the database`);
    }
    for (const [column, { nullable }] of Object.entries(columns)) {
      const want = described[column];
      if (!want) found.push(`${table}.${column}: in the database, missing from schema.ts`);
      else if (want.nullable !== nullable)
        found.push(
          `${table}.${column}: ${nullable ? 'nullable' : 'not null'} in the database, ` +
            `${want.nullable ? 'nullable' : 'not null'} in schema.ts`,
        );
    }
  }
  return found.sort();
}

for (const d of dialects) {
  describe.skipIf(skipping(d, 'schema contract'))(`schema contract (${d.dialect})`, () => {
    it('the migrated tables, columns and nullability are exactly those of schema.ts', async () => {
      const actual = await migratedSchema(d);
      expect(drift(schemaColumns, actual)).toEqual([]);
      expect(Object.keys(actual).sort()).toEqual(Object.keys(schemaColumns).sort());
    });
  });
}

describe('schema contract: the comparison itself', () => {
  it('reports a missing table, an extra column and a wrong nullability', () => {
    const expected: Described = { a: { x: { nullable: false } }, b: { y: { nullable: true } } };
    const actual: Described = { a: { x: { nullable: true }, z: { nullable: false } } };
    expect(drift(expected, actual)).toEqual([
      'a.x: nullable in the database, not null in schema.ts',
      'a.z: in the database, missing from schema.ts',
      'table b: in schema.ts, not created by the migrations',
    ]);
  });
});
