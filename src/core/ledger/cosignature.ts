import { verifySignature, type Signer } from './keys.js';
import {
  computeKeyId,
  isSignatureBy,
  SIGNATURE_TYPE_COSIGNATURE_V1,
  type NoteSignature,
  type VerifierKey,
} from './signed-note.js';

/*
 * C2SP tlog-cosignature v1.0, the Ed25519 `cosignature/v1` type (0x04): the witness signs
 * "cosignature/v1\ntime <POSIX seconds>\n" followed by the checkpoint's note text, and the
 * signature bytes are the 8-byte big-endian timestamp followed by the 64-byte Ed25519 signature.
 */

const MAX_TIMESTAMP = 2n ** 63n - 1n;

export function cosignatureMessage(noteText: string, timestamp: number): Buffer {
  return Buffer.from(`cosignature/v1\ntime ${timestamp}\n${noteText}`, 'utf8');
}

/** Cosigns a checkpoint's note text at `timestamp` (whole seconds, never zero). */
export function cosign(
  noteText: string,
  timestamp: number,
  keyName: string,
  signer: Signer,
): NoteSignature {
  if (!Number.isSafeInteger(timestamp) || timestamp <= 0) {
    throw new RangeError(
      `a cosignature's timestamp is a positive number of seconds, not ${timestamp}`,
    );
  }
  const publicKey = Buffer.from(signer.publicKey, 'base64url');
  const time = Buffer.alloc(8);
  time.writeBigUInt64BE(BigInt(timestamp), 0);
  const sig = Buffer.from(signer.sign(cosignatureMessage(noteText, timestamp)), 'base64url');
  return {
    keyName,
    keyId: computeKeyId(keyName, SIGNATURE_TYPE_COSIGNATURE_V1, publicKey),
    signature: Buffer.concat([time, sig]),
  };
}

export interface VerifiedCosignature {
  /** POSIX seconds at which the witness cosigned. */
  timestamp: number;
}

/**
 * Checks a cosignature line against one witness key: null when it is not this key's, or does not
 * verify. A timestamp of zero or beyond 2^63-1 is refused as the specification says.
 */
export function verifyCosignature(
  noteText: string,
  signature: NoteSignature,
  key: VerifierKey,
): VerifiedCosignature | null {
  if (key.type !== SIGNATURE_TYPE_COSIGNATURE_V1 || !isSignatureBy(signature, key)) return null;
  if (signature.signature.length !== 72) return null;
  const big = signature.signature.readBigUInt64BE(0);
  if (big === 0n || big > MAX_TIMESTAMP || big > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const timestamp = Number(big);
  const ok = verifySignature(
    key.publicKey.toString('base64url'),
    cosignatureMessage(noteText, timestamp),
    signature.signature.subarray(8).toString('base64url'),
  );
  return ok ? { timestamp } : null;
}
