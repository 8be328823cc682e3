import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkpointNoteText, ledgerOrigin, parseCheckpointText } from './checkpoint-note.js';
import { cosign, cosignatureMessage, verifyCosignature } from './cosignature.js';
import { signerFromPem } from './keys.js';
import {
  computeKeyId,
  formatSignedNote,
  formatVerifierKey,
  makeVerifierKey,
  NoteFormatError,
  parseSignedNote,
  parseVerifierKey,
  signNoteText,
  SIGNATURE_TYPE_COSIGNATURE_V1,
  SIGNATURE_TYPE_ED25519,
  verifyNoteSignature,
} from './signed-note.js';

// The example of c2sp.org/signed-note v1.0, "Verifier keys".
const SPEC_VKEY = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k';
const SPEC_NOTE =
  'This is an example message.\n\n' +
  '\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n';

/** A key from a fixed RFC 8032 seed, so the tests can recompute every byte independently. */
function fixedSigner(seedByte: number) {
  const seed = Buffer.alloc(32, seedByte);
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const pem = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    .export({ format: 'pem', type: 'pkcs8' })
    .toString();
  return signerFromPem(pem);
}

describe('signed notes', () => {
  it('verifies the example of the specification with its verifier key', () => {
    const key = parseVerifierKey(SPEC_VKEY);
    expect(key.keyName).toBe('example.com/foo');
    expect(key.keyId).toBe(0x530d903a);
    expect(key.type).toBe(SIGNATURE_TYPE_ED25519);
    expect(formatVerifierKey(key)).toBe(SPEC_VKEY);
    const note = parseSignedNote(SPEC_NOTE);
    expect(note.text).toBe('This is an example message.\n');
    expect(note.signatures).toHaveLength(1);
    expect(verifyNoteSignature(note.text, note.signatures[0]!, key)).toBe(true);
    expect(verifyNoteSignature('This is another message.\n', note.signatures[0]!, key)).toBe(false);
    expect(formatSignedNote(note)).toBe(SPEC_NOTE);
  });

  it('derives key IDs as SHA-256(name, newline, type, key)[:4]', () => {
    const key = parseVerifierKey(SPEC_VKEY);
    expect(computeKeyId('example.com/foo', SIGNATURE_TYPE_ED25519, key.publicKey)).toBe(0x530d903a);
    expect(computeKeyId('example.com/foo', SIGNATURE_TYPE_COSIGNATURE_V1, key.publicKey)).not.toBe(
      0x530d903a,
    );
  });

  it('reads key material that holds a "+" (base64 may)', () => {
    for (let seed = 0; seed < 64; seed++) {
      const key = makeVerifierKey('w.example/x', SIGNATURE_TYPE_ED25519, Buffer.alloc(32, seed));
      expect(parseVerifierKey(formatVerifierKey(key))).toEqual(key);
    }
  });

  it('refuses verifier keys whose ID does not match, with a bad type or a bad name', () => {
    expect(() => parseVerifierKey(SPEC_VKEY.replace('530d903a', '530d903b'))).toThrow(
      /does not match/,
    );
    expect(() => parseVerifierKey('example.com/foo+530d903a')).toThrow(/three parts/);
    const type2 = Buffer.concat([Buffer.from([2]), Buffer.alloc(32)]).toString('base64');
    expect(() => parseVerifierKey(`a+00000000+${type2}`)).toThrow(/not supported/);
    expect(() => makeVerifierKey('two words', SIGNATURE_TYPE_ED25519, Buffer.alloc(32))).toThrow(
      NoteFormatError,
    );
  });

  it('refuses malformed notes', () => {
    expect(() => parseSignedNote('no blank line\n\u2014 a AAAAAAA=\n')).toThrow(NoteFormatError);
    expect(() => parseSignedNote('text\n\n\u2014 a AAAAAAA=')).toThrow(/ends with a newline/);
    expect(() => parseSignedNote('text\n\n- a AAAAAAAA\n')).toThrow(/signature line/);
    expect(() => parseSignedNote('te\u0001xt\n\n\u2014 a AAAAAAAA\n')).toThrow(/control/);
    expect(() => parseSignedNote('text\n\n\u2014 a AAAA\n')).toThrow(/4-byte key ID/);
    expect(() => parseSignedNote('text\n\n\u2014 a AAAAAAA\n')).toThrow(NoteFormatError);
  });

  it('signs a note text that the independent node:crypto check accepts', () => {
    const signer = fixedSigner(7);
    const sig = signNoteText('hello\n', 'example.org/log', signer);
    const pub = Buffer.from(signer.publicKey, 'base64url');
    const key = makeVerifierKey('example.org/log', SIGNATURE_TYPE_ED25519, pub);
    expect(sig.keyId).toBe(key.keyId);
    expect(verifyNoteSignature('hello\n', sig, key)).toBe(true);
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), pub]);
    const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    expect(verify(null, Buffer.from('hello\n'), publicKey, sig.signature)).toBe(true);
  });
});

