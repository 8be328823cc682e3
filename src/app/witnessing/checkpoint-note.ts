import type { Checkpoint } from '../../core/ledger/checkpoint.js';
import { checkpointNoteText } from '../../core/ledger/checkpoint-note.js';
import { formatSignatureLine, signNoteText } from '../../core/ledger/signed-note.js';
import type { AppContext } from '../context.js';
import { AppError, notFound, refusal } from '../errors.js';
import { formatVerifierKey } from '../../core/ledger/signed-note.js';
import { ledgerVerifierKey, readLedgerOrigin } from './ledger-origin.js';

export interface CheckpointNoteView {
  checkpoint: Checkpoint;
  origin: string;
  /** The note text (origin, size, base64 root). */
  text: string;
  /** The whole signed note: the node's signature, then every witness cosignature it holds. */
  note: string;
  /** The note with the node's signature alone, as it is sent to witnesses. */
  signedByNode: string;
  /** The vkey under which the node's note signature verifies. */
  logKey: string;
}

/**
 * A checkpoint as a C2SP tlog-checkpoint signed note. Ed25519 is deterministic, so the node's
 * note signature is made again on each request rather than stored; the cosignatures are stored.
 */
export async function showCheckpointNote(
  ctx: AppContext,
  treeSize?: number,
): Promise<CheckpointNoteView> {
  const checkpoint =
    treeSize === undefined
      ? await ctx.store.latestCheckpoint()
      : await ctx.store.checkpointAt(treeSize);
  if (!checkpoint) {
    throw notFound(
      treeSize === undefined
        ? refusal('refusal.no-checkpoint-yet')
        : refusal('refusal.no-checkpoint-at', { treeSize }),
      refusal('hint.checkpoints-are-signed-within-seconds-write'),
    );
  }
  if (!ctx.node || ctx.node.publicKey !== checkpoint.nodeKey) {
    throw new AppError(
      409,
      'foreign-ledger',
      refusal('refusal.only-ledger-node-signs-notes'),
      refusal('hint.ask-node-writes-ledger-get-api'),
    );
  }
  const origin = await readLedgerOrigin(ctx);
  const text = checkpointNoteText({ origin, treeSize: checkpoint.treeSize, root: checkpoint.root });
  const own = formatSignatureLine(signNoteText(text, origin, ctx.node));
  const cosignatures = await ctx.store.db
    .selectFrom('checkpoint_cosignatures')
    .select('line')
    .where('tree_size', '=', checkpoint.treeSize)
    .orderBy('witness_key')
    .execute();
  return {
    checkpoint,
    origin,
    text,
    note: `${text}\n${own}${cosignatures.map((c) => c.line).join('')}`,
    signedByNode: `${text}\n${own}`,
    logKey: formatVerifierKey(ledgerVerifierKey(origin, checkpoint.nodeKey)),
  };
}
