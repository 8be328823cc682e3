import type { Checkpoint } from '../../core/ledger/checkpoint.js';
import type { EventCatalog } from '../../core/ledger/event-catalog.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { nodeKey, type NodeRef } from '../../core/ledger/merkle.js';
import {
  LedgerVerifier,
  type CompletedNode,
  type LedgerPromise,
  type SignatureCheck,
  type VerifyReport,
} from '../../core/ledger/verify.js';
import { SignaturePool } from './signature-pool.js';

export interface VerifySource {
  /** Events in order. */
  events: AsyncIterable<LedgerEvent>;
  checkpoints: Checkpoint[];
  /** For progress only. */
  total?: number;
  /** The export header or chain head the events must agree with. */
  promised?: LedgerPromise;
  /** A database's stored Merkle nodes, each held against the node the events give. */
  storedNodes?: (refs: NodeRef[]) => Promise<Map<string, Buffer>>;
}

export interface VerifyOptions {
  nodeKey?: string;
  catalog?: EventCatalog;
  onProgress?: (done: number, total: number) => void;
  /** Worker threads for signatures; 0 checks them on this thread. Defaults to one per core. */
  workers?: number;
}

const BATCH = 2048;
const MAX_IN_FLIGHT = 4;

/**
 * Recomputes every hash, link, signature, payload and checkpoint of a ledger, reading it as a
 * stream so a million events verify in little memory; signatures go to worker threads.
 */
export async function verifyLedger(
  source: VerifySource,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const pool = options.workers === 0 ? null : new SignaturePool(options.workers);
  let batch: SignatureCheck[] = [];
  const inFlight = new Set<Promise<void>>();
  const verifier: LedgerVerifier = new LedgerVerifier({
    ...(options.nodeKey ? { nodeKey: options.nodeKey } : {}),
    ...(options.catalog ? { catalog: options.catalog } : {}),
    ...(pool ? { onSignature: (check: SignatureCheck) => batch.push(check) } : {}),
    ...(source.promised ? { promised: source.promised } : {}),
    collectNodes: source.storedNodes !== undefined,
  });
  const checkStoredNodes = async (): Promise<void> => {
    const completed = verifier.takeCompletedNodes();
    if (!source.storedNodes || completed.length === 0) return;
    const stored = await source.storedNodes(completed);
    for (const node of completed) {
      const fault = storedNodeFault(node, stored.get(nodeKey(node)));
      if (fault) return verifier.reportFault(fault);
    }
  };
  const flush = async (): Promise<void> => {
    if (!pool || batch.length === 0) return;
    const checks = batch;
    batch = [];
    const job = pool
      .check(
        checks.map((c) => ({ publicKey: c.publicKey, message: c.message, signature: c.signature })),
      )
      .then((failed) => {
        for (const i of failed) verifier.signatureFailed(checks[i]!);
      });
    const tracked = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
  };
  try {
    for (const checkpoint of [...source.checkpoints].sort((a, b) => a.treeSize - b.treeSize))
      verifier.pushCheckpoint(checkpoint);
    const total = source.total ?? 0;
    for await (const event of source.events) {
      if (!verifier.pushEvent(event)) break;
      if (verifier.size % BATCH === 0) await checkStoredNodes();
      if (batch.length >= BATCH) {
        await flush();
        options.onProgress?.(verifier.size, total);
      }
    }
    await checkStoredNodes();
    await flush();
    await Promise.all(inFlight);
    return verifier.finish();
  } finally {
    await pool?.close();
  }
}

function storedNodeFault(node: CompletedNode, stored: Buffer | undefined) {
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
