import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { genesisDraft, renameDraft, testNode, testTime } from '../../test/support/ledger.js';
import { openStore } from './open-store.js';
import type { Database } from './schema.js';

const node = testNode().signer;
const ctx = { node, now: testTime(1000) };

async function sqliteStore() {
  const dir = mkdtempSync(join(tmpdir(), 'disco-write-lock-'));
  const store = await openStore({ dataDir: dir });
  onTestFinished(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await store.append([genesisDraft(node)], ctx);
  return store;
}

describe('the SQLite write lock', () => {
  it('gives each write a database handle inside its transaction, which refuses to run once the write ended', async () => {
    const store = await sqliteStore();
    let kept: Kysely<Database> | undefined;
    const seen: number[] = [];
    for (const n of [1, 2]) {
      await store.append([renameDraft(`Name ${n}`, 'ana', n)], {
        ...ctx,
        guard: async (db) => {
          kept = db;
          const head = await db.selectFrom('chain_head').select('size').executeTakeFirstOrThrow();
          seen.push(head.size);
        },
      });
    }
    expect(seen).toEqual([1, 2]);
    await expect(kept!.selectFrom('chain_head').selectAll().execute()).rejects.toThrow(
      /belongs to a write that has ended/,
    );
    // The store itself still reads and writes.
    await store.append([renameDraft('Name 3', 'ana', 3)], ctx);
    expect((await store.head()).size).toBe(4);
  });

  it('serializes this process’s writes: one waits for the other’s commit, and reads what it wrote', async () => {
    const store = await sqliteStore();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const first = store.append([renameDraft('First', 'ana', 1)], {
      ...ctx,
      guard: async () => {
        order.push('first in');
        await held;
        order.push('first out');
      },
    });
    const second = store.append([renameDraft('Second', 'ben', 2)], {
      ...ctx,
      guard: async (db) => {
        const head = await db.selectFrom('chain_head').select('size').executeTakeFirstOrThrow();
        order.push(`second in at ${head.size}`);
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['first in']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second in at 2']);
    expect((await store.head()).size).toBe(3);
  });
});
