import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Drops the secondary indexes of `tables` (not the unique ones, which upserts and constraints
 * need) and gives back what builds them again, from their own definitions: a sort once at the
 * end of a replay is far cheaper than keeping every index in order through every insert.
 *
 * @example const restore = await setIndexesAside(db, tables); ...; await restore();
 */
export async function setIndexesAside(
  db: Kysely<Database>,
  tables: readonly string[],
): Promise<() => Promise<void>> {
  const { rows } = await sql<{ name: string; definition: string }>`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i
    where i.indrelid = any (select to_regclass(t)::oid from unnest(${tables}::text[]) as t)
      and not i.indisunique and not i.indisprimary`.execute(db);
  if (rows.length > 0)
    await sql`drop index ${sql.raw(rows.map(({ name }) => name).join(', '))}`.execute(db);
  return async () => {
    for (const { definition } of rows) await sql.raw(definition).execute(db);
  };
}

/**
 * SQLite's `setIndexesAside`: drops the secondary indexes of `tables` (not the unique ones) and,
 * unless `fullText` is false, the triggers on them that keep an external-content full-text table
 * in step row by row; gives back what creates them again from their own definitions and rebuilds
 * those full-text tables once from their content. With those triggers gone, `delete` without
 * `where` clears a table whole. All of it is in the caller's transaction: a failure leaves
 * indexes, triggers and rows as they were, and other connections see none of it (they read the
 * schema of their own snapshot, as they read its rows).
 *
 * @example const restore = await setSqliteIndexesAside(db, tables); ...; await restore();
 */
export async function setSqliteIndexesAside(
  db: Kysely<Database>,
  tables: readonly string[],
  { fullText = true }: { fullText?: boolean } = {},
): Promise<() => Promise<void>> {
  const { rows: virtual } = await sql<{ name: string; definition: string }>`
    select name, sql as definition from sqlite_master
    where type = 'table' and sql like 'create virtual table%using fts5%'`.execute(db);
  const fullTextTables = !fullText
    ? []
    : virtual
        .filter(({ definition }) => {
          const content = /content\s*=\s*'([^']+)'/i.exec(definition)?.[1];
          return content !== undefined && tables.includes(content);
        })
        .map(({ name }) => name);
  if (tables.length === 0) return async () => undefined;
  const { rows: found } = await sql<{
    type: 'index' | 'trigger';
    name: string;
    definition: string;
  }>`
    select m.type, m.name, m.sql as definition
    from sqlite_master m
    where m.tbl_name in (${sql.join(tables)}) and m.sql is not null
      and (m.type = 'trigger' or (m.type = 'index' and not exists (
        select 1 from pragma_index_list(m.tbl_name) l where l.name = m.name and l."unique")))
    order by m.type, m.name`.execute(db);
  // Only the full-text tables' triggers: any other trigger keeps doing its work meanwhile.
  const rows = found.filter(
    ({ type, definition }) =>
      type === 'index' || fullTextTables.some((name) => definition.includes(name)),
  );
  for (const { type, name } of rows)
    await sql`${sql.raw(`drop ${type}`)} ${sql.id(name)}`.execute(db);
  return async () => {
    for (const { type, definition } of rows)
      if (type === 'index') await sql.raw(definition).execute(db);
    for (const name of fullTextTables)
      await sql`insert into ${sql.id(name)} (${sql.id(name)}) values ('rebuild')`.execute(db);
    for (const { type, definition } of rows)
      if (type === 'trigger') await sql.raw(definition).execute(db);
  };
}

/**
 * Of `tables`, those holding at most `rows` rows: in a write of `rows` events, the read models
 * the write has at least doubled (its rows outnumber those there before), whose indexes cost less
 * to build again once than to keep in order row by row. Counts stop at `rows + 1`, so a large
 * table costs no more to pass over than a small one.
 *
 * @example const outgrown = await tablesOutgrownBy(db, projectorTables, 12_000);
 */
export async function tablesOutgrownBy(
  db: Kysely<Database>,
  tables: readonly string[],
  rows: number,
): Promise<string[]> {
  const outgrown: string[] = [];
  for (const table of tables) {
    const { rows: counted } = await sql<{ n: number }>`
      select count(*) as n from (select 1 from ${sql.table(table)} limit ${rows + 1}) as t`.execute(
      db,
    );
    if (Number(counted[0]?.n ?? 0) <= rows) outgrown.push(table);
  }
  return outgrown;
}
