import { Migrator, sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { genesisDraft, renameDraft, testNode, testTime } from '../../../test/support/ledger.js';
import { dialects, skipping, testLocation } from '../../../test/support/stores.js';
import { migrateToLatest, migrationProvider, SCHEMA_DROP_LOCK } from '../migrate.js';
import type { Database } from '../schema.js';
import type { Dialect } from '../dialect.js';

const node = testNode().signer;

/** The definition of an index or a table as the database keeps it. */
async function definition(db: Kysely<Database>, dialect: Dialect, name: string): Promise<string> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{
          text: string;
        }>`select sql as text from sqlite_schema where name = ${name}`.execute(db)
      : await sql<{
          text: string;
        }>`select indexdef as text from pg_indexes where schemaname = current_schema() and indexname = ${name}`.execute(
          db,
        );
  return rows[0]?.text ?? '';
}

/** The plan of the feed's read of one member's lines. */
async function memberFeedPlan(db: Kysely<Database>, dialect: Dialect): Promise<string> {
  const read = sql`select * from activity_feed where member_id = ${'m-1'} order by seq desc limit 20`;
  if (dialect === 'sqlite') {
    const { rows } = await sql<{ detail: string }>`explain query plan ${read}`.execute(db);
    return rows.map((r) => r.detail).join('\n');
  }
  return db.connection().execute(async (conn) => {
    // The tables are tiny: only forbidding a sequential scan shows whether the index can serve.
    await sql`set enable_seqscan = off`.execute(conn);
    const { rows } = await sql<{ 'QUERY PLAN': string }>`explain ${read}`.execute(conn);
    await sql`reset enable_seqscan`.execute(conn);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe.each(dialects)('migration 0359: fewer pages per append ($dialect)', (d) => {
  it.skipIf(skipping(d, 'migration 0359'))(
    'keeps every actor and feed line through down and up, with partial feed indexes the feed still reads',
    async () => {
      const place = await testLocation(d);
      const store = await place.open();
      const ctx = { node, now: testTime(1000) };
      await store.append([genesisDraft(node)], ctx);
      for (let i = 1; i <= 5; i++)
        await store.append([renameDraft(`Name ${i}`, `actor-${i % 3}`, i)], ctx);
      const actors = async () =>
        (await store.db.selectFrom('actor_activity').selectAll().orderBy('actor').execute()).map(
          (r) => ({ ...r }),
        );
      const before = await actors();
      expect(before.length).toBeGreaterThan(1);
      const schema = 'schema' in place.options ? place.options.schema : undefined;
      const migrator = new Migrator({
        db: store.db as Kysely<unknown>,
        provider: migrationProvider(d.dialect),
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      // As migrateToLatest does on PostgreSQL: the migrator reads every schema's catalog, which
      // fails while another test drops its schema, unless the drop lock is held shared.
      const down =
        d.dialect === 'postgres'
          ? await store.db.connection().execute(async (conn) => {
              await sql`select pg_advisory_lock_shared(${SCHEMA_DROP_LOCK})`.execute(conn);
              try {
                return await migrator.migrateDown();
              } finally {
                await sql`select pg_advisory_unlock_shared(${SCHEMA_DROP_LOCK})`.execute(conn);
              }
            })
          : await migrator.migrateDown();
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => r.migrationName)).toEqual(['0359_lean_append_pages']);
      expect(await definition(store.db, d.dialect, 'activity_feed_by_member_id')).not.toMatch(
        /where/i,
      );
      expect(await actors()).toEqual(before);

      await migrateToLatest(store.db as Kysely<unknown>, d.dialect, schema);
      expect(await actors()).toEqual(before);
      for (const column of ['member_id', 'circle_id'])
        expect(await definition(store.db, d.dialect, `activity_feed_by_${column}`)).toMatch(
          new RegExp(`where \\(?"?${column}"? is not null`, 'i'),
        );
      if (d.dialect === 'sqlite')
        expect(await definition(store.db, d.dialect, 'actor_activity')).toMatch(/without rowid/i);
      expect(await memberFeedPlan(store.db, d.dialect)).toMatch(/activity_feed_by_member_id/);
      // Appends go on as before, and land in the rebuilt table.
      await store.append([renameDraft('After', 'actor-9', 9)], ctx);
      expect((await actors()).map((a) => a.actor)).toContain('actor-9');
    },
  );
});
