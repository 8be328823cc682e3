import { describe, expect, it } from 'vitest';
import { generateEd25519KeyPair, signerFromPem } from '../../../src/core/ledger/keys.js';
import { fromBase64url, utf8 } from './bytes.js';
import {
  bestEd25519Verify,
  nobleVerify,
  verifyLedgerSignature,
  webCryptoVerify,
} from './signatures.js';

const signer = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const message = utf8('disco-cat/event-signature@1\n0123456789abcdef0123456789abcdef');
const signature = signer.sign(message);

describe('Ed25519 in the browser', () => {
  for (const [name, verify] of [
    ['@noble/ed25519', nobleVerify],
    ['WebCrypto', webCryptoVerify(globalThis.crypto.subtle)],
  ] as const) {
    it(`${name} accepts the node's signature and refuses a changed message, signature or key`, async () => {
      expect(await verifyLedgerSignature(verify, signer.publicKey, message, signature)).toBe(true);
      const changed = message.slice();
      changed[3] = changed[3]! ^ 1;
      expect(await verifyLedgerSignature(verify, signer.publicKey, changed, signature)).toBe(false);
      const sig = fromBase64url(signature)!;
      sig[10] = sig[10]! ^ 4;
      expect(await verify(fromBase64url(signer.publicKey)!, message, sig)).toBe(false);
      const stranger = signerFromPem(generateEd25519KeyPair().privateKeyPem);
      expect(await verifyLedgerSignature(verify, stranger.publicKey, message, signature)).toBe(
        false,
      );
      expect(await verifyLedgerSignature(verify, 'not a key', message, signature)).toBe(false);
      expect(
        await verifyLedgerSignature(verify, signer.publicKey, message, signature.slice(0, 40)),
      ).toBe(false);
    });
  }

  it('picks native WebCrypto where it knows Ed25519, once, and @noble/ed25519 where there is no WebCrypto', async () => {
    expect(await bestEd25519Verify(null)).toBe(nobleVerify);
    const native = await bestEd25519Verify(globalThis.crypto.subtle);
    expect(native).not.toBe(nobleVerify);
    expect(await bestEd25519Verify(globalThis.crypto.subtle)).toBe(native);
    expect(await verifyLedgerSignature(native, signer.publicKey, message, signature)).toBe(true);
  });

  it('falls back to @noble/ed25519 where WebCrypto does not know Ed25519, as browsers before Chromium 137', async () => {
    // What such a browser's SubtleCrypto does with the algorithm: it refuses it.
    const unsupported = () =>
      Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError'));
    const older = {
      importKey: unsupported,
      verify: unsupported,
    } as unknown as typeof globalThis.crypto.subtle;
    expect(await bestEd25519Verify(older)).toBe(nobleVerify);
  });
});
