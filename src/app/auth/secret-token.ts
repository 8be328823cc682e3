import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes in base64url: what every session, API token and invitation is. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * A fresh secret: 32 random bytes, base64url. Only its `tokenHash` is ever stored.
 *
 * @example const token = newSecretToken(); // 'q3Z…' (43 characters)
 */
export function newSecretToken(): string {
  // A token is pasted after a command (`disco accept TOKEN`), where a leading '-' reads as an
  // option; drawing again in that 1-in-64 case costs a negligible 0.02 bits of entropy.
  for (;;) {
    const token = randomBytes(32).toString('base64url');
    if (!token.startsWith('-')) return token;
  }
}

/**
 * SHA-256 of a token, hex: the key it is stored and looked up under. A plain hash suffices (no
 * salt, no argon2) because the token has 256 bits of entropy; there is nothing to brute-force.
 *
 * @example await db.selectFrom('sessions').where('token_hash', '=', tokenHash(cookie))
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Whether text has the shape of a token this node issues; anything else is forged or mangled
 * and is refused without touching the database.
 *
 * @example isTokenShaped('abc') // false
 */
export function isTokenShaped(text: string): boolean {
  return TOKEN_SHAPE.test(text);
}

/**
 * Compares two secrets in time that does not depend on where they differ. Both sides are hashed
 * first so that their lengths, too, stay hidden.
 *
 * @example sameSecret(header, expected) // true only when equal
 */
export function sameSecret(a: string, b: string): boolean {
  const da = createHash('sha256').update(a, 'utf8').digest();
  const db = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(da, db);
}
