import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { genesisDraft, renameDraft, testNode, testTime } from '../../test/support/ledger.js';
import { openStore } from './open-store.js';
import type { Projector } from './projections/projector.js';
import { projectors } from './projections/registry.js';
import { runSqliteWrite } from './sqlite-writes.js';

const node = testNode().signer;
const ctx = { node, now: testTime(1000) };

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'disco-sqlite-writes-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A projector that records every batch's last seq in the DisCO's name, then one that may fail. */
function namingThenFailing(fail: { now: boolean }): Projector[] {
  return [
    ...projectors,
    {
      name: 'names-by-seq',
      tables: [],
      async applyBatch(db, events) {
        await runSqliteWrite(db, 'update disco_profile set name = ? where id = 1', [
          `up to ${events.at(-1)!.seq}`,
        ]);
      },
    },
    {
      name: 'failing-on-demand',
      tables: [],
      async applyBatch() {
        if (fail.now) throw new Error('refused after the write');
      },
    },
  ];
}

describe('writes run at once on the SQLite database the store opened', () => {
  it('belong to the append’s transaction: kept with it, and rolled back with it', async () => {
    const fail = { now: false };
    const store = await openStore({ dataDir: freshDir(), projectors: namingThenFailing(fail) });
    onTestFinished(() => store.close());
    await store.append([genesisDraft(node)], ctx);
    await store.append([renameDraft('Renamed', 'ana', 1)], ctx);
    const name = async () =>
      (await store.db.selectFrom('disco_profile').select('name').executeTakeFirstOrThrow()).name;
    expect(await name()).toBe('up to 2');

    fail.now = true;
    await expect(store.append([renameDraft('Again', 'ana', 2)], ctx)).rejects.toThrow(
      'refused after the write',
    );
    expect(await name()).toBe('up to 2');
    expect((await store.head()).size).toBe(2);
  });

  it('run through Kysely on a SQLite database the store did not open', async () => {
    const database = new Database(join(freshDir(), 'other.sqlite'));
    const db = new Kysely<{ notes: { text: string } }>({
      dialect: new SqliteDialect({ database }),
    });
    onTestFinished(() => db.destroy());
    database.exec('create table notes (text text)');
    await runSqliteWrite(db, 'insert into notes (text) values (?)', ['kept']);
    expect(await db.selectFrom('notes').select('text').execute()).toEqual([{ text: 'kept' }]);
  });
});
