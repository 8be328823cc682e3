import { CompiledQuery, PostgresAdapter, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Rows from which PostgreSQL's `COPY ... FROM STDIN` is worth its round trip: a bulk page (an
 * import, a replay) rather than an append of a few events, which writes its rows inside the one
 * statement that writes its events.
 */
export const COPY_FROM_ROWS = 256;

/**
 * The text `COPY ... FROM STDIN` reads, handed to the pool's client as a query's only parameter;
 * the pool `open-store` makes sends it as the copy's data instead of binding it.
 */
export class CopyData {
  constructor(readonly pieces: readonly Buffer[]) {}
}

/** Whether `db` can take `copyRows`: PostgreSQL. */
export const canCopy = (db: Kysely<Database>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Inserts many rows into one table on PostgreSQL with `COPY ... FROM STDIN` in the text format:
 * the server parses a tab-separated line per row where an `insert ... select` from a JSON
 * parameter parsed JSON and looked every column up by name (for a page of contributions or of
 * events, less than half the server's time), and each row's text carries no column names.
 *
 * Values as `insertRows` takes them (text, numbers, booleans, null), and Buffers for `bytea`.
 *
 * @example await copyRows(db, 'activity_feed', ['seq', 'kind', ...], rows);
 */
export async function copyRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) return;
  const out = new CopyText();
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) out.byte(TAB);
      out.text(copyField(values[columns[i]!]));
    }
    out.byte(NEWLINE);
  }
  await db.executeQuery(
    CompiledQuery.raw(`copy ${table} (${columns.join(', ')}) from stdin`, [
      new CopyData(out.pieces()),
    ]),
  );
}

const TAB = 0x09;
const NEWLINE = 0x0a;

/** Bytes of a piece of a copy's text: the server is sent each as it is. */
const PIECE = 1 << 18;

/**
 * The copy's bytes, written into pieces of a quarter MB: a page's rows as one string of
 * thousands of concatenated pieces, then encoded, were most of what a bulk page allocated, and
 * one buffer grown by doubling held up to twice the text at the peak.
 */
class CopyText {
  private readonly done: Buffer[] = [];
  private buffer = Buffer.allocUnsafe(PIECE);
  private at = 0;

  byte(value: number): void {
    if (this.at === this.buffer.length) this.next(1);
    this.buffer[this.at++] = value;
  }

  text(value: string): void {
    // A UTF-16 unit is at most three bytes of UTF-8.
    if (this.at + value.length * 3 > this.buffer.length) this.next(value.length * 3);
    this.at += this.buffer.write(value, this.at);
  }

  pieces(): Buffer[] {
    if (this.at > 0) this.done.push(this.buffer.subarray(0, this.at));
    this.at = 0;
    return this.done;
  }

  private next(needed: number): void {
    if (this.at > 0) this.done.push(this.buffer.subarray(0, this.at));
    this.buffer = Buffer.allocUnsafe(Math.max(PIECE, needed));
    this.at = 0;
  }
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * One value in COPY's text format: `\N` for null, a backslash before what would end the field or
 * the row, `\\x` and hex for bytes.
 *
 * @example copyField('a\tb') // 'a\\tb'
 */
export function copyField(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPED[c]!) : value;
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return '\\N';
    case 'object':
      if (value === null) return '\\N';
      if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  }
  throw new TypeError(`a ${typeof value} has no text for COPY`);
}
