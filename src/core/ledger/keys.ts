import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/**
 * Ed25519 keys as the ledger writes them: the raw 32-byte public key in base64url is the key's
 * name everywhere (events, checkpoints, exports), so a verifier needs no key registry format.
 */
export interface Ed25519KeyPair {
  publicKey: string;
  privateKeyPem: string;
}

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Makes a fresh key pair; the caller supplies nothing because node:crypto draws the entropy. */
export function generateEd25519KeyPair(): Ed25519KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: rawPublicKey(publicKey).toString('base64url'),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ type: 'spki', format: 'der' }).subarray(SPKI_ED25519_PREFIX.length);
}

/**
 * The bytes of canonical base64url without padding, or null. Node's decoder forgives unknown
 * characters and stray bits in the last character, so one key or signature would have many
 * spellings; the ledger accepts exactly one, the spelling the encoder gives.
 *
 * @example decodeCanonicalBase64url('AQ', 1) // <Buffer 01>; 'AR' is null
 */
export function decodeCanonicalBase64url(text: string, bytes: number): Buffer | null {
  if (typeof text !== 'string' || text.length !== Math.ceil((bytes * 4) / 3)) return null;
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const raw = Buffer.from(text, 'base64url');
  return raw.length === bytes && raw.toString('base64url') === text ? raw : null;
}

export function publicKeyObject(publicKey: string): KeyObject {
  const raw = decodeCanonicalBase64url(publicKey, 32);
  if (!raw) throw new Error('an Ed25519 public key is 32 bytes in canonical base64url');
  return createPublicKey({
    key: Buffer.concat([SPKI_ED25519_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
}

/** A signer holds a private key and names its public key; the private key never leaves it. */
export interface Signer {
  readonly publicKey: string;
  sign(message: Uint8Array): string;
  /**
   * The same signature, computed on libuv's thread pool instead of the calling thread, so a bulk
   * write can seal its next events while earlier ones are signed. Optional: `sign` is the rule.
   */
  signOffThread?(message: Uint8Array): Promise<string>;
  /**
   * The signatures of many messages of one length, in their order, computed on another thread in
   * one hand-off (a bulk write's page). Optional, like `signOffThread`.
   */
  signMany?(messages: readonly Uint8Array[]): Promise<string[]>;
  /**
   * Signs on the calling thread what of the batches out with `signMany` no thread has started
   * yet, for a writer that would otherwise only wait for them. Optional, like `signMany`.
   */
  helpSign?(): void;
}

export function signerFromPem(privateKeyPem: string): Signer {
  const key = createPrivateKey(privateKeyPem);
  const publicKey = rawPublicKey(createPublicKey(key)).toString('base64url');
  return {
    publicKey,
    sign: (message) => sign(null, message, key).toString('base64url'),
    signOffThread: (message) =>
      new Promise((resolve, reject) =>
        sign(null, message, key, (error, signature) =>
          error ? reject(error) : resolve(signature.toString('base64url')),
        ),
      ),
  };
}

const keyCache = new Map<string, KeyObject>();

/** Checks an Ed25519 signature (base64url) over `message`; malformed keys or signatures are simply invalid. */
export function verifySignature(
  publicKey: string,
  message: Uint8Array,
  signature: string,
): boolean {
  try {
    let key = keyCache.get(publicKey);
    if (!key) {
      key = publicKeyObject(publicKey);
      if (keyCache.size > 1024) keyCache.clear();
      keyCache.set(publicKey, key);
    }
    const sig = decodeCanonicalBase64url(signature, 64);
    if (!sig) return false;
    return verify(null, message, key, sig);
  } catch {
    return false;
  }
}
