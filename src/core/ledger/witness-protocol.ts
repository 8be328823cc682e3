import { parseCheckpointText, type CheckpointNote } from './checkpoint-note.js';
import { emptyRoot, verifyConsistency } from './merkle.js';
import {
  decodeBase64Strict,
  isSignatureBy,
  NoteFormatError,
  parseSignedNote,
  verifyNoteSignature,
  type SignedNote,
  type VerifierKey,
} from './signed-note.js';

/*
 * The witness side of C2SP tlog-witness: the add-checkpoint request body and the decision a
 * witness takes on it, as pure functions. Persisting the decision (compare-and-set on the size)
 * and signing the cosignature are the app's.
 */

/** The specification caps a consistency proof at 63 lines: the proof of a 2^64-leaf tree. */
export const MAX_PROOF_LINES = 63;

export interface AddCheckpointRequest {
  oldSize: number;
  proof: Buffer[];
  /** The whole checkpoint note as received, signatures included. */
  note: string;
}

export function formatAddCheckpointRequest(request: AddCheckpointRequest): string {
  if (request.proof.length > MAX_PROOF_LINES) {
    throw new RangeError(`a consistency proof has at most ${MAX_PROOF_LINES} lines`);
  }
  const proof = request.proof.map((hash) => `${hash.toString('base64')}\n`).join('');
  return `old ${request.oldSize}\n${proof}\n${request.note}`;
}

/** Reads an add-checkpoint body; a malformed one throws NoteFormatError (the witness's 400). */
export function parseAddCheckpointRequest(body: string): AddCheckpointRequest {
  const firstEnd = body.indexOf('\n');
  const oldLine = firstEnd < 0 ? body : body.slice(0, firstEnd);
  const old = /^old (0|[1-9][0-9]*)$/.exec(oldLine);
  if (!old || !Number.isSafeInteger(Number(old[1]))) {
    throw new NoteFormatError('the body starts with "old <size>" and a newline');
  }
  const proof: Buffer[] = [];
  let at = firstEnd + 1;
  for (;;) {
    const end = body.indexOf('\n', at);
    if (end < 0) throw new NoteFormatError('the proof lines end with an empty line');
    const line = body.slice(at, end);
    at = end + 1;
    if (line === '') break;
    if (proof.length === MAX_PROOF_LINES) {
      throw new NoteFormatError(`a consistency proof has at most ${MAX_PROOF_LINES} lines`);
    }
    const hash = decodeBase64Strict(line);
    if (!hash || hash.length !== 32) {
      throw new NoteFormatError('each proof line is the base64 of one 32-byte hash');
    }
    proof.push(hash);
  }
  return { oldSize: Number(old[1]), proof, note: body.slice(at) };
}

/** What a witness knows of one log: the keys it trusts for the origin and what it last cosigned. */
export interface WitnessedLog {
  origin: string;
  logKeys: readonly VerifierKey[];
  /** Size and hex root of the latest checkpoint it cosigned; size 0 when it never cosigned one. */
  size: number;
  root: string;
}

export type AddCheckpointDecision =
  | { status: 200; checkpoint: CheckpointNote; text: string }
  | { status: 400 | 403 | 404 | 422; reason: string }
  | { status: 409; knownSize: number };

/**
 * The checks of tlog-witness's add-checkpoint, in the specification's order. `lookup` finds what
 * the witness knows of an origin (undefined: an unknown log, 404).
 */
export function decideAddCheckpoint(
  request: AddCheckpointRequest,
  lookup: (origin: string) => WitnessedLog | undefined,
): AddCheckpointDecision {
  let note: SignedNote;
  let checkpoint: CheckpointNote;
  try {
    note = parseSignedNote(request.note);
    checkpoint = parseCheckpointText(note.text);
  } catch (error) {
    return { status: 400, reason: (error as Error).message };
  }
  const log = lookup(checkpoint.origin);
  if (!log) return { status: 404, reason: `this witness does not follow ${checkpoint.origin}` };
  let trusted = false;
  for (const signature of note.signatures) {
    const key = log.logKeys.find((k) => isSignatureBy(signature, k));
    if (!key) continue;
    if (!verifyNoteSignature(note.text, signature, key)) {
      return { status: 403, reason: `the signature of ${key.keyName} does not verify` };
    }
    trusted = true;
  }
  if (!trusted) return { status: 403, reason: 'no signature by a key trusted for this origin' };
  if (request.oldSize > checkpoint.treeSize) {
    return { status: 400, reason: 'the old size is larger than the checkpoint size' };
  }
  if (request.oldSize !== log.size) return { status: 409, knownSize: log.size };
  const newRoot = Buffer.from(checkpoint.root, 'hex');
  if (checkpoint.treeSize === 0 && !newRoot.equals(emptyRoot())) {
    return { status: 422, reason: 'a checkpoint of size 0 has the root of the empty tree' };
  }
  if (request.oldSize === 0) {
    if (request.proof.length > 0) {
      return { status: 422, reason: 'from size 0 the consistency proof is empty' };
    }
  } else if (request.oldSize === checkpoint.treeSize) {
    if (checkpoint.root !== log.root) {
      return { status: 422, reason: 'same size as the cosigned checkpoint, different root' };
    }
  } else if (
    !verifyConsistency(
      request.oldSize,
      checkpoint.treeSize,
      Buffer.from(log.root, 'hex'),
      newRoot,
      request.proof,
    )
  ) {
    return {
      status: 422,
      reason: `the consistency proof from size ${request.oldSize} to ${checkpoint.treeSize} does not verify`,
    };
  }
  return { status: 200, checkpoint, text: note.text };
}
