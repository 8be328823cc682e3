import { fromHex } from './bytes.js';
import {
  ChainVerifier,
  checkpointMessage,
  eventHashes,
  type ChainReport,
  type PendingSignature,
} from './ledger-verifier.js';
import type { CheckpointJson, Fault, InclusionProofJson, LedgerEventJson } from './ledger-types.js';
import { getJson, prefetchedPages, type FetchLike } from './ledger-http.js';
import { leafHash, verifyInclusion } from './merkle.js';
import { bestEd25519Verify, verifyLedgerSignature, type Ed25519Verify } from './signatures.js';

/**
 * Pages whose signatures may still be with the browser's crypto threads while the next pages are
 * read and hashed: enough to keep those threads busy, few enough to bound memory (about 2,400
 * pending checks of a few hundred bytes each).
 */
const SIGNATURE_PAGES_IN_FLIGHT = 4;

export type VerifyPhase = 'checkpoints' | 'events' | 'proofs';

export interface VerifyProgress {
  phase: VerifyPhase;
  /** Events checked so far, signatures included (in the proofs phase: proofs checked). */
  done: number;
  /** The ledger size the node reported when verification started (in the proofs phase: proofs to check). */
  total: number;
}

export interface VerifyOverHttpOptions {
  fetch: FetchLike;
  /** Where the API lives; `/api` on the Deck's own origin. */
  baseUrl?: string;
  /** Events per page; the API gives at most 500, the default. */
  pageSize?: number;
  /** The node key the member expects; by default the one the genesis names. */
  nodeKey?: string;
  /** How many events, besides the first and the last, get an inclusion proof checked. */
  proofSamples?: number;
  /** Where the sample is drawn from; injected so tests pick the same events every time. */
  random?: () => number;
  onProgress?: (progress: VerifyProgress) => void;
  /** Stops between pages; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Ed25519 to use; by default native WebCrypto where the browser has it, else @noble/ed25519. */
  ed25519?: Ed25519Verify;
}

export interface BrowserVerifyReport extends ChainReport {
  proofsChecked: number;
}

/** The first, the last and `count` more distinct seqs of a ledger of `size` events, ascending. */
export function sampleSeqs(size: number, count: number, random: () => number): number[] {
  if (size < 1) return [];
  const picked = new Set<number>([1, size]);
  const want = Math.min(size, count + 2);
  while (picked.size < want) picked.add(1 + Math.floor(random() * size));
  return [...picked].sort((a, b) => a - b);
}

/**
 * Verifies the node's ledger in the browser, trusting nothing the node says about itself: reads
 * every checkpoint and every event over HTTP, recomputes hashes, links, the Merkle root at each
 * checkpoint and every signature, then asks the node for inclusion proofs of a sample of events
 * and checks them against the roots computed here. Returns the first fault, if any.
 *
 * @example const report = await verifyLedgerOverHttp({ fetch: (u) => fetch(u), onProgress: setProgress });
 */
export async function verifyLedgerOverHttp(
  options: VerifyOverHttpOptions,
): Promise<BrowserVerifyReport> {
  const base = options.baseUrl ?? '/api';
  const pageSize = options.pageSize ?? 500;
  const ed25519 = options.ed25519 ?? (await bestEd25519Verify());
  const verifier = new ChainVerifier(options.nodeKey);
  const progress = (phase: VerifyPhase, done: number, total: number) =>
    options.onProgress?.({ phase, done, total });

  const health = await getJson<{ ledger: { size: number } }>(options.fetch, `${base}/health`);
  const expected = health.ledger.size;
  const sample = new Set(
    sampleSeqs(expected, options.proofSamples ?? 8, options.random ?? Math.random),
  );
  const sampledHashes = new Map<number, string>();

  progress('checkpoints', 0, expected);
  const checkpoints: CheckpointJson[] = [];
  for await (const items of prefetchedPages<CheckpointJson>(
    options.fetch,
    `${base}/ledger/checkpoints`,
    pageSize,
    options.signal,
  ))
    checkpoints.push(...items);
  for (const cp of checkpoints.sort((a, b) => a.treeSize - b.treeSize)) verifier.pushCheckpoint(cp);

  // Hashes, links and the tree are checked here page by page; each page's signatures go to the
  // crypto threads and are awaited only once SIGNATURE_PAGES_IN_FLIGHT pages are waiting. A fault
  // found meanwhile further on is replaced by any earlier one that turns up (ChainVerifier keeps
  // the lowest), so the verdict is the one a strictly sequential check gives.
  progress('events', 0, expected);
  const inFlight: Array<Promise<number>> = [];
  const settleOldest = async () =>
    progress('events', await inFlight.shift()!, Math.max(expected, verifier.size));
  for await (const items of prefetchedPages<LedgerEventJson>(
    options.fetch,
    `${base}/ledger/events`,
    pageSize,
    options.signal,
  )) {
    let going = true;
    const hashes = await eventHashes(items);
    for (const [i, event] of items.entries()) {
      going = verifier.pushEvent(event, hashes[i]!);
      if (!going) break;
      if (sample.has(event.seq)) sampledHashes.set(event.seq, event.hash);
    }
    const reached = verifier.size;
    inFlight.push(
      checkSignatures(verifier, ed25519, verifier.takeSignatures()).then(() => reached),
    );
    if (inFlight.length >= SIGNATURE_PAGES_IN_FLIGHT) await settleOldest();
    if (!going || verifier.firstFault) break;
  }
  while (inFlight.length > 0) await settleOldest();

  let proofsChecked = 0;
  // Events the node said it holds but did not list are named by finish(), before any proof.
  if (!verifier.firstFault && verifier.size >= expected) {
    const size = verifier.size;
    const seqs = [...sampledHashes.keys()];
    progress('proofs', 0, seqs.length);
    for (const seq of seqs) {
      options.signal?.throwIfAborted();
      const fault = await checkInclusion(
        options.fetch,
        base,
        verifier,
        ed25519,
        seq,
        sampledHashes.get(seq)!,
        size,
      );
      if (fault) {
        verifier.reportFault(fault);
        break;
      }
      proofsChecked += 1;
      progress('proofs', proofsChecked, seqs.length);
    }
  }
  return { ...verifier.finish(expected), proofsChecked };
}

