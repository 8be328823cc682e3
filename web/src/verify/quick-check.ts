import { fromHex, isHexHash } from './bytes.js';
import { getJson, LedgerFetchError, type FetchLike } from './ledger-http.js';
import {
  checkpointMessage,
  eventHashes,
  intentBytes,
  nodeSignatureMessage,
} from './ledger-verifier.js';
import {
  CHECKPOINT_FORMAT,
  EVENT_FORMAT,
  GENESIS_TYPE,
  isEarlierFault,
  ZERO_HASH,
  type CheckpointJson,
  type Fault,
  type InclusionProofJson,
  type LedgerEventJson,
} from './ledger-types.js';
import { leafHash, verifyInclusion } from './merkle.js';
import { bestEd25519Verify, verifyLedgerSignature, type Ed25519Verify } from './signatures.js';
import { sampleSeqs } from './verify-over-http.js';

/** Proofs asked for at once: a browser keeps about six connections to one origin. */
const REQUESTS_IN_FLIGHT = 6;

export interface QuickCheckOptions {
  fetch: FetchLike;
  /** Where the API lives; `/api` on the Deck's own origin. */
  baseUrl?: string;
  /** The node key the member expects; by default the one the genesis names. */
  nodeKey?: string;
  /** How many random events, besides the first and the last of the checkpoint, are checked. */
  samples?: number;
  /** Events the member wants checked too (e.g. the `recorded` seqs of their own writes). */
  seqs?: readonly number[];
  /** Where the sample is drawn from; injected so tests pick the same events every time. */
  random?: () => number;
  onProgress?: (progress: { done: number; total: number }) => void;
  signal?: AbortSignal;
  ed25519?: Ed25519Verify;
}

export interface QuickCheckReport {
  ok: boolean;
  /** The checkpoint checked: its size, root and time. */
  treeSize: number;
  root: string;
  checkpointTime: string;
  /** The ledger's size when the check began; events after `treeSize` are not covered. */
  ledgerSize: number;
  ledgerId: string | null;
  nodeKey: string | null;
  /** Events read, hashed, signature-checked and proven: the samples and the event before each. */
  eventsChecked: number;
  /** The sampled events (the member's own included) whose link to the event before was checked. */
  sampled: number[];
  /** Seqs the member asked for that the checkpoint does not cover yet. */
  notCovered: number[];
  /** The node signatures of those events and the checkpoint's. */
  signaturesChecked: number;
  memberSignaturesChecked: number;
  fault: Fault | null;
}

/** The node has signed no checkpoint, so there is nothing to check events against. */
export class NoCheckpointError extends Error {
  constructor() {
    super('the node has not signed a checkpoint yet');
    this.name = 'NoCheckpointError';
  }
}

interface Proven {
  event: LedgerEventJson;
  proof: InclusionProofJson;
}

/**
 * A quick check that does not read the whole ledger: the latest signed checkpoint, then, by
 * inclusion proofs against its root, the genesis (which names the node key and whose hash is the
 * ledger id) and `samples` random events, each with the event before it to check the link. Every
 * event read is hashed and its signatures checked here.
 *
 * It proves that the node signed this tree head with its key, and that the events checked are in
 * that tree, intact, signed and linked; it says nothing of the events not sampled, of events after
 * the checkpoint, or of whether older checkpoints agree with this one (a node that rewrote its
 * history and signed again would pass). `verifyLedgerOverHttp` checks all of that.
 *
 * @example const report = await quickCheckOverHttp({ fetch: (u) => fetch(u), samples: 32 });
 */
