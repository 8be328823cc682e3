import type { RunProgress, VerifyOutcome, VerifyRequest } from './run-verification.js';
import type { WorkerMessage } from './verify-worker.js';

/** Why a verification ended without a report; the page words it for the member. */
export class VerificationFailed extends Error {
  constructor(
    readonly reason: 'no-checkpoint' | 'error',
    message: string,
  ) {
    super(message);
    this.name = 'VerificationFailed';
  }
}

export interface RunningVerification {
  outcome: Promise<VerifyOutcome>;
  /** Stops at once: the worker is ended, and `outcome` never settles. */
  cancel: () => void;
}

/**
 * Starts a verification in its own Web Worker, so the page stays responsive; where no worker can
 * start (no `Worker`, or a policy that refuses it) it runs on the page instead, between pages of
 * events.
 *
 * @example const run = startVerification({ kind: 'full' }, setProgress); cancelButton.onclick = run.cancel;
 */
export function startVerification(
  request: VerifyRequest,
  onProgress: (progress: RunProgress) => void,
): RunningVerification {
  const controller = new AbortController();
  let worker: Worker | null = null;
  const onPage = (): Promise<VerifyOutcome> =>
    import('./run-verification.js').then(({ runVerification }) =>
      runVerification(
        request,
        (url) => fetch(url, { signal: controller.signal, credentials: 'same-origin' }),
        onProgress,
        controller.signal,
      ),
    );
  const outcome = new Promise<VerifyOutcome>((resolve, reject) => {
    if (typeof Worker === 'undefined') return void onPage().then(resolve, reject);
    let heard = false;
    worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') resolve(message.outcome);
      else reject(new VerificationFailed(message.reason, message.message));
      if (message.type !== 'progress') worker?.terminate();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      if (heard) reject(new VerificationFailed('error', event.message));
      else onPage().then(resolve, reject);
    };
    worker.postMessage(request);
  });
  return {
    outcome: outcome.catch((error: unknown) => {
      if (controller.signal.aborted) return new Promise<never>(() => undefined);
      throw error instanceof VerificationFailed || !(error instanceof Error)
        ? error
        : new VerificationFailed(
            error.name === 'NoCheckpointError' ? 'no-checkpoint' : 'error',
            error.message,
          );
    }),
    cancel: () => {
      controller.abort();
      worker?.terminate();
    },
  };
}