describe('checkpoint notes', () => {
  it('writes origin, size and base64 root, and reads them back', () => {
    const root = 'ab'.repeat(32);
    const origin = ledgerOrigin('coop.example', 'cd'.repeat(32));
    const text = checkpointNoteText({ origin, treeSize: 42, root });
    expect(text).toBe(
      `coop.example/${'cd'.repeat(32)}\n42\n${Buffer.from(root, 'hex').toString('base64')}\n`,
    );
    expect(parseCheckpointText(text)).toEqual({ origin, treeSize: 42, root });
  });

  it('refuses leading zeros, short roots, empty origins and spaces in origins', () => {
    const root = Buffer.alloc(32).toString('base64');
    expect(() => parseCheckpointText(`o\n042\n${root}\n`)).toThrow(/leading zeros/);
    expect(() => parseCheckpointText(`o\n1\nAAAA\n`)).toThrow(/32-byte/);
    expect(() => parseCheckpointText(`\n1\n${root}\n`)).toThrow(/origin/);
    expect(() => parseCheckpointText(`o\n1\n`)).toThrow(/one per line/);
    expect(() => ledgerOrigin('a b', 'x')).toThrow(/spaces/);
  });
});

describe('cosignature/v1', () => {
  const text =
    'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';

  it('signs "cosignature/v1", the time line and the note text, as the specification shows', () => {
    expect(cosignatureMessage(text, 1679315147).toString()).toBe(
      'cosignature/v1\ntime 1679315147\n' + text,
    );
    const signer = fixedSigner(9);
    const pub = Buffer.from(signer.publicKey, 'base64url');
    const key = makeVerifierKey('witness.example/w1', SIGNATURE_TYPE_COSIGNATURE_V1, pub);
    const line = cosign(text, 1679315147, 'witness.example/w1', signer);
    expect(line.keyId).toBe(key.keyId);
    expect(line.signature).toHaveLength(72);
    expect(line.signature.readBigUInt64BE(0)).toBe(1679315147n);
    // Recomputed with node:crypto alone from the fixed seed: Ed25519 is deterministic.
    const seedKey = createPrivateKey({
      key: Buffer.concat([
        Buffer.from('302e020100300506032b657004220420', 'hex'),
        Buffer.alloc(32, 9),
      ]),
      format: 'der',
      type: 'pkcs8',
    });
    const expected = sign(null, Buffer.from('cosignature/v1\ntime 1679315147\n' + text), seedKey);
    expect(line.signature.subarray(8).equals(expected)).toBe(true);
    expect(verifyCosignature(text, line, key)).toEqual({ timestamp: 1679315147 });
  });

  it('ignores a cosignature by another key and refuses a forged or re-timed one', () => {
    const signer = fixedSigner(9);
    const other = fixedSigner(10);
    const key = makeVerifierKey(
      'w',
      SIGNATURE_TYPE_COSIGNATURE_V1,
      Buffer.from(signer.publicKey, 'base64url'),
    );
    const line = cosign(text, 100, 'w', signer);
    expect(verifyCosignature(text.replace('20852163', '20852164'), line, key)).toBeNull();
    const retimed = { ...line, signature: Buffer.from(line.signature) };
    retimed.signature.writeBigUInt64BE(101n, 0);
    expect(verifyCosignature(text, retimed, key)).toBeNull();
    expect(verifyCosignature(text, cosign(text, 100, 'w', other), key)).toBeNull();
    const plain = makeVerifierKey(
      'w',
      SIGNATURE_TYPE_ED25519,
      Buffer.from(signer.publicKey, 'base64url'),
    );
    expect(verifyCosignature(text, line, plain)).toBeNull();
    expect(() => cosign(text, 0, 'w', signer)).toThrow(/positive/);
  });
});
