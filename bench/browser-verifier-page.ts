// The page bench/browser-verifier.ts opens in Chromium: it starts the Deck's verifier worker as
// the Ledger page does and times it, and compares the two SHA-256s the verifier could use.
import type { LedgerEventJson } from '../web/src/verify/ledger-types.js';
import type { VerifyRequest } from '../web/src/verify/run-verification.js';
import type { WorkerMessage } from '../web/src/verify/verify-worker.js';
import { compareHashing } from './sha256-choice.js';

function verifyInWorker(request: VerifyRequest): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const worker = new Worker('/verify-worker.js', { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return;
      worker.terminate();
      if (message.type === 'failed') reject(new Error(message.message));
      else resolve({ ms: performance.now() - started, ok: message.outcome.report.ok });
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(request);
  });
}

if (typeof document !== 'undefined') {
  Object.assign(globalThis, {
    benchVerifier: (kind: 'full' | 'quick') =>
      verifyInWorker(kind === 'full' ? { kind } : { kind, samples: 32, seqs: [] }),
    benchHashing: async () => {
      const events: LedgerEventJson[] = [];
      for (let cursor: string | null = null; events.length < 2000;) {
        const page = (await (
          await fetch(
            `/api/ledger/events?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          )
        ).json()) as { items: LedgerEventJson[]; nextCursor: string | null };
        events.push(...page.items);
        if (!(cursor = page.nextCursor)) break;
      }
      return compareHashing(events);
    },
  });
}
