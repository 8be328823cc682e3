import { canonicalBytes } from './canonical.js';
import { verifySignature, type Signer } from './keys.js';

export const CHECKPOINT_FORMAT = 'disco-cat/checkpoint@1';

/** A signed tree head: the node vouches that the ledger `ledgerId` had `treeSize` events with this root. */
export interface CheckpointBody {
  format: typeof CHECKPOINT_FORMAT;
  /** The hash of the ledger's first event: names the ledger, whatever its node or DisCO is called. */
  ledgerId: string;
  treeSize: number;
  /** RFC 9162 Merkle tree hash over the first treeSize events, hex. */
  root: string;
  time: string;
  nodeKey: string;
}

export interface Checkpoint extends CheckpointBody {
  sig: string;
}

export function checkpointBodyOf(checkpoint: Checkpoint): CheckpointBody {
  const { sig: _sig, ...body } = checkpoint;
  return body;
}

/** The signed message is the canonical JSON of the body; its `format` field keeps it apart from event signatures. */
export function checkpointMessage(body: CheckpointBody): Buffer {
  return canonicalBytes(body);
}

export function signCheckpoint(
  body: Omit<CheckpointBody, 'format' | 'nodeKey'>,
  node: Signer,
): Checkpoint {
  const full: CheckpointBody = { format: CHECKPOINT_FORMAT, ...body, nodeKey: node.publicKey };
  return { ...full, sig: node.sign(checkpointMessage(full)) };
}

export function verifyCheckpointSignature(checkpoint: Checkpoint): boolean {
  return verifySignature(
    checkpoint.nodeKey,
    checkpointMessage(checkpointBodyOf(checkpoint)),
    checkpoint.sig,
  );
}
