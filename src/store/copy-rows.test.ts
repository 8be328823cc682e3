import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects, skipping, testStore } from '../../test/support/stores.js';
import { copyField, copyRows } from './copy-rows.js';

describe('a value in COPY text', () => {
  it('escapes what would end a field or a row, and the escape itself', () => {
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField('plain "text", ünïcode 🙂')).toBe('plain "text", ünïcode 🙂');
  });

  it('writes null as \\N, numbers and booleans as text, bytes as bytea hex', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField(-42)).toBe('-42');
    expect(copyField(false)).toBe('false');
    expect(copyField(Buffer.from([0, 255, 16]))).toBe('\\\\x00ff10');
  });

  it('refuses what has no text of its own', () => {
    expect(() => copyField(1n)).toThrow(/bigint has no text for COPY/);
    expect(() => copyField({ a: 1 })).toThrow(/object has no text for COPY/);
  });
});

const postgres = dialects.find((d) => d.dialect === 'postgres')!;

describe.skipIf(skipping(postgres, 'COPY rows'))('COPY rows (postgres)', () => {
  it('reads back every row as it was given', async () => {
    const store = await testStore(postgres);
    const db = store.db;
    await sql`create table copied (n integer, t text, b bytea, flag boolean)`.execute(db);
    // Any text a projector could hold: well-formed Unicode, control characters included.
    const text = fc.option(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        // COPY's own characters, often enough to meet each other.
        fc.string({ unit: fc.constantFrom('\t', '\n', '\r', '\\', 'N', '.', 'é', '🙂') }),
      ),
      { nil: null },
    );
    const row = fc.record({
      t: text,
      b: fc.option(fc.uint8Array({ maxLength: 16 }), { nil: null }),
      flag: fc.option(fc.boolean(), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async (rows) => {
        await sql`truncate copied`.execute(db);
        const given = rows.map((r, n) => ({
          n,
          t: r.t,
          b: r.b === null ? null : Buffer.from(r.b),
          flag: r.flag,
        }));
        await copyRows(db, 'copied' as never, ['n', 't', 'b', 'flag'] as never, given);
        const { rows: back } = await sql<{
          n: number;
          t: string | null;
          b: Buffer | null;
          flag: boolean | null;
        }>`select n, t, b, flag from copied order by n`.execute(db);
        expect(back).toEqual(given);
      }),
      { numRuns: 40 },
    );
  });

  it('sends rows of many pieces, and a value longer than a piece, whole', async () => {
    const store = await testStore(postgres);
    const db = store.db;
    await sql`create table copied (n integer, t text)`.execute(db);
    // A quarter MB a piece: 3,000 rows of 200 characters (ü is two bytes) span several, and
    // one value of 300,000 characters is larger than a piece by itself.
    const given = [
      ...Array.from({ length: 3_000 }, (_, n) => ({ n, t: `${n}\t${'ü'.repeat(100)}\\` })),
      { n: 3_000, t: 'x'.repeat(300_000) },
      { n: 3_001, t: 'after the long one' },
    ];
    await copyRows(db, 'copied' as never, ['n', 't'] as never, given);
    const { rows } = await sql<{
      n: number;
      t: string;
    }>`select n, t from copied order by n`.execute(db);
    expect(rows).toEqual(given);
  });

  it('fails the statement, not the connection, on a row the table refuses', async () => {
    const store = await testStore(postgres);
    const db = store.db;
    await sql`create table copied (n integer primary key)`.execute(db);
    await expect(
      copyRows(db, 'copied' as never, ['n'] as never, [{ n: 1 }, { n: 1 }]),
    ).rejects.toThrow(/duplicate key/);
    await copyRows(db, 'copied' as never, ['n'] as never, [{ n: 2 }]);
    const { rows } = await sql<{ n: number }>`select n from copied`.execute(db);
    expect(rows).toEqual([{ n: 2 }]);
  });
});
