import { createHash } from 'node:crypto';

/**
 * Opens a statement text that PostgreSQL should prepare once per connection and run again by
 * name: the append's page statement, whose few shapes (which projectors handed writes back) run
 * for every append, and whose planning was a third of the server's time for one event.
 */
export const PREPARE_MARK = '/* prepared */ ';

/**
 * Opens a prepared statement (as `PREPARE_MARK`) whose result nobody reads, which inside a
 * transaction may wait to travel with whatever the connection sends next: with the commit, it
 * saves an append a round trip (`heldUntilNext`). Its errors surface with that next statement.
 */
export const PREPARE_AND_HOLD_MARK = '/* prepared, held */ ';

/**
 * Opens the statement after `begin; ` of a transaction whose start may wait (its parameters must
 * be `LiteralParameter`s): the pool prepares the statement by SQL, answers at once with no rows,
 * and sends the `begin` and the statement with whatever the connection sends next, so a
 * transaction that writes one held statement and commits is one round trip (`heldUntilNext`).
 * Its errors surface with that next statement.
 */
export const HOLD_BEGIN_MARK = '/* prepared, begins held */ ';

/**
 * Statements a connection prepares at most: a server keeps each until the connection closes, so
 * a text that varied without bound must not become a statement each time.
 */
export const PREPARED_PER_CONNECTION = 64;

/**
 * The name to prepare and run `text` under on a connection that has prepared `named` already, or
 * undefined to run it unnamed (an unmarked text, or a connection at its bound).
 *
 * @example preparedName(`${PREPARE_MARK}update t set n = $1`, new Set()) // 'disco_3f…'
 */
export function preparedName(text: string, named: Set<string>): string | undefined {
  if (!text.startsWith(PREPARE_MARK) && !text.startsWith(PREPARE_AND_HOLD_MARK)) return undefined;
  const name = statementName(text);
  if (named.has(name)) return name;
  if (named.size >= PREPARED_PER_CONNECTION) return undefined;
  named.add(name);
  return name;
}

const names = new Map<string, string>();

/**
 * The name a marked text is prepared under: the same on every connection. Remembered, as hashing
 * a kilobyte of statement twice an append cost more than the lookup; the texts are few (an
 * append's shapes), and a flood of others only empties the memory, never grows it.
 */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= PREPARED_PER_CONNECTION * 4) names.clear();
    name = `disco_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/** Parameters `executeText` can write as SQL literals: those the page statement binds. */
export type LiteralParameter = string | number | null;

export const isLiteralParameter = (value: unknown): value is LiteralParameter =>
  value === null ||
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value));

/**
 * A string as an SQL literal that reads back as itself whatever `standard_conforming_strings`
 * says: what pg's `escapeLiteral` makes, without its character-by-character concatenation (for
 * an append's kilobyte of JSON, a fifth of the append's garbage).
 *
 * @example quoteLiteral("O'Hara") // "'O''Hara'"
 */
export function quoteLiteral(text: string): string {
  const quoted = text.replaceAll("'", "''");
  return text.includes('\\') ? ` E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}

/**
 * `EXECUTE` of a prepared statement with its parameters as literals, for a simple query that
 * carries more statements (the commit) in the same round trip. Every value goes as a quoted
 * literal of the text the extended protocol would have bound, so the server reads it with the
 * same input function.
 *
 * @example executeText('disco_3f', [1, "O'Hara", null]) // "execute disco_3f('1', 'O''Hara', null)"
 */
export function executeText(name: string, parameters: readonly LiteralParameter[]): string {
  let text = `execute ${name}(`;
  for (let i = 0; i < parameters.length; i++) {
    const value = parameters[i]!;
    if (i > 0) text += ', ';
    text +=
      value === null ? 'null' : quoteLiteral(typeof value === 'number' ? String(value) : value);
  }
  return `${text})`;
}
