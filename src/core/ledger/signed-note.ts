import { sha256 } from './hash.js';
import { verifySignature, type Signer } from './keys.js';

/*
 * C2SP signed-note v1.0 (https://c2sp.org/signed-note): a text ending in a newline, a blank line,
 * then one line per signature: "— <key name> base64(4-byte key ID || signature)". Only the two
 * signature types this project uses are implemented: plain Ed25519 (0x01), with which a node signs
 * its checkpoints, and timestamped Ed25519 cosignatures (0x04, c2sp.org/tlog-cosignature), with
 * which witnesses cosign them.
 */

export const SIGNATURE_TYPE_ED25519 = 0x01;
export const SIGNATURE_TYPE_COSIGNATURE_V1 = 0x04;
export type SignatureType = typeof SIGNATURE_TYPE_ED25519 | typeof SIGNATURE_TYPE_COSIGNATURE_V1;

const EM_DASH = '\u2014';
/** The signed-note spec asks verifiers to accept at least 16; more than this is a refusal, not work. */
export const MAX_NOTE_SIGNATURES = 64;

export class NoteFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoteFormatError';
  }
}

export interface NoteSignature {
  keyName: string;
  /** uint32, big-endian in the encoding. */
  keyId: number;
  /** The bytes after the key ID: a 64-byte signature, or timestamp and signature for a cosignature. */
  signature: Buffer;
}

export interface SignedNote {
  /** The signed text, final newline included. */
  text: string;
  signatures: NoteSignature[];
}

/** A verifier key: who signs (name and key ID), with what algorithm, under which public key. */
export interface VerifierKey {
  keyName: string;
  keyId: number;
  type: SignatureType;
  /** The raw 32-byte Ed25519 public key. */
  publicKey: Buffer;
}

/** Standard base64 as the spec writes it; anything that does not survive a round trip is refused. */
export function decodeBase64Strict(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name) && !hasControlCharacter(name);
}

function hasControlCharacter(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0009\u000b-\u001f\u007f]/.test(text);
}

/** key ID = SHA-256(key name || 0x0A || signature type || public key)[:4], big-endian. */
export function computeKeyId(keyName: string, type: SignatureType, publicKey: Uint8Array): number {
  return sha256(Buffer.from(`${keyName}\n`, 'utf8'), Buffer.from([type]), publicKey).readUInt32BE(
    0,
  );
}

export function makeVerifierKey(
  keyName: string,
  type: SignatureType,
  publicKey: Uint8Array,
): VerifierKey {
  if (!isValidKeyName(keyName)) {
    throw new NoteFormatError(`the key name "${keyName}" is empty or holds a space or a "+"`);
  }
  if (publicKey.length !== 32) throw new NoteFormatError('an Ed25519 public key is 32 bytes');
  return {
    keyName,
    keyId: computeKeyId(keyName, type, publicKey),
    type,
    publicKey: Buffer.from(publicKey),
  };
}

/** `<key name>+<hex key ID>+base64(type || public key)`. */
export function formatVerifierKey(key: VerifierKey): string {
  const material = Buffer.concat([Buffer.from([key.type]), key.publicKey]).toString('base64');
  return `${key.keyName}+${key.keyId.toString(16).padStart(8, '0')}+${material}`;
}

/**
 * Parses a vkey of type 0x01 or 0x04, and refuses one whose key ID does not follow from its name
 * and key: such a key could never match the signatures it claims to check.
 */
export function parseVerifierKey(text: string): VerifierKey {
  // The name and the hex ID hold no "+", the base64 key material may: split at the first two.
  const trimmed = text.trim();
  const first = trimmed.indexOf('+');
  const second = trimmed.indexOf('+', first + 1);
  if (first < 0 || second < 0) {
    throw new NoteFormatError(
      'a verifier key has three parts separated by "+": name+keyid+base64(type||key)',
    );
  }
  const keyName = trimmed.slice(0, first);
  const idHex = trimmed.slice(first + 1, second);
  const material = trimmed.slice(second + 1);
  if (!isValidKeyName(keyName)) throw new NoteFormatError('the verifier key has no valid name');
  if (!/^[0-9a-f]{8}$/.test(idHex)) {
    throw new NoteFormatError('the key ID of a verifier key is 8 lower-case hex digits');
  }
  const bytes = decodeBase64Strict(material);
  if (!bytes || bytes.length !== 33) {
    throw new NoteFormatError(
      'the key material of a verifier key is base64 of one type byte and a 32-byte Ed25519 key',
    );
  }
  const type = bytes[0]!;
  if (type !== SIGNATURE_TYPE_ED25519 && type !== SIGNATURE_TYPE_COSIGNATURE_V1) {
    throw new NoteFormatError(
      `signature type 0x${type.toString(16).padStart(2, '0')} is not supported: use 0x01 (Ed25519) or 0x04 (cosignature/v1)`,
    );
  }
  const key = makeVerifierKey(keyName, type, bytes.subarray(1));
  if (key.keyId !== parseInt(idHex, 16)) {
    throw new NoteFormatError('the key ID of the verifier key does not match its name and key');
  }
  return key;
}

