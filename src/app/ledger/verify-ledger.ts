import type { Checkpoint } from '../../core/ledger/checkpoint.js';
import type { EventCatalog } from '../../core/ledger/event-catalog.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import type { StoredNode } from '../../core/ledger/merkle.js';
import {
  LedgerVerifier,
  type CompletedNode,
  type Fault,
  type LedgerPromise,
  type SignatureCheck,
  type VerifyReport,
} from '../../core/ledger/verify.js';
import { SignatureBatch, SignaturePool } from './signature-pool.js';

export interface VerifySource {
  /** Events in order, one at a time. Give this or `pages`. */
  events?: AsyncIterable<LedgerEvent>;
  /** Events in order, a page at a time: one await per page rather than per event. */
  pages?: AsyncIterable<readonly LedgerEvent[]>;
  checkpoints: Checkpoint[];
  /** For progress only. */
  total?: number;
  /** The export header or chain head the events must agree with. */
  promised?: LedgerPromise;
  /**
   * A database's stored Merkle nodes of one level above the leaves, indexes from..to, ascending
   * (as `Store.nodesOnLevel`): each is held against the node the events give.
   */
  storedNodes?: (level: number, from: number, to: number) => Promise<StoredNode[]>;
}

export interface VerifyOptions {
  nodeKey?: string;
  catalog?: EventCatalog;
  onProgress?: (done: number, total: number) => void;
  /** Worker threads for signatures; 0 checks them on this thread. Defaults to one per core. */
  workers?: number;
  /** Signatures per trip to a worker (2,048 unless a test wants many trips from a short ledger). */
  batch?: number;
}

const BATCH = 2048;
const MAX_IN_FLIGHT = 4;
/** Events read one at a time are gathered into pages of this many. */
const PAGE = 2048;

/**
 * Recomputes every hash, link, signature, payload and checkpoint of a ledger, reading it as a
 * stream so a million events verify in little memory; signatures go to worker threads.
 */
export async function verifyLedger(
  source: VerifySource,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const pool = options.workers === 0 ? null : new SignaturePool(options.workers);
  const batchSize = options.batch ?? BATCH;
  let batch = new SignatureBatch();
  let checks: SignatureCheck[] = [];
  const inFlight = new Set<Promise<void>>();
  const verifier: LedgerVerifier = new LedgerVerifier({
    ...(options.nodeKey ? { nodeKey: options.nodeKey } : {}),
    ...(options.catalog ? { catalog: options.catalog } : {}),
    ...(pool
      ? {
          onSignature: (check: SignatureCheck) => {
            batch.add(check.publicKey, check.message, check.signature);
            checks.push(check);
          },
        }
      : {}),
    ...(source.promised ? { promised: source.promised } : {}),
    collectNodes: source.storedNodes !== undefined,
  });
  const checkStoredNodes = async (): Promise<void> => {
    const completed = verifier.takeCompletedNodes();
    if (!source.storedNodes || completed.length === 0) return;
    for (const fault of await storedNodeFaults(completed, source.storedNodes))
      verifier.reportFault(fault);
  };
  const flush = async (): Promise<void> => {
    if (!pool || checks.length === 0) return;
    const sent = checks;
    const job = pool.checkBatch(batch).then((failed) => {
      for (const i of failed) verifier.signatureFailed(sent[i]!);
    });
    batch = new SignatureBatch();
    checks = [];
    const tracked = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
  };
  try {
    for (const checkpoint of [...source.checkpoints].sort((a, b) => a.treeSize - b.treeSize))
      verifier.pushCheckpoint(checkpoint);
    const total = source.total ?? 0;
    const pages = source.pages ?? inPages(source.events!, PAGE);
    reading: for await (const page of pages) {
      for (const event of page) {
        if (!verifier.pushEvent(event)) break reading;
        if (checks.length >= batchSize) await flush();
      }
      await checkStoredNodes();
      options.onProgress?.(verifier.size, total);
    }
    await checkStoredNodes();
    await flush();
    await Promise.all(inFlight);
    return verifier.finish();
  } finally {
    await pool?.close();
  }
}

async function* inPages<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let page: T[] = [];
  for await (const item of items) {
    page.push(item);
    if (page.length === size) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

/**
 * The stored nodes against the ones the events completed, read as one range per level: the
 * nodes an event range completes are contiguous on every level. At most one fault per level,
 * its first; levels go up, so of two faults at one seq the lower level's is reported first.
 */
async function storedNodeFaults(
  completed: readonly CompletedNode[],
  read: NonNullable<VerifySource['storedNodes']>,
): Promise<Fault[]> {
  const byLevel = new Map<number, CompletedNode[]>();
  for (const node of completed) {
    const level = byLevel.get(node.level);
    if (level) level.push(node);
    else byLevel.set(node.level, [node]);
  }
  const faults: Fault[] = [];
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const nodes = byLevel.get(level)!;
    const stored = await read(level, nodes[0]!.index, nodes[nodes.length - 1]!.index);
    let s = 0;
    for (const node of nodes) {
      while (s < stored.length && stored[s]!.index < node.index) s++;
      const found = stored[s]?.index === node.index ? stored[s]!.hash : undefined;
      const fault = storedNodeFault(node, found);
      if (fault) {
        faults.push(fault);
        break;
      }
    }
  }
  return faults;
}

function storedNodeFault(node: CompletedNode, stored: Buffer | undefined): Fault | null {
  if (stored?.equals(node.hash)) return null;
  const what = `the stored Merkle node at level ${node.level}, index ${node.index}`;
  return {
    seq: node.seq,
    kind: 'merkle-node-mismatch' as const,
    message: stored
      ? `${what} is ${stored.toString('hex')}, the events give ${node.hash.toString('hex')}`
      : `${what} is missing`,
  };
}
