import { Worker } from 'node:worker_threads';

/**
 * Node 20 runs a worker's TypeScript entry only through tsx's API (the parent's loader flags do
 * not reach a worker), so the worker starts from one line of JavaScript that imports the entry.
 *
 * @example const worker = startTsWorker(new URL('./seal-worker.ts', import.meta.url), job); // workerData.job in the worker
 */
export function startTsWorker(entry: URL, job: unknown): Worker {
  const boot = `import { workerData } from 'node:worker_threads'; import { tsImport } from '${import.meta.resolve('tsx/esm/api')}'; await tsImport(workerData.entry, workerData.entry);`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: { entry: entry.href, job },
  });
}