/**
 * Splits a signed note into its text and signature lines. The text is separated from the
 * signatures by the last blank line; every signature line must be well formed.
 */
export function parseSignedNote(note: string): SignedNote {
  if (hasControlCharacter(note)) {
    throw new NoteFormatError('a signed note holds no control characters other than newline');
  }
  if (!note.endsWith('\n')) throw new NoteFormatError('a signed note ends with a newline');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new NoteFormatError('a signed note has a blank line before its signatures');
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split('\n');
  if (lines.length > MAX_NOTE_SIGNATURES) {
    throw new NoteFormatError(`a note may carry at most ${MAX_NOTE_SIGNATURES} signatures`);
  }
  return { text, signatures: lines.map(parseSignatureLine) };
}

export function parseSignatureLine(line: string): NoteSignature {
  const match = /^\u2014 (\S+) (\S+)$/u.exec(line);
  if (!match) {
    throw new NoteFormatError('a signature line reads "— <key name> <base64 signature>"');
  }
  const keyName = match[1]!;
  if (!isValidKeyName(keyName)) throw new NoteFormatError('a signature line has no valid key name');
  const bytes = decodeBase64Strict(match[2]!);
  if (!bytes || bytes.length < 5) {
    throw new NoteFormatError('a signature is base64 of a 4-byte key ID and the signature bytes');
  }
  return { keyName, keyId: bytes.readUInt32BE(0), signature: bytes.subarray(4) };
}

export function formatSignatureLine(signature: NoteSignature): string {
  const id = Buffer.alloc(4);
  id.writeUInt32BE(signature.keyId >>> 0, 0);
  const encoded = Buffer.concat([id, signature.signature]).toString('base64');
  return `${EM_DASH} ${signature.keyName} ${encoded}\n`;
}

export function formatSignedNote(note: SignedNote): string {
  if (note.signatures.length === 0) throw new NoteFormatError('a signed note has a signature');
  return `${note.text}\n${note.signatures.map(formatSignatureLine).join('')}`;
}

/** Does this signature line claim to be by this key (same name and same ID)? */
export function isSignatureBy(signature: NoteSignature, key: VerifierKey): boolean {
  return signature.keyName === key.keyName && signature.keyId === key.keyId;
}

/** A plain Ed25519 (0x01) note signature over the note text. */
export function signNoteText(text: string, keyName: string, signer: Signer): NoteSignature {
  const publicKey = Buffer.from(signer.publicKey, 'base64url');
  const signature = Buffer.from(signer.sign(Buffer.from(text, 'utf8')), 'base64url');
  return {
    keyName,
    keyId: computeKeyId(keyName, SIGNATURE_TYPE_ED25519, publicKey),
    signature,
  };
}

export function verifyNoteSignature(
  text: string,
  signature: NoteSignature,
  key: VerifierKey,
): boolean {
  if (key.type !== SIGNATURE_TYPE_ED25519 || !isSignatureBy(signature, key)) return false;
  if (signature.signature.length !== 64) return false;
  return verifySignature(
    key.publicKey.toString('base64url'),
    Buffer.from(text, 'utf8'),
    signature.signature.toString('base64url'),
  );
}

/** Is this a well-formed vkey of a cosignature/v1 (0x04) witness key? */
export function isCosignatureVerifierKey(text: string): boolean {
  try {
    return parseVerifierKey(text).type === SIGNATURE_TYPE_COSIGNATURE_V1;
  } catch {
    return false;
  }
}
