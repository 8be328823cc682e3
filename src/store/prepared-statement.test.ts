import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { genesisDraft, renameDraft, testNode, testTime } from '../../test/support/ledger.js';
import { dialects, skipping, testStore } from '../../test/support/stores.js';
import { PREPARE_MARK, PREPARED_PER_CONNECTION, preparedName } from './prepared-statement.js';

describe('which statements a connection prepares', () => {
  it('names a marked text, the same name for the same text, and never an unmarked one', () => {
    const named = new Set<string>();
    const text = `${PREPARE_MARK}update chain_head set size = $1`;
    const name = preparedName(text, named);
    expect(name).toMatch(/^disco_[0-9a-f]{24}$/);
    expect(preparedName(text, named)).toBe(name);
    expect(preparedName(`${PREPARE_MARK}update chain_head set hash = $1`, named)).not.toBe(name);
    expect(preparedName('update chain_head set size = $1', named)).toBeUndefined();
    expect(named.size).toBe(2);
  });

  it('stops naming new texts at its bound, and keeps answering those it named', () => {
    const named = new Set<string>();
    const texts = Array.from(
      { length: PREPARED_PER_CONNECTION + 5 },
      (_, i) => `${PREPARE_MARK}select ${i}`,
    );
    const names = texts.map((text) => preparedName(text, named));
    expect(names.filter((n) => n !== undefined)).toHaveLength(PREPARED_PER_CONNECTION);
    expect(names.slice(PREPARED_PER_CONNECTION)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(preparedName(texts[0]!, named)).toBe(names[0]);
  });
});

const postgres = dialects.find((d) => d.dialect === 'postgres')!;
const node = testNode().signer;

describe.skipIf(skipping(postgres, 'prepared appends'))('prepared appends (postgres)', () => {
  it('prepares an append of one shape once on its connection, and runs it by name after', async () => {
    const store = await testStore(postgres);
    const ctx = { node, now: testTime(1000) };
    await store.append([genesisDraft(node)], ctx);
    for (let i = 1; i <= 20; i++) await store.append([renameDraft(`Name ${i}`, 'ana', i)], ctx);
    // One connection serves these appends one after another: the pool hands back the last one.
    const { rows } = await sql<{
      name: string;
      calls: string;
    }>`select name, generic_plans + custom_plans as calls from pg_prepared_statements where name like 'disco_%'`.execute(
      store.db,
    );
    // The lock, the head's check, and a page statement per shape (the genesis', the renames').
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.length).toBeLessThanOrEqual(4);
    expect(rows.reduce((sum, row) => sum + Number(row.calls), 0)).toBeGreaterThanOrEqual(20);
    expect(await store.count()).toBe(21);
  });
});
