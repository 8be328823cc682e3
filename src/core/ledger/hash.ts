import { createHash, hash } from 'node:crypto';

export const HASH_BYTES = 32;
/** The `prev` of the first event: there is nothing before it. */
export const ZERO_HASH = '0'.repeat(HASH_BYTES * 2);

/** SHA-256 of the concatenated parts. */
export function sha256(...parts: Uint8Array[]): Buffer {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest();
}

/**
 * SHA-256 of one input (a string as UTF-8) in one call: the same digest as `sha256`, without the
 * Hash object and per-part calls, for the append path's three or so digests per event.
 *
 * @example sha256Of('abc').toString('hex') // 'ba7816bf…'
 */
export function sha256Of(data: string | Uint8Array): Buffer {
  return hash('sha256', data, 'buffer');
}

export function isHexHash(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
