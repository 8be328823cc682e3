import { createHash } from 'node:crypto';

/**
 * Opens a statement text that PostgreSQL should prepare once per connection and run again by
 * name: the append's page statement, whose few shapes (which projectors handed writes back) run
 * for every append, and whose planning was a third of the server's time for one event.
 */
export const PREPARE_MARK = '/* prepared */ ';

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
  if (!text.startsWith(PREPARE_MARK)) return undefined;
  const name = `disco_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  if (named.has(name)) return name;
  if (named.size >= PREPARED_PER_CONNECTION) return undefined;
  named.add(name);
  return name;
}
