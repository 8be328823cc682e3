import { createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkpointNoteText } from './checkpoint-note.js';
import { sha256 } from './hash.js';
import { signerFromPem } from './keys.js';
import {
  buildProof,
  consistencyPlan,
  emptyRoot,
  leafHash,
  MerkleFrontier,
  nodeKey,
  type StoredNode,
} from './merkle.js';
import {
  formatSignedNote,
  makeVerifierKey,
  signNoteText,
  SIGNATURE_TYPE_ED25519,
} from './signed-note.js';
import {
  decideAddCheckpoint,
  formatAddCheckpointRequest,
  MAX_PROOF_LINES,
  parseAddCheckpointRequest,
  type WitnessedLog,
} from './witness-protocol.js';

function fixedSigner(seedByte: number) {
  const der = Buffer.concat([
    Buffer.from('302e020100300506032b657004220420', 'hex'),
    Buffer.alloc(32, seedByte),
  ]);
  const pem = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    .export({ format: 'pem', type: 'pkcs8' })
    .toString();
  return signerFromPem(pem);
}

/** A tree of `size` leaves whose every perfect node is kept, so any proof can be built. */
function tree(size: number, salt = '') {
  const frontier = MerkleFrontier.empty();
  const nodes = new Map<string, Buffer>();
  const roots: string[] = [emptyRoot().toString('hex')];
  for (let i = 0; i < size; i++) {
    const written: StoredNode[] = frontier.append(leafHash(sha256(Buffer.from(`${salt}${i}`))));
    for (const n of written) nodes.set(nodeKey(n), n.hash);
    roots.push(frontier.root().toString('hex'));
  }
  const proof = (from: number, to: number) =>
    buildProof(consistencyPlan(from, to), (ref) => nodes.get(nodeKey(ref))!);
  return { roots, proof };
}

const ORIGIN = 'coop.example/log';
const logSigner = fixedSigner(1);
const logKey = makeVerifierKey(
  ORIGIN,
  SIGNATURE_TYPE_ED25519,
  Buffer.from(logSigner.publicKey, 'base64url'),
);

function note(size: number, root: string, signer = logSigner, name = ORIGIN): string {
  const text = checkpointNoteText({ origin: ORIGIN, treeSize: size, root });
  return formatSignedNote({ text, signatures: [signNoteText(text, name, signer)] });
}

function log(size: number, root: string): (origin: string) => WitnessedLog | undefined {
  return (origin) => (origin === ORIGIN ? { origin, logKeys: [logKey], size, root } : undefined);
}

describe('add-checkpoint requests', () => {
  it('round-trips the body of the specification', () => {
    const t = tree(20);
    const body = formatAddCheckpointRequest({
      oldSize: 7,
      proof: t.proof(7, 20),
      note: note(20, t.roots[20]!),
    });
    expect(body.startsWith('old 7\n')).toBe(true);
    const parsed = parseAddCheckpointRequest(body);
    expect(parsed.oldSize).toBe(7);
    expect(parsed.proof.map((p) => p.toString('hex'))).toEqual(
      t.proof(7, 20).map((p) => p.toString('hex')),
    );
    expect(parsed.note).toBe(note(20, t.roots[20]!));
  });

  it('refuses more than 63 proof lines, leading zeros and proof lines that are not hashes', () => {
    const line = `${Buffer.alloc(32).toString('base64')}\n`;
    const tooLong = `old 1\n${line.repeat(MAX_PROOF_LINES + 1)}\n${note(1, 'aa'.repeat(32))}`;
    expect(() => parseAddCheckpointRequest(tooLong)).toThrow(/at most 63/);
    const enough = `old 1\n${line.repeat(MAX_PROOF_LINES)}\n${note(1, 'aa'.repeat(32))}`;
    expect(parseAddCheckpointRequest(enough).proof).toHaveLength(MAX_PROOF_LINES);
    expect(() => parseAddCheckpointRequest('old 01\n\nx')).toThrow(/old <size>/);
    expect(() => parseAddCheckpointRequest('old 1\nAAAA\n\nx')).toThrow(/32-byte/);
    expect(() => parseAddCheckpointRequest('old 1\n')).toThrow(/empty line/);
  });
});

