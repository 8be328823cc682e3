import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { checkLedger } from '../../test/support/check-ledger.js';
import { genesisDraft, renameDraft, testNode, testTime } from '../../test/support/ledger.js';
import { dialects, skipping, testLocation, testStore } from '../../test/support/stores.js';
import { PREPARE_AND_HOLD_MARK, PREPARE_MARK, quoteLiteral } from './prepared-statement.js';
import type { Database } from './schema.js';

describe('quoteLiteral', () => {
  it('writes what pg.escapeLiteral writes, for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.string({ unit: fc.constantFrom("'", '\\', '"', 'E', ' ', 'x', '\n') }),
        ),
        (text) => {
          expect(quoteLiteral(text)).toBe(pg.escapeLiteral(text));
        },
      ),
    );
  });
});

const postgres = dialects.find((d) => d.dialect === 'postgres')!;
const node = testNode().signer;

/** A table of its own in the store's schema, for statements that are not the ledger's. */
async function scratchTable(db: Kysely<Database>): Promise<void> {
  await sql`create table scratch (n integer primary key, note text)`.execute(db);
}

const count = async (db: Kysely<Database>): Promise<number> =>
  Number((await sql<{ n: string }>`select count(*) as n from scratch`.execute(db)).rows[0]!.n);

/** Runs `work` in a transaction on one connection, the way the write lock does. */
async function inTransaction(
  db: Kysely<Database>,
  work: (conn: Kysely<Database>) => Promise<void>,
  end: 'commit' | 'rollback' = 'commit',
): Promise<void> {
  await db.connection().execute(async (conn) => {
    await sql`begin`.execute(conn);
    try {
      await work(conn);
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
    await sql.raw(end).execute(conn);
  });
}

const held = (n: number, note: string) =>
  sql`${sql.raw(PREPARE_AND_HOLD_MARK)}insert into scratch (n, note) values (${n}, ${note})`;

describe.skipIf(skipping(postgres, 'statement pool'))('statement pool (postgres)', () => {
  it('sends a held statement with the commit, and the text arrives as it was', async () => {
    const store = await testStore(postgres);
    await scratchTable(store.db);
    const notes = ["it's", 'back\\slash', '{"a":"\\"q\\""}', 'ñandú 🙂', ''];
    for (let n = 0; n < notes.length; n++) {
      await inTransaction(store.db, async (conn) => {
        await held(n, notes[n]!).execute(conn);
      });
    }
    const { rows } = await sql<{
      note: string;
    }>`select note from scratch order by n`.execute(store.db);
    expect(rows.map((r) => r.note)).toEqual(notes);
  });

  it('sends a held statement before the next one, and drops it unsent on a rollback', async () => {
    const store = await testStore(postgres);
    await scratchTable(store.db);
    await inTransaction(store.db, (conn) => held(1, 'prepares the shape').execute(conn).then());
    await inTransaction(store.db, async (conn) => {
      await held(2, 'seen by the next statement').execute(conn);
      expect(await count(conn)).toBe(2);
    });
    await inTransaction(
      store.db,
      (conn) => held(3, 'rolled back').execute(conn).then(),
      'rollback',
    );
    expect(await count(store.db)).toBe(2);
  });

  it('runs a held statement at once outside a transaction', async () => {
    const store = await testStore(postgres);
    await scratchTable(store.db);
    await held(1, 'a').execute(store.db);
    await held(2, 'b').execute(store.db);
    expect(await count(store.db)).toBe(2);
  });

  it('fails the commit a failing held statement travels with, and nothing of it lands', async () => {
    const store = await testStore(postgres);
    await scratchTable(store.db);
    await inTransaction(store.db, (conn) => held(1, 'first').execute(conn).then());
    await expect(
      inTransaction(store.db, async (conn) => {
        await sql`insert into scratch (n, note) values (2, 'before')`.execute(conn);
        // Answered at once; its duplicate key shows only when it travels with the commit.
        await held(1, 'again').execute(conn);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await count(store.db)).toBe(1);
    // The connection is usable after: the failed transaction was rolled back.
    await inTransaction(store.db, (conn) => held(3, 'after').execute(conn).then());
    expect(await count(store.db)).toBe(2);
  });

  it('prepares the statement after a begin by SQL, once per connection', async () => {
    const store = await testStore(postgres);
    const text = `begin; ${PREPARE_MARK}select size, hash from chain_head where id = 1`;
    await store.db.connection().execute(async (conn) => {
      for (let i = 0; i < 3; i++) {
        const { rows } = await sql.raw<{ size: number }>(text).execute(conn);
        expect(rows).toEqual([{ size: 0, hash: expect.any(String) }]);
        await sql`commit`.execute(conn);
      }
      const { rows } = await sql<{
        calls: string;
      }>`select generic_plans + custom_plans as calls from pg_prepared_statements where statement like '%from chain_head where id = 1'`.execute(
        conn,
      );
      expect(rows.map((r) => Number(r.calls))).toEqual([3]);
    });
  });

  it('leaves the ledger as it was when an append fails with its page held', async () => {
    const place = await testLocation(postgres);
    const store = await place.open();
    const ctx = { node, now: testTime(1000) };
    await store.append([genesisDraft(node)], ctx);
    await store.append([renameDraft('Prepared', 'ana', 1)], ctx);
    const before = await store.head();
    // Another writer that ignored the lock took the next seq: the held page's insert collides.
    const options = place.options as { databaseUrl: string; schema: string };
    const client = new pg.Client({
      connectionString: options.databaseUrl,
      options: `-c search_path=${options.schema}`,
    });
    await client.connect();
    try {
      await client.query(
        `insert into events (seq, type, schema, actor, time, prev, hash, node_sig, payload)
         values ($1, 'disco.renamed', 1, 'x', 't', 'p', 'h', 's', '{}')`,
        [before.size + 1],
      );
      await expect(store.append([renameDraft('Lost', 'ana', 2)], ctx)).rejects.toThrow(
        /duplicate key/,
      );
      expect(await store.head()).toEqual(before);
      const { rows } = await sql<{
        name: string;
      }>`select name from disco_profile`.execute(store.db);
      expect(rows).toEqual([{ name: 'Prepared' }]);
      await client.query('delete from events where seq = $1', [before.size + 1]);
    } finally {
      await client.end();
    }
    await store.append([renameDraft('Landed', 'ana', 3)], ctx);
    expect((await store.head()).size).toBe(before.size + 1);
  });

  it('appends on the head it expects in one round trip, and under the lock taken first when another writer moved it', async () => {
    const place = await testLocation(postgres);
    const [a, b] = [await place.open(), await place.open()];
    const ctx = { node, now: testTime(1000) };
    await a.append([genesisDraft(node)], ctx);
    // The check's and the page's statements prepared on a's one connection.
    for (let i = 1; i <= 2; i++) await a.append([renameDraft(`Warm ${i}`, 'ana', i)], ctx);
    const sent = vi.spyOn(pg.Client.prototype, 'query');
    const texts = () => sent.mock.calls.map((call) => String(call[0]));
    try {
      await a.append([renameDraft('One trip', 'ana', 3)], ctx);
      expect(texts()).toEqual([
        expect.stringMatching(
          /^begin; execute disco_\w+\('[0-9a-f]{64}', .*\); execute disco_\w+\(.*\); commit$/s,
        ),
      ]);
      await b.append([renameDraft('Elsewhere', 'ben', 4)], ctx);
      sent.mockClear();
      // a's head is stale: its check fails the transaction, and the append runs again under the lock.
      const [moved] = await a.append([renameDraft('After', 'ana', 5)], ctx);
      const retried = texts();
      expect(moved).toMatchObject({ seq: 6, prev: (await b.event(5))!.hash });
      expect(retried).toContain('rollback');
      expect(retried.at(-1)).toMatch(/^execute disco_\w+\(.*\); commit$/s);
      // Once wrong, this process's view takes the lock first for one more append, then trusts again.
      sent.mockClear();
      await a.append([renameDraft('Careful', 'ana', 6)], ctx);
      expect(texts()).toHaveLength(2);
      sent.mockClear();
      await a.append([renameDraft('Trusted', 'ana', 7)], ctx);
      expect(texts()).toHaveLength(1);
    } finally {
      sent.mockRestore();
    }
    expect(await checkLedger(a, node.publicKey)).toEqual({ size: 8, problems: [] });
    const { rows } = await sql<{ name: string }>`select name from disco_profile`.execute(a.db);
    expect(rows).toEqual([{ name: 'Trusted' }]);
  });

  it('leaves the ledger as it was when an append on an expected head fails, before or after its begin went out', async () => {
    const store = await testStore(postgres);
    const ctx = { node, now: testTime(1000) };
    await store.append([genesisDraft(node)], ctx);
    await store.append([renameDraft('Kept', 'ana', 1)], ctx);
    const before = await store.head();
    const refuse = (read: boolean) => async (db: Kysely<Database>) => {
      if (read) await sql`select 1`.execute(db);
      throw new Error('refused by the guard');
    };
    for (const read of [false, true])
      await expect(
        store.append([renameDraft('Lost', 'ana', 2)], { ...ctx, guard: refuse(read) }),
      ).rejects.toThrow('refused by the guard');
    expect(await store.head()).toEqual(before);
    await store.append([renameDraft('Landed', 'ana', 3)], ctx);
    expect(await checkLedger(store, node.publicKey)).toEqual({ size: 3, problems: [] });
  });
});
