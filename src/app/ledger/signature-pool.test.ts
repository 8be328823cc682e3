import { generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SignaturePool } from './signature-pool.js';

function signer(): { publicKey: string; sign: (message: Uint8Array) => string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
  return {
    publicKey: raw.toString('base64url'),
    sign: (message) => sign(null, message, privateKey).toString('base64url'),
  };
}

describe('SignaturePool', () => {
  let pool: SignaturePool | undefined;
  afterEach(async () => {
    await pool?.close();
  });

  it('runs the TypeScript worker from the sources and names the signatures that fail', async () => {
    pool = new SignaturePool(2);
    const alice = signer();
    const bob = signer();
    const message = new TextEncoder().encode('an event');
    const other = new TextEncoder().encode('another event');
    const failed = await pool.check([
      { publicKey: alice.publicKey, message, signature: alice.sign(message) },
      { publicKey: bob.publicKey, message, signature: alice.sign(message) },
      { publicKey: alice.publicKey, message: other, signature: alice.sign(message) },
      { publicKey: 'short', message, signature: alice.sign(message) },
      { publicKey: bob.publicKey, message: other, signature: bob.sign(other) },
    ]);
    expect(failed).toEqual([1, 2, 3]);
  });
});
