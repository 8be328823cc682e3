import { verifyCheckpointSignature, type Checkpoint } from '../../core/ledger/checkpoint.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import {
  buildProof,
  consistencyPlan,
  inclusionPlan,
  leafHash,
  nodeKey,
  planRefs,
  rangeRefs,
  rootFromNodes,
  verifyConsistency,
  verifyInclusion,
  type NodeLookup,
  type NodeRef,
} from '../../core/ledger/merkle.js';
import type { Store } from '../../store/store.js';
import { AppError, invalid, notFound, refusal } from '../errors.js';

/**
 * A proof built from stored nodes is checked before it is served: it must verify by RFC 9162
 * and end at the signed checkpoint's root when one is given. O(log n) hashes; a stored node that
 * disagrees with the events elsewhere is `disco ledger verify`'s to find.
 */
function damagedTree(what: string): AppError {
  return new AppError(
    409,
    'ledger-damaged',
    refusal('refusal.stored-proof-not-valid', { what }),
    refusal('hint.run-disco-ledger-verify-node-names'),
  );
}

/**
 * A validly signed checkpoint outranks stored nodes that disagree with it. One whose signature
 * fails is served as it is, for the client to find wanting.
 */
function agreesWithSignedRoot(checkpoint: Checkpoint | null | undefined, root: Buffer): boolean {
  if (!checkpoint || checkpoint.root === root.toString('hex')) return true;
  return !verifyCheckpointSignature(checkpoint);
}

async function lookupFor(store: Store, refs: NodeRef[]): Promise<NodeLookup> {
  const nodes = await store.nodes(refs);
  return (ref) => {
    const hash = nodes.get(nodeKey(ref));
    if (!hash) throw new Error(`the store lacks Merkle node ${nodeKey(ref)}`);
    return hash;
  };
}

/** The Merkle root of the first `size` events, from stored perfect nodes. */
export async function rootAt(store: Store, size: number): Promise<string> {
  const refs = size === 0 ? [] : rangeRefs(0, size);
  return rootFromNodes(size, await lookupFor(store, refs)).toString('hex');
}

export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  /** SHA-256(0x00 || event hash bytes), hex. */
  leafHash: string;
  path: string[];
  root: string;
  /** The signed checkpoint for `treeSize`, when there is one: it makes the root trustworthy. */
  checkpoint: Checkpoint | null;
}

/**
 * An event with the proof that it is in the tree. Without `treeSize` the proof is against the
 * latest signed checkpoint that covers the event, else against the whole current ledger.
 */
export async function getEventWithProof(
  store: Store,
  seq: number,
  treeSize?: number,
): Promise<{ event: LedgerEvent; proof: InclusionProof }> {
  const head = await store.head();
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > head.size) {
    throw notFound(
      refusal('refusal.no-such-event-in-ledger', { seq, size: head.size }),
      refusal('hint.sequence-numbers-start-1'),
    );
  }
  let size = treeSize;
  let checkpoint: Checkpoint | null = null;
  if (size === undefined) {
    const latest = await store.latestCheckpoint();
    size = latest && latest.treeSize >= seq ? latest.treeSize : head.size;
    checkpoint = latest && latest.treeSize === size ? latest : null;
  } else {
    if (!Number.isSafeInteger(size) || size < seq || size > head.size) {
      throw invalid(refusal('refusal.no-inclusion-proof', { seq, size }), [
        { field: 'treeSize', message: `must be between ${seq} and ${head.size}` },
      ]);
    }
    checkpoint = (await store.checkpointAt(size)) ?? null;
  }
  const event = await store.event(seq);
  if (!event) throw notFound(refusal('refusal.no-such-event', { seq }));
  const plan = inclusionPlan(seq - 1, size);
  const lookup = await lookupFor(store, [...planRefs(plan), ...rangeRefs(0, size)]);
  const leaf = leafHash(Buffer.from(event.hash, 'hex'));
  const path = buildProof(plan, lookup);
  const root = rootFromNodes(size, lookup);
  if (!verifyInclusion(seq - 1, size, leaf, path, root) || !agreesWithSignedRoot(checkpoint, root))
    throw damagedTree(`event ${seq} in the tree of ${size} events`);
  return {
    event,
    proof: {
      leafIndex: seq - 1,
      treeSize: size,
      leafHash: leaf.toString('hex'),
      path: path.map((h) => h.toString('hex')),
      root: root.toString('hex'),
      checkpoint,
    },
  };
}

export interface ConsistencyProof {
  from: number;
  to: number;
  fromRoot: string;
  toRoot: string;
  path: string[];
}

/** Proof that the ledger at size `from` is a prefix of the ledger at size `to`: nothing was rewritten. */
export async function getConsistencyProof(
  store: Store,
  from: number,
  to: number,
): Promise<ConsistencyProof> {
  const head = await store.head();
  const problems = [];
  if (!Number.isSafeInteger(from) || from < 1)
    problems.push({ field: 'from', message: 'must be a size of at least 1' });
  if (!Number.isSafeInteger(to) || to > head.size)
    problems.push({ field: 'to', message: `must be at most the ledger size ${head.size}` });
  if (problems.length === 0 && from > to)
    problems.push({ field: 'from', message: 'must not be larger than to' });
  if (problems.length > 0) throw invalid(refusal('refusal.no-consistency-proof'), problems);
  const plan = consistencyPlan(from, to);
  const lookup = await lookupFor(store, [
    ...planRefs(plan),
    ...rangeRefs(0, from),
    ...rangeRefs(0, to),
  ]);
  const fromRoot = rootFromNodes(from, lookup);
  const toRoot = rootFromNodes(to, lookup);
  const path = buildProof(plan, lookup);
  const signed = await Promise.all([store.checkpointAt(from), store.checkpointAt(to)]);
  if (
    !verifyConsistency(from, to, fromRoot, toRoot, path) ||
    !agreesWithSignedRoot(signed[0], fromRoot) ||
    !agreesWithSignedRoot(signed[1], toRoot)
  )
    throw damagedTree(`consistency from ${from} to ${to} events`);
  return {
    from,
    to,
    fromRoot: fromRoot.toString('hex'),
    toRoot: toRoot.toString('hex'),
    path: path.map((h) => h.toString('hex')),
  };
}
