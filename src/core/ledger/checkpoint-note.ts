import { isHexHash } from './hash.js';
import { decodeBase64Strict, NoteFormatError } from './signed-note.js';

/*
 * C2SP tlog-checkpoint v1.0: the note text of a checkpoint is the origin, the tree size and the
 * base64 root hash, one per line. A DisCO's origin is `<public host>/<ledger id>`, fixed for ever
 * once first used, so that a witness keeps one history per ledger.
 */

export interface CheckpointNote {
  origin: string;
  treeSize: number;
  /** Lower-case hex, as the JSON checkpoints write it. */
  root: string;
}

export function ledgerOrigin(publicHost: string, ledgerId: string): string {
  const origin = `${publicHost}/${ledgerId}`;
  if (!/^[^\s+]+$/u.test(origin)) {
    throw new NoteFormatError(`the origin "${origin}" may hold neither spaces nor "+"`);
  }
  return origin;
}

export function checkpointNoteText(note: CheckpointNote): string {
  if (!isHexHash(note.root)) throw new NoteFormatError('a checkpoint root is 32 bytes');
  return `${note.origin}\n${note.treeSize}\n${Buffer.from(note.root, 'hex').toString('base64')}\n`;
}

/** Reads the first three lines of a checkpoint's note text; extension lines are allowed and ignored. */
export function parseCheckpointText(text: string): CheckpointNote {
  const lines = text.split('\n');
  if (lines.length < 4 || lines[lines.length - 1] !== '') {
    throw new NoteFormatError('a checkpoint has an origin, a tree size and a root, one per line');
  }
  const [origin, sizeText, rootText] = lines as [string, string, string];
  if (origin === '') throw new NoteFormatError('the checkpoint origin is empty');
  if (lines.slice(3, -1).some((line) => line === '')) {
    throw new NoteFormatError('checkpoint extension lines are not empty');
  }
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    throw new NoteFormatError('the checkpoint tree size is a decimal number without leading zeros');
  }
  const root = decodeBase64Strict(rootText);
  if (!root || root.length !== 32) {
    throw new NoteFormatError('the checkpoint root is the base64 of a 32-byte hash');
  }
  return { origin, treeSize: Number(sizeText), root: root.toString('hex') };
}
