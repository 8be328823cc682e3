import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export interface SignatureJob {
  publicKey: string;
  message: Uint8Array;
  signature: string;
}

/*
 * Built, this module and the worker both sit flat in dist/ (scripts/build.mjs), so the worker is
 * `./signature-worker.js`. Run from the sources (vitest, tsx), the worker is TypeScript: it starts
 * by registering tsx, which a worker cannot inherit from its parent's loader.
 */
const FROM_SOURCES = import.meta.url.endsWith('.ts');

function startWorker(options: WorkerOptions): Worker {
  if (!FROM_SOURCES) return new Worker(new URL('./signature-worker.js', import.meta.url), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./signature-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(code, { ...options, eval: true });
}

/**
 * Ed25519 checks spread over worker threads, one per core: verification of a long ledger is
 * bound by signature checks, which parallelise perfectly.
 *
 * @example
 * const pool = new SignaturePool();
 * const failedIndexes = await pool.check(jobs);
 * await pool.close();
 */
export class SignaturePool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<
    number,
    { resolve: (failed: number[]) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;
  private turn = 0;

  constructor(size = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      // Small heaps: a worker holds one batch at a time, and unbounded young generations cost RSS.
      const worker = startWorker({
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
      });
      worker.on('message', ({ id, failed }: { id: number; failed: number[] }) => {
        this.waiting.get(id)?.resolve(failed);
        this.waiting.delete(id);
      });
      // A dead worker fails every check still waiting: a verification must never hang or pass silently.
      worker.on('error', (error) => {
        for (const { reject } of this.waiting.values()) reject(error);
        this.waiting.clear();
      });
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** Indexes into `jobs` of the signatures that do not verify. */
  check(jobs: SignatureJob[]): Promise<number[]> {
    const id = this.nextId++;
    const worker = this.workers[this.turn++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, checks: jobs });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
