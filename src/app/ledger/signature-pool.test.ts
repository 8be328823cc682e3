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

  it('fails a signature or key in any but the canonical base64url spelling, as inline checks do', async () => {
    pool = new SignaturePool(1);
    const alice = signer();
    const message = new TextEncoder().encode('an event');
    const signature = alice.sign(message);
    // The last character of 86 (a signature) or 43 (a key) carries unused bits: changing them
    // spells the same bytes another way, which Node's decoder forgives and the ledger does not.
    const respell = (text: string) =>
      text.slice(0, -1) + String.fromCharCode(text.charCodeAt(text.length - 1) + 1);
    expect(Buffer.from(respell(signature), 'base64url')).toEqual(
      Buffer.from(signature, 'base64url'),
    );
    expect(Buffer.from(respell(alice.publicKey), 'base64url')).toEqual(
      Buffer.from(alice.publicKey, 'base64url'),
    );
    const failed = await pool.check([
      { publicKey: alice.publicKey, message, signature },
      { publicKey: alice.publicKey, message, signature: respell(signature) },
      { publicKey: respell(alice.publicKey), message, signature },
      { publicKey: alice.publicKey, message, signature: `${signature}==` },
    ]);
    expect(failed).toEqual([1, 2, 3]);
  });
});