async function checkSignatures(
  verifier: ChainVerifier,
  ed25519: Ed25519Verify,
  checks: PendingSignature[],
): Promise<void> {
  const results = await Promise.all(
    checks.map((c) => verifyLedgerSignature(ed25519, c.publicKey, c.message, c.signature)),
  );
  results.forEach((good, i) => {
    if (!good) verifier.signatureFailed(checks[i]!);
  });
}

/**
 * Asks for the proof of `seq` in the tree this browser verified, and, when a checkpoint covers
 * the event, for the proof against that checkpoint too; each must lead to the root computed here.
 */
async function checkInclusion(
  fetchFn: FetchLike,
  base: string,
  verifier: ChainVerifier,
  ed25519: Ed25519Verify,
  seq: number,
  hash: string,
  size: number,
): Promise<Fault | null> {
  const bad = (message: string): Fault => ({ seq, kind: 'bad-inclusion-proof', message });
  const answers = [
    await getJson<{ event: LedgerEventJson; proof: InclusionProofJson }>(
      fetchFn,
      `${base}/ledger/events/${seq}?treeSize=${size}`,
    ),
  ];
  const byCheckpoint = await getJson<{ event: LedgerEventJson; proof: InclusionProofJson }>(
    fetchFn,
    `${base}/ledger/events/${seq}`,
  );
  // A checkpoint signed after this browser read the list cannot be judged here; it is left out.
  if (byCheckpoint.proof.checkpoint && verifier.rootAt(byCheckpoint.proof.treeSize) !== undefined)
    answers.push(byCheckpoint);
  for (const { event, proof } of answers) {
    if (event.hash !== hash)
      return bad(`the node serves event ${seq} with hash ${event.hash}, but it listed ${hash}`);
    const expectedRoot = verifier.rootAt(proof.treeSize);
    if (expectedRoot === undefined)
      return bad(
        `the proof is against a tree of ${proof.treeSize} events this browser did not verify`,
      );
    if (proof.root !== expectedRoot)
      return bad(`the proof's root ${proof.root} is not the root ${expectedRoot} computed here`);
    const path = proof.path.map(fromHex);
    const root = fromHex(proof.root);
    if (
      proof.leafIndex !== seq - 1 ||
      root === null ||
      path.some((p) => p === null || p.length !== 32)
    )
      return bad('the proof is malformed');
    if (
      !verifyInclusion(
        proof.leafIndex,
        proof.treeSize,
        leafHash(fromHex(hash)!),
        path as Uint8Array[],
        root,
      )
    ) {
      return bad(
        `the audit path does not lead from event ${seq} to the root of ${proof.treeSize} events`,
      );
    }
    const cp = proof.checkpoint;
    if (cp) {
      if (cp.treeSize !== proof.treeSize || cp.root !== proof.root)
        return bad('the proof names a checkpoint for another tree');
      if (
        !(await verifyLedgerSignature(ed25519, cp.nodeKey, checkpointMessage(cp), cp.sig)) ||
        cp.nodeKey !== verifier.trustedNodeKey
      ) {
        return bad('the checkpoint given with the proof is not signed by the node key');
      }
    }
  }
  return null;
}
