import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { fromBase64url } from '../verify/bytes';
import type { DeviceSigner } from './active-signer';

// The signer's state lives in active-signer.ts, which every page's writes read (signing-fetch.ts):
// this module brings Ed25519 in JavaScript, which only the pages that make or unlock a key load.
export {
  activeDeviceSigner,
  onDeviceSignerChange,
  setActiveDeviceSigner,
  type ActiveSigner,
  type DeviceSigner,
} from './active-signer';

ed.hashes.sha512 = sha512;

/** OWASP's 2023 figure for PBKDF2-SHA256: a stolen wrapped key costs this much per guessed password. */
const PBKDF2_ITERATIONS = 600_000;
const WRAP_FORMAT = 'v1';
/** PKCS#8 DER prefix of an Ed25519 private key, before its 32-byte seed (RFC 8410). */
const PKCS8_PREFIX = new Uint8Array([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function bytesFrom(text: string): Uint8Array {
  const bytes = fromBase64url(text);
  if (!bytes) throw new Error('not base64url');
  return bytes;
}

function buffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

/**
 * WebCrypto's Ed25519 where the browser has it (checked by signing and verifying once), else
 * @noble/ed25519; both give the same RFC 8032 signatures.
 */
async function signerOf(seed: Uint8Array): Promise<DeviceSigner> {
  const publicKeyBytes = await ed.getPublicKeyAsync(seed);
  const publicKey = toBase64url(publicKeyBytes);
  const noble = async (message: Uint8Array) => toBase64url(await ed.signAsync(message, seed));
  try {
    const subtle = globalThis.crypto.subtle;
    const key = await subtle.importKey(
      'pkcs8',
      buffer(new Uint8Array([...PKCS8_PREFIX, ...seed])),
      { name: 'Ed25519' },
      false,
      ['sign'],
    );
    const probe = new TextEncoder().encode('disco-cat device key probe');
    const sig = new Uint8Array(await subtle.sign({ name: 'Ed25519' }, key, buffer(probe)));
    if (!(await ed.verifyAsync(sig, probe, publicKeyBytes))) throw new Error('mismatch');
    return {
      publicKey,
      sign: async (message) =>
        toBase64url(new Uint8Array(await subtle.sign({ name: 'Ed25519' }, key, buffer(message)))),
    };
  } catch {
    return { publicKey, sign: noble };
  }
}

async function wrappingKey(password: string, salt: Uint8Array): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const base = await subtle.importKey(
    'raw',
    buffer(new TextEncoder().encode(password)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buffer(salt), iterations: PBKDF2_ITERATIONS },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * A fresh key for this device and its seed wrapped under `password`, ready for PUT /api/me/devices/{deviceId}/key.
 *
 * @example const { signer, encryptedPrivateKey } = await makeDeviceKey(password);
 */
export async function makeDeviceKey(
  password: string,
): Promise<{ signer: DeviceSigner; encryptedPrivateKey: string }> {
  const seed = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const signer = await signerOf(seed);
  return { signer, encryptedPrivateKey: await wrapSeed(seed, signer.publicKey, password) };
}

async function wrapSeed(seed: Uint8Array, publicKey: string, password: string): Promise<string> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const sealed = await globalThis.crypto.subtle.encrypt(
    // The public key as associated data: a blob cannot be passed off as another key's.
    {
      name: 'AES-GCM',
      iv: buffer(iv),
      additionalData: buffer(new TextEncoder().encode(publicKey)),
    },
    await wrappingKey(password, salt),
    buffer(seed),
  );
  return [
    WRAP_FORMAT,
    toBase64url(salt),
    toBase64url(iv),
    toBase64url(new Uint8Array(sealed)),
  ].join('.');
}

/**
 * The device key back from its wrapped form; null when the password does not open it.
 *
 * @example const signer = await unwrapDeviceKey(stored.publicKey, stored.encryptedPrivateKey, password);
 */
export async function unwrapDeviceKey(
  publicKey: string,
  encryptedPrivateKey: string,
  password: string,
): Promise<DeviceSigner | null> {
  const [format, salt, iv, sealed] = encryptedPrivateKey.split('.');
  if (format !== WRAP_FORMAT || !salt || !iv || !sealed) return null;
  try {
    const seed = new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: buffer(bytesFrom(iv)),
          additionalData: buffer(new TextEncoder().encode(publicKey)),
        },
        await wrappingKey(password, bytesFrom(salt)),
        buffer(bytesFrom(sealed)),
      ),
    );
    const signer = await signerOf(seed);
    return signer.publicKey === publicKey ? signer : null;
  } catch {
    return null;
  }
}

/**
 * The seed re-wrapped under a new password, for a password change (the server keeps only blobs).
 *
 * @example const blob = await rewrapDeviceKey(publicKey, blob, oldPassword, newPassword);
 */
export async function rewrapDeviceKey(
  publicKey: string,
  encryptedPrivateKey: string,
  oldPassword: string,
  newPassword: string,
): Promise<string | null> {
  const [format, salt, iv, sealed] = encryptedPrivateKey.split('.');
  if (format !== WRAP_FORMAT || !salt || !iv || !sealed) return null;
  try {
    const seed = new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: buffer(bytesFrom(iv)),
          additionalData: buffer(new TextEncoder().encode(publicKey)),
        },
        await wrappingKey(oldPassword, bytesFrom(salt)),
        buffer(bytesFrom(sealed)),
      ),
    );
    return await wrapSeed(seed, publicKey, newPassword);
  } catch {
    return null;
  }
}
