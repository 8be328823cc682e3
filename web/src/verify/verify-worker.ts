// The verifier's Web Worker: reading, hashing and checking a ledger of a million events takes
// minutes of CPU, which must not freeze the page. The page talks to it with these messages.
import { NoCheckpointError } from './quick-check.js';
import {
  runVerification,
  type RunProgress,
  type VerifyOutcome,
  type VerifyRequest,
} from './run-verification.js';

export type WorkerMessage =
  | { type: 'progress'; progress: RunProgress }
  | { type: 'done'; outcome: VerifyOutcome }
  | { type: 'failed'; reason: 'no-checkpoint' | 'error'; message: string };

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<VerifyRequest>) => {
  runVerification(
    event.data,
    (url) => fetch(url, { credentials: 'same-origin' }),
    (progress) => post({ type: 'progress', progress }),
  ).then(
    (outcome) => post({ type: 'done', outcome }),
    (error: unknown) =>
      post({
        type: 'failed',
        reason: error instanceof NoCheckpointError ? 'no-checkpoint' : 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