export async function quickCheckOverHttp(options: QuickCheckOptions): Promise<QuickCheckReport> {
  const base = options.baseUrl ?? '/api';
  const ed25519 = options.ed25519 ?? (await bestEd25519Verify());
  const health = await getJson<{ ledger: { size: number } }>(options.fetch, `${base}/health`);
  let cp: CheckpointJson;
  try {
    cp = await getJson<CheckpointJson>(options.fetch, `${base}/ledger/checkpoints/latest`);
  } catch (error) {
    throw error instanceof LedgerFetchError && error.status === 404
      ? new NoCheckpointError()
      : error;
  }
  const size = cp.treeSize;
  if (
    cp.format !== CHECKPOINT_FORMAT ||
    !Number.isSafeInteger(size) ||
    size < 1 ||
    !isHexHash(cp.root)
  ) {
    return failed(cp, health.ledger.size, {
      seq: Number(size) || 0,
      kind: 'checkpoint-mismatch',
      message: `not a ${CHECKPOINT_FORMAT} checkpoint`,
    });
  }

  const asked = [...new Set(options.seqs ?? [])].filter((s) => Number.isSafeInteger(s) && s >= 1);
  const sampled = [
    ...new Set([
      ...sampleSeqs(size, options.samples ?? 32, options.random ?? Math.random),
      ...asked.filter((s) => s <= size),
    ]),
  ].sort((a, b) => a - b);
  const toRead = [...new Set(sampled.flatMap((s) => (s > 1 ? [s - 1, s] : [s])))].sort(
    (a, b) => a - b,
  );
  const proven = new Map<number, Proven>();
  const missing: Fault[] = [];
  let done = 0;
  options.onProgress?.({ done, total: toRead.length });
  await inParallel(toRead, REQUESTS_IN_FLIGHT, async (seq) => {
    options.signal?.throwIfAborted();
    try {
      proven.set(
        seq,
        await getJson<Proven>(options.fetch, `${base}/ledger/events/${seq}?treeSize=${size}`),
      );
    } catch (error) {
      if (error instanceof LedgerFetchError && error.status === 409) {
        missing.push({
          seq,
          kind: 'bad-inclusion-proof',
          message: `the node refuses to prove event ${seq}: its stored tree does not give a valid proof`,
        });
        options.onProgress?.({ done: ++done, total: toRead.length });
        return;
      }
      if (!(error instanceof LedgerFetchError && error.status === 404)) throw error;
      missing.push({
        seq,
        kind: 'gap',
        message: `the node cannot serve event ${seq}, though its checkpoint covers it`,
      });
    }
    options.onProgress?.({ done: ++done, total: toRead.length });
  });

  let fault: Fault | null = null;
  const found = (f: Fault | null) => {
    if (f && isEarlierFault(f, fault)) fault = f;
  };
  missing.forEach(found);
  const genesis = proven.get(1)?.event;
  const genesisKey =
    genesis?.type === GENESIS_TYPE && typeof genesis.payload?.['nodeKey'] === 'string'
      ? (genesis.payload['nodeKey'] as string)
      : null;
  const nodeKey = options.nodeKey ?? genesisKey;
  if (genesis && (genesisKey === null || genesisKey !== nodeKey)) {
    found({
      seq: 1,
      kind: 'bad-genesis',
      message:
        genesisKey === null
          ? `the first event must be ${GENESIS_TYPE} naming the node key`
          : `the genesis names node key ${genesisKey}, expected ${nodeKey}`,
    });
  }
  // Events are judged against the checkpoint's root: when the checkpoint itself is not the node's,
  // that is the finding, not the proofs that fail against it.
  if (!fault) found(await checkCheckpoint(cp, genesis?.hash ?? null, nodeKey, ed25519));
  let memberSignaturesChecked = 0;
  const eventsChecked = fault ? 0 : proven.size;
  if (!fault) {
    const read = [...proven];
    const hashes = await eventHashes(read.map(([, { event }]) => event));
    await Promise.all(
      read.map(async ([seq, { event, proof }], i) => {
        found(checkLink(seq, event, proven.get(seq - 1)?.event));
        found(await checkLoneEvent(seq, event, hashes[i]!, nodeKey ?? '', ed25519));
        found(checkProof(seq, event, proof, cp));
        if (event.memberSig) memberSignaturesChecked += 1;
      }),
    );
  }
  return {
    ok: fault === null,
    treeSize: size,
    root: cp.root,
    checkpointTime: cp.time,
    ledgerSize: health.ledger.size,
    ledgerId: genesis?.hash ?? null,
    nodeKey,
    eventsChecked,
    sampled,
    notCovered: asked.filter((s) => s > size).sort((a, b) => a - b),
    signaturesChecked: fault && eventsChecked === 0 ? 0 : eventsChecked + 1,
    memberSignaturesChecked,
    fault,
  };
}

