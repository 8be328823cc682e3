import { CHECKPOINT_FORMAT, type CheckpointJson } from '../verify/ledger-types';
import { checkpointMessage } from '../verify/ledger-verifier';
import { verifyLedgerSignature, type Ed25519Verify } from '../verify/signatures';
import { consistencyRoots } from './consistency';

/*
 * The Deck as a monitor (docs/ledger.md "Monitoring"): it keeps the last checkpoint it verified
 * and checks each newer one against it, so a node cannot show this member one history and later
 * another without the member holding two signatures that contradict each other.
 */

export const EVIDENCE_FORMAT = 'disco-cat/evidence@1';

export type AlarmKind =
  'fork' | 'inconsistent' | 'tree-shrank' | 'bad-signature' | 'other-ledger' | 'node-key-changed';

export interface ConsistencyProofJson {
  from: number;
  to: number;
  fromRoot: string;
  toRoot: string;
  path: string[];
}

/** The same file the CLI writes; `disco ledger evidence FILE` checks it offline. */
export interface Evidence {
  format: typeof EVIDENCE_FORMAT;
  kind: AlarmKind;
  conclusion: string;
  source: string;
  detectedAt: string;
  earlier: CheckpointJson | null;
  later: CheckpointJson;
  proof: ConsistencyProofJson | null;
}

export type MonitorOutcome =
  | { status: 'pin'; checkpoint: CheckpointJson; reason: 'first-sighting' | 'consistent' }
  | { status: 'unchanged' }
  | { status: 'needs-proof'; from: number; to: number }
  | { status: 'alarm'; evidence: Evidence };

export interface MonitorInput {
  pinned: CheckpointJson | null;
  latest: CheckpointJson;
  /** Undefined: not asked yet; null: asked, and the node gave none. */
  proof?: ConsistencyProofJson | null;
  source: string;
  now: string;
}

function short(hash: string): string {
  return hash.slice(0, 16);
}

/**
 * Decides between the pinned checkpoint, the node's latest and (when the tree grew) the proof
 * between them. The conclusion is written in English for the file; the banner says it in the
 * member's language from the checkpoints themselves.
 */
export async function monitorCheckpoint(
  input: MonitorInput,
  verify: Ed25519Verify,
): Promise<MonitorOutcome> {
  const { pinned, latest } = input;
  const alarm = (kind: AlarmKind, conclusion: string): MonitorOutcome => ({
    status: 'alarm',
    evidence: {
      format: EVIDENCE_FORMAT,
      kind,
      conclusion,
      source: input.source,
      detectedAt: input.now,
      earlier: pinned,
      later: latest,
      proof: input.proof ?? null,
    },
  });
  const signed =
    latest.format === CHECKPOINT_FORMAT &&
    (await verifyLedgerSignature(verify, latest.nodeKey, checkpointMessage(latest), latest.sig));
  if (!signed)
    return alarm(
      'bad-signature',
      `The node's latest checkpoint (size ${latest.treeSize}) does not carry a valid signature by node key ${latest.nodeKey}.`,
    );
  if (!pinned) return { status: 'pin', checkpoint: latest, reason: 'first-sighting' };
  if (latest.ledgerId !== pinned.ledgerId)
    return alarm(
      'other-ledger',
      `The node now serves ledger ${short(latest.ledgerId)}…, not ledger ${short(pinned.ledgerId)}…`,
    );
  if (latest.nodeKey !== pinned.nodeKey)
    return alarm(
      'node-key-changed',
      `The ledger is now signed by node key ${latest.nodeKey}, not ${pinned.nodeKey}.`,
    );
  if (latest.treeSize < pinned.treeSize)
    return alarm(
      'tree-shrank',
      `The ledger shrank from ${pinned.treeSize} events (root ${pinned.root}) to ${latest.treeSize} (root ${latest.root}).`,
    );
  if (latest.treeSize === pinned.treeSize) {
    if (latest.root === pinned.root) return { status: 'unchanged' };
    return alarm(
      'fork',
      `The node signed two different ledgers of ${latest.treeSize} events: roots ${pinned.root} and ${latest.root}.`,
    );
  }
  if (input.proof === undefined)
    return { status: 'needs-proof', from: pinned.treeSize, to: latest.treeSize };
  const proof = input.proof;
  const roots =
    proof && proof.from === pinned.treeSize && proof.to === latest.treeSize
      ? consistencyRoots(proof.from, proof.to, proof.fromRoot, proof.path)
      : null;
  if (roots && roots.toRoot === latest.root && roots.fromRoot === pinned.root)
    return { status: 'pin', checkpoint: latest, reason: 'consistent' };
  if (roots && roots.toRoot === latest.root)
    return alarm(
      'inconsistent',
      `The ledger's history was rewritten: the node signed ${pinned.treeSize} events with root ${pinned.root}, and its own proof shows the first ${pinned.treeSize} events of the ledger of ${latest.treeSize} it now signs hash to ${roots.fromRoot}.`,
    );
  return alarm(
    'inconsistent',
    `The node cannot prove its ledger of ${latest.treeSize} events extends the one of ${pinned.treeSize} events it signed before.`,
  );
}
