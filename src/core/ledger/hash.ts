import { createHash } from 'node:crypto';

export const HASH_BYTES = 32;
/** The `prev` of the first event: there is nothing before it. */
export const ZERO_HASH = '0'.repeat(HASH_BYTES * 2);

/** SHA-256 of the concatenated parts. */
export function sha256(...parts: Uint8Array[]): Buffer {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest();
}

export function isHexHash(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
