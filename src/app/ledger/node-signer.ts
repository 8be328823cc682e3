import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { signerFromPem, type Signer } from '../../core/ledger/keys.js';

/*
 * The node's signer, with a worker thread for bulk writes. An import appends tens of thousands of
 * events in one transaction; each needs the node's Ed25519 signature (about 40 µs of CPU). Handed
 * to libuv's pool one by one (`signOffThread`), each costs the writing thread a job, a promise and
 * a callback, about 8 µs: a twentieth of an import's row. Here a page's messages go to one thread
 * in a few messages and come back as a few arrays, so the writing thread only hashes and writes.
 * Ed25519 signatures are deterministic: the same key and message give the same bytes whichever
 * thread computes them.
 *
 * The worker is plain JavaScript evaluated from this text, so it runs the same from the sources
 * (tsx, vitest) and from dist/, with no file of its own to build or find.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createPrivateKey, sign } = require('node:crypto');
const key = createPrivateKey(workerData.pem);
parentPort.on('message', ({ id, messages, size, claims, chunk }) => {
  const count = messages.length / size;
  const claimed = new Int32Array(claims);
  const done = [];
  // Chunks are claimed one at a time, so that the writing thread can take the rest (helpSign).
  for (let c = Atomics.add(claimed, 0, 1); c * chunk < count; c = Atomics.add(claimed, 0, 1)) {
    const signatures = [];
    for (let i = c * chunk; i < Math.min(count, (c + 1) * chunk); i++)
      signatures.push(sign(null, messages.subarray(i * size, (i + 1) * size), key).toString('base64url'));
    done.push([c, signatures]);
  }
  parentPort.postMessage({ id, done });
});
`;

/**
 * Messages a thread claims at a time: small enough that the writing thread, once it has nothing
 * else to do, takes an even share of what is left (`helpSign`), large enough that claiming costs
 * nothing next to signing (16 signatures, about 0.6 ms).
 */
const CHUNK = 16;

/** How long a signing worker waits for another batch before it stops. */
const IDLE_MS = 10_000;

/** A batch out: its messages, the chunks claimed so far (shared with the worker), and this thread's. */
interface Job {
  messages: Buffer;
  size: number;
  claims: Int32Array;
  /** Chunks this thread signed (`helpSign`), by index. */
  mine: Map<number, string[]>;
  resolve: (signatures: string[]) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread signing batches with one private key, started on first use. It holds the
 * process open only while a batch is out, so an idle node (or a CLI run) exits as before; a worker
 * that dies fails every batch still out, and the next batch starts a new one. The writing thread
 * can sign chunks of the batches out itself (`helpSign`) when it would otherwise wait for them.
 */
export class SigningWorker {
  private current: { worker: Worker; waiting: Map<number, Job> } | undefined;
  private nextId = 0;
  /** Stops a worker left idle, so a node that imported once does not keep its thread. */
  private idle: NodeJS.Timeout | undefined;
  private key: KeyObject | undefined;

  constructor(
    private readonly pem: string,
    private readonly idleMs = IDLE_MS,
  ) {}

  signMany(messages: readonly Uint8Array[]): Promise<string[]> {
    if (messages.length === 0) return Promise.resolve([]);
    const size = messages[0]!.length;
    const joined = Buffer.allocUnsafe(size * messages.length);
    for (let i = 0; i < messages.length; i++) {
      const message = messages[i]!;
      // One length for the whole batch: the worker slices the bytes back by it.
      if (message.length !== size) throw new RangeError('a batch of messages must be of one size');
      joined.set(message, i * size);
    }
    const { worker, waiting } = this.started();
    clearTimeout(this.idle);
    const id = this.nextId++;
    const claims = new SharedArrayBuffer(4);
    return new Promise((resolve, reject) => {
      if (waiting.size === 0) worker.ref();
      waiting.set(id, {
        messages: joined,
        size,
        claims: new Int32Array(claims),
        mine: new Map(),
        resolve,
        reject,
      });
      worker.postMessage({ id, messages: joined, size, claims, chunk: CHUNK });
    });
  }

  /**
   * Signs on this thread every chunk of the batches out that the worker has not claimed yet, the
   * worker taking the next ones meanwhile: for a writer that has nothing left to do but wait for
   * the signatures. Returns once no chunk is left unclaimed.
   */
  helpSign(): void {
    const waiting = this.current?.waiting;
    if (!waiting || waiting.size === 0) return;
    this.key ??= createPrivateKey(this.pem);
    for (const job of waiting.values()) {
      const count = job.messages.length / job.size;
      for (
        let c = Atomics.add(job.claims, 0, 1);
        c * CHUNK < count;
        c = Atomics.add(job.claims, 0, 1)
      ) {
        const signatures: string[] = [];
        for (let i = c * CHUNK; i < Math.min(count, (c + 1) * CHUNK); i++)
          signatures.push(
            sign(null, job.messages.subarray(i * job.size, (i + 1) * job.size), this.key).toString(
              'base64url',
            ),
          );
        job.mine.set(c, signatures);
      }
    }
  }

  /** Whether a worker is running (tests). */
  get running(): boolean {
    return this.current !== undefined;
  }

  private started(): { worker: Worker; waiting: Map<number, Job> } {
    if (this.current) return this.current;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { pem: this.pem },
      // A batch of messages and its signatures at a time: small heaps keep its RSS small.
      resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 },
    });
    worker.unref();
    // Each worker answers for its own batches: one that died fails only those.
    const waiting = new Map<number, Job>();
    worker.on('message', ({ id, done }: { id: number; done: [number, string[]][] }) => {
      const job = waiting.get(id);
      waiting.delete(id);
      if (waiting.size === 0) {
        worker.unref();
        this.idle = setTimeout(() => {
          // Forgotten first: a batch sent from now on starts a new worker.
          if (this.current?.worker === worker) this.current = undefined;
          void worker.terminate();
        }, this.idleMs).unref();
      }
      if (!job) return;
      // Every chunk is claimed by now, and this thread's own were signed before it claimed the next.
      for (const [c, signatures] of done) job.mine.set(c, signatures);
      const count = job.messages.length / job.size;
      const signatures: string[] = [];
      for (let c = 0; c * CHUNK < count; c++) signatures.push(...job.mine.get(c)!);
      job.resolve(signatures);
    });
    const fail = (error: Error) => {
      if (this.current?.worker === worker) this.current = undefined;
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the signing worker stopped (exit code ${code})`)));
    this.current = { worker, waiting };
    return this.current;
  }
}

/**
 * The node key's signer (`signerFromPem`) with `signMany` on a worker thread of its own.
 *
 * @example const node = nodeSignerFromPem(pem); const sigs = await node.signMany!(messages);
 */
export function nodeSignerFromPem(privateKeyPem: string): Signer {
  const signer = signerFromPem(privateKeyPem);
  const worker = new SigningWorker(privateKeyPem);
  return {
    ...signer,
    signMany: (messages) => worker.signMany(messages),
    helpSign: () => worker.helpSign(),
  };
}
