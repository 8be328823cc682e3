import canonicalize from 'canonicalize';

/** A JSON value as it may appear in an event: no bigint, no undefined, no functions. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/**
 * The RFC 8785 (JCS) canonical form of a JSON value, as UTF-8 bytes.
 * Two nodes that hold the same value always produce the same bytes, so hashes agree.
 *
 * @example canonicalBytes({ b: 1, a: 'x' }) // bytes of '{"a":"x","b":1}'
 */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalString(value), 'utf8');
}

export function canonicalString(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no canonical JSON form');
  return text;
}
