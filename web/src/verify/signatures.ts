import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { fromBase64url } from './bytes.js';

ed.hashes.sha512 = sha512;

/** WebCrypto as the browser and Node both type it (the benchmark runs this file in Node). */
type Subtle = typeof globalThis.crypto.subtle;
type ImportedKey = Awaited<ReturnType<Subtle['importKey']>>;

/** Checks one Ed25519 signature (raw key and signature bytes); malformed input is simply invalid. */
export type Ed25519Verify = (
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
) => Promise<boolean>;

/** RFC 8032 in JavaScript: works in every browser, slower than a native implementation. */
export const nobleVerify: Ed25519Verify = async (publicKey, message, signature) => {
  try {
    return ed.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
};

/**
 * WebCrypto's native Ed25519, which recent browsers and Node have. Each key is imported once and
 * kept (a ledger has one node key and a few member keys); verifications are not serialized, so a
 * caller may keep hundreds in flight and the browser spreads them over its crypto threads.
 */
export function webCryptoVerify(subtle: Subtle): Ed25519Verify {
  const keys = new Map<string, Promise<ImportedKey>>();
  return async (publicKey, message, signature) => {
    const id = String.fromCharCode(...publicKey);
    let key = keys.get(id);
    if (!key) {
      key = subtle.importKey('raw', bytesOf(publicKey), { name: 'Ed25519' }, false, ['verify']);
      if (keys.size > 1024) keys.clear();
      keys.set(id, key);
    }
    try {
      return await subtle.verify(
        { name: 'Ed25519' },
        await key,
        bytesOf(signature),
        bytesOf(message),
      );
    } catch {
      return false;
    }
  };
}

/** A copy with an ArrayBuffer of its own, as WebCrypto's typings want. */
function bytesOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

const detected = new WeakMap<Subtle, Promise<Ed25519Verify>>();

/**
 * The fastest Ed25519 this browser has: WebCrypto when it knows Ed25519 and agrees with RFC 8032 on
 * a known signature, else @noble/ed25519. Detected once per `Subtle`.
 *
 * @example const verify = await bestEd25519Verify(); await verify(key, message, sig)
 */
export function bestEd25519Verify(
  subtle: Subtle | null = globalThis.crypto?.subtle ?? null,
): Promise<Ed25519Verify> {
  if (!subtle) return Promise.resolve(nobleVerify);
  let best = detected.get(subtle);
  if (!best) {
    best = detect(subtle);
    detected.set(subtle, best);
  }
  return best;
}

async function detect(subtle: Subtle): Promise<Ed25519Verify> {
  try {
    const native = webCryptoVerify(subtle);
    const secret = new Uint8Array(32).fill(7);
    const message = new Uint8Array([1, 2, 3]);
    const publicKey = ed.getPublicKey(secret);
    const signature = ed.sign(message, secret);
    const forged = signature.slice();
    forged[0] = forged[0]! ^ 1;
    if (
      (await native(publicKey, message, signature)) &&
      !(await native(publicKey, message, forged))
    )
      return native;
  } catch {
    // An older browser without Ed25519 in WebCrypto.
  }
  return nobleVerify;
}

/** A signature as the ledger writes it (base64url key and signature); wrong lengths fail without calling `verify`. */
export async function verifyLedgerSignature(
  verify: Ed25519Verify,
  publicKey: string,
  message: Uint8Array,
  signature: string,
): Promise<boolean> {
  const key = fromBase64url(publicKey);
  const sig = fromBase64url(signature);
  if (!key || key.length !== 32 || !sig || sig.length !== 64) return false;
  return verify(key, message, sig);
}
