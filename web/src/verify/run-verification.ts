import type { FetchLike } from './ledger-http.js';
import { quickCheckOverHttp, type QuickCheckReport } from './quick-check.js';
import {
  verifyLedgerOverHttp,
  type BrowserVerifyReport,
  type VerifyProgress,
} from './verify-over-http.js';

/** What the member asked for: everything, or the quick check of a sample (and their own events). */
export type VerifyRequest =
  | { kind: 'full'; nodeKey?: string }
  | { kind: 'quick'; nodeKey?: string; samples: number; seqs: number[] };

export type VerifyOutcome =
  { kind: 'full'; report: BrowserVerifyReport } | { kind: 'quick'; report: QuickCheckReport };

/** Progress of either kind; the quick check counts events read with their proofs. */
export type RunProgress = VerifyProgress | { phase: 'quick'; done: number; total: number };

/**
 * Runs a verification where it is called: in the Deck, inside the verifier's Web Worker
 * (`verify-worker.ts`), or on the page when the browser cannot start one.
 */
export async function runVerification(
  request: VerifyRequest,
  fetchFn: FetchLike,
  onProgress: (progress: RunProgress) => void,
  signal?: AbortSignal,
): Promise<VerifyOutcome> {
  const nodeKey = request.nodeKey ? { nodeKey: request.nodeKey } : {};
  const common = { fetch: fetchFn, ...nodeKey, ...(signal ? { signal } : {}) };
  if (request.kind === 'full')
    return { kind: 'full', report: await verifyLedgerOverHttp({ ...common, onProgress }) };
  const report = await quickCheckOverHttp({
    ...common,
    samples: request.samples,
    seqs: request.seqs,
    onProgress: (p) => onProgress({ phase: 'quick', ...p }),
  });
  return { kind: 'quick', report };
}
