import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export interface SignatureJob {
  publicKey: string;
  message: Uint8Array;
  signature: string;
}

/** A batch as it crosses to a worker: the messages in one transferred buffer, each key once. */
export interface PackedSignatures {
  /** Every message, one after another. */
  bytes: ArrayBuffer;
  /** Where each message ends in `bytes`. */
  ends: Uint32Array;
  /** Each check's key, as an index into `keys`. */
  keyOf: Uint32Array;
  keys: string[];
  signatures: string[];
}

/**
 * Signature checks gathered for one trip to a worker. The messages are copied into one buffer
 * that is then transferred, not cloned: a batch of small Buffers posted as objects cost the
 * verifier's main thread a structured clone of every object and of the pooled memory under it.
 */
export class SignatureBatch {
  private bytes = Buffer.allocUnsafeSlow(1 << 17);
  private used = 0;
  private readonly ends: number[] = [];
  private readonly keyOf: number[] = [];
  private readonly keys: string[] = [];
  private readonly keyIndexes = new Map<string, number>();
  private readonly signatures: string[] = [];

  get length(): number {
    return this.signatures.length;
  }

  add(publicKey: string, message: Uint8Array, signature: string): void {
    let key = this.keyIndexes.get(publicKey);
    if (key === undefined) {
      key = this.keys.length;
      this.keys.push(publicKey);
      this.keyIndexes.set(publicKey, key);
    }
    if (this.used + message.length > this.bytes.length) {
      // Unsafe is safe here: the copy overwrites every byte a message is read from.
      const larger = Buffer.allocUnsafeSlow(
        Math.max(2 * this.bytes.length, this.used + message.length),
      );
      this.bytes.copy(larger, 0, 0, this.used);
      this.bytes = larger;
    }
    this.bytes.set(message, this.used);
    this.used += message.length;
    this.ends.push(this.used);
    this.keyOf.push(key);
    this.signatures.push(signature);
  }

  /** The batch to post; `bytes` is this batch's own ArrayBuffer, so it can be transferred. */
  pack(): PackedSignatures {
    return {
      bytes: this.bytes.buffer,
      ends: Uint32Array.from(this.ends),
      keyOf: Uint32Array.from(this.keyOf),
      keys: this.keys,
      signatures: this.signatures,
    };
  }
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
    const batch = new SignatureBatch();
    for (const { publicKey, message, signature } of jobs) batch.add(publicKey, message, signature);
    return this.checkBatch(batch);
  }

  /** Indexes, in the order added, of the batch's signatures that do not verify. */
  checkBatch(batch: SignatureBatch): Promise<number[]> {
    const id = this.nextId++;
    const worker = this.workers[this.turn++ % this.workers.length]!;
    const packed = batch.pack();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const transfer = [packed.bytes, packed.ends.buffer, packed.keyOf.buffer] as ArrayBuffer[];
      worker.postMessage({ id, packed }, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