describe('the witness decision', () => {
  const t = tree(40);

  it('cosigns a first checkpoint from size 0, then one consistent with it', () => {
    const first = decideAddCheckpoint(
      { oldSize: 0, proof: [], note: note(10, t.roots[10]!) },
      log(0, t.roots[0]!),
    );
    expect(first).toMatchObject({ status: 200, checkpoint: { treeSize: 10, root: t.roots[10] } });
    const next = decideAddCheckpoint(
      { oldSize: 10, proof: t.proof(10, 37), note: note(37, t.roots[37]!) },
      log(10, t.roots[10]!),
    );
    expect(next).toMatchObject({ status: 200, checkpoint: { treeSize: 37 } });
  });

  it('answers 409 with its size when the old size is not the one it cosigned (a replay)', () => {
    expect(
      decideAddCheckpoint(
        { oldSize: 10, proof: t.proof(10, 37), note: note(37, t.roots[37]!) },
        log(37, t.roots[37]!),
      ),
    ).toEqual({ status: 409, knownSize: 37 });
  });

  it('answers 422 to a proof from another history, and to a different root at the same size', () => {
    const other = tree(40, 'rewritten');
    expect(
      decideAddCheckpoint(
        { oldSize: 10, proof: other.proof(10, 37), note: note(37, other.roots[37]!) },
        log(10, t.roots[10]!),
      ),
    ).toMatchObject({ status: 422 });
    expect(
      decideAddCheckpoint(
        { oldSize: 10, proof: [], note: note(10, other.roots[10]!) },
        log(10, t.roots[10]!),
      ),
    ).toMatchObject({ status: 422 });
    expect(
      decideAddCheckpoint(
        { oldSize: 0, proof: t.proof(5, 10), note: note(10, t.roots[10]!) },
        log(0, t.roots[0]!),
      ),
    ).toMatchObject({ status: 422 });
    expect(
      decideAddCheckpoint(
        { oldSize: 0, proof: [], note: note(0, t.roots[10]!) },
        log(0, t.roots[0]!),
      ),
    ).toMatchObject({ status: 422 });
  });

  it('answers 403 to a forged or unknown-key signature and 404 to an unknown origin', () => {
    const forged = note(10, t.roots[10]!).replace(/ (\S+)\n$/, (_m, sig: string) => {
      const bytes = Buffer.from(sig, 'base64');
      bytes[10] = bytes[10]! ^ 1;
      return ` ${bytes.toString('base64')}\n`;
    });
    expect(
      decideAddCheckpoint({ oldSize: 0, proof: [], note: forged }, log(0, t.roots[0]!)),
    ).toMatchObject({ status: 403, reason: expect.stringMatching(/does not verify/) });
    expect(
      decideAddCheckpoint(
        { oldSize: 0, proof: [], note: note(10, t.roots[10]!, fixedSigner(2)) },
        log(0, t.roots[0]!),
      ),
    ).toMatchObject({ status: 403, reason: expect.stringMatching(/no signature/) });
    expect(
      decideAddCheckpoint({ oldSize: 0, proof: [], note: note(10, t.roots[10]!) }, () => undefined),
    ).toMatchObject({ status: 404 });
  });

  it('answers 400 to an old size beyond the checkpoint and to a malformed note', () => {
    expect(
      decideAddCheckpoint({ oldSize: 11, proof: [], note: note(10, t.roots[10]!) }, log(11, 'x')),
    ).toMatchObject({ status: 400 });
    expect(
      decideAddCheckpoint({ oldSize: 0, proof: [], note: 'not a note' }, log(0, 'x')),
    ).toMatchObject({ status: 400 });
  });
});