function failed(cp: CheckpointJson, ledgerSize: number, fault: Fault): QuickCheckReport {
  const none = {
    eventsChecked: 0,
    sampled: [],
    notCovered: [],
    signaturesChecked: 0,
    memberSignaturesChecked: 0,
  };
  return {
    ok: false,
    treeSize: cp.treeSize,
    root: String(cp.root),
    checkpointTime: String(cp.time),
    ledgerSize,
    ledgerId: null,
    nodeKey: null,
    ...none,
    fault,
  };
}

async function inParallel<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

async function checkCheckpoint(
  cp: CheckpointJson,
  ledgerId: string | null,
  nodeKey: string | null,
  ed25519: Ed25519Verify,
): Promise<Fault | null> {
  const at = (kind: Fault['kind'], message: string): Fault => ({ seq: cp.treeSize, kind, message });
  if (cp.ledgerId !== ledgerId)
    return at('checkpoint-mismatch', `checkpoint is for ledger ${cp.ledgerId}, not ${ledgerId}`);
  if (cp.nodeKey !== nodeKey)
    return at(
      'bad-checkpoint-signature',
      `checkpoint signed by ${cp.nodeKey}, not the node key ${String(nodeKey)}`,
    );
  if (!(await verifyLedgerSignature(ed25519, cp.nodeKey, checkpointMessage(cp), cp.sig)))
    return at('bad-checkpoint-signature', 'the checkpoint signature does not verify');
  return null;
}

function checkLink(
  seq: number,
  event: LedgerEventJson,
  before: LedgerEventJson | undefined,
): Fault | null {
  if (event.seq !== seq)
    return {
      seq,
      kind: 'gap',
      message: `asked for event ${seq}, the node gave ${String(event.seq)}`,
    };
  const expected = seq === 1 ? ZERO_HASH : before?.hash;
  if (expected !== undefined && event.prev !== expected)
    return {
      seq,
      kind: 'broken-link',
      message: `prev is ${event.prev} but the event before has hash ${expected}`,
    };
  return null;
}

/** What the full verifier checks of one event that needs no other event: format, hash, signatures. */
async function checkLoneEvent(
  seq: number,
  event: LedgerEventJson,
  hash: string | null,
  nodeKey: string,
  ed25519: Ed25519Verify,
): Promise<Fault | null> {
  if (event.format !== EVENT_FORMAT || !isHexHash(event.hash) || !isHexHash(event.prev))
    return { seq, kind: 'bad-format', message: `not a ${EVENT_FORMAT} event` };
  if (hash === null)
    return { seq, kind: 'bad-format', message: 'the event has no canonical JSON form' };
  if (hash !== event.hash)
    return {
      seq,
      kind: 'hash-mismatch',
      message: `content hashes to ${hash}, event says ${event.hash}`,
    };
  const [node, member] = await Promise.all([
    verifyLedgerSignature(
      ed25519,
      nodeKey,
      nodeSignatureMessage(event.hash),
      String(event.nodeSig),
    ),
    event.memberSig
      ? verifyLedgerSignature(
          ed25519,
          String(event.memberSig.publicKey),
          intentBytes(event),
          String(event.memberSig.sig),
        )
      : true,
  ]);
  if (!node) return { seq, kind: 'bad-signature', message: 'the node signature does not verify' };
  if (!member)
    return { seq, kind: 'bad-member-signature', message: "the member's signature does not verify" };
  return null;
}

function checkProof(
  seq: number,
  event: LedgerEventJson,
  proof: InclusionProofJson,
  cp: CheckpointJson,
): Fault | null {
  const bad = (message: string): Fault => ({ seq, kind: 'bad-inclusion-proof', message });
  if (proof.treeSize !== cp.treeSize || proof.root !== cp.root)
    return bad(
      `the proof is against a tree of ${proof.treeSize} events with root ${proof.root}, not the checkpoint's`,
    );
  const path = proof.path.map(fromHex);
  const hash = fromHex(event.hash);
  if (
    proof.leafIndex !== seq - 1 ||
    hash === null ||
    path.some((p) => p === null || p.length !== 32)
  )
    return bad('the proof is malformed');
  if (
    !verifyInclusion(
      proof.leafIndex,
      proof.treeSize,
      leafHash(hash),
      path as Uint8Array[],
      fromHex(cp.root)!,
    )
  ) {
    return bad(`the audit path does not lead from event ${seq} to the checkpoint's root`);
  }
  return null;
}
