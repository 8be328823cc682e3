/*
 * Keyset cursors over ids (UUIDv7, so by time of creation), opaque to clients: base64url JSON,
 * like the ledger's cursors, so their content can change later.
 */

/** @example encodeIdCursor('019b...') // 'eyJhZnRlciI6...' */
export function encodeIdCursor(after: string): string {
  return Buffer.from(JSON.stringify({ after }), 'utf8').toString('base64url');
}

/** The id a cursor names, or null when it is not a cursor this app wrote. */
export function decodeIdCursor(cursor: string): string | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      after?: unknown;
    } | null;
    const after = value?.after;
    return typeof after === 'string' && encodeIdCursor(after) === cursor ? after : null;
  } catch {
    return null;
  }
}
