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
parentPort.on('message', ({ id, messages, size }) => {
  const count = messages.length / size;
  const signatures = new Array(count);
  for (let i = 0; i < count; i++)
    signatures[i] = sign(null, messages.subarray(i * size, (i + 1) * size), key).toString('base64url');
  parentPort.postMessage({ id, signatures });
});
`;

/** How long a signing worker waits for another batch before it stops. */
const IDLE_MS = 10_000;

interface Waiting {
  resolve: (signatures: string[]) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread signing batches with one private key, started on first use. It holds the
 * process open only while a batch is out, so an idle node (or a CLI run) exits as before; a worker
 * that dies fails every batch still out, and the next batch starts a new one.
 */
export class SigningWorker {
  private current: { worker: Worker; waiting: Map<number, Waiting> } | undefined;
  private nextId = 0;
  /** Stops a worker left idle, so a node that imported once does not keep its thread. */
  private idle: NodeJS.Timeout | undefined;

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
    return new Promise((resolve, reject) => {
      if (waiting.size === 0) worker.ref();
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, messages: joined, size });
    });
  }

  /** Whether a worker is running (tests). */
  get running(): boolean {
    return this.current !== undefined;
  }

  private started(): { worker: Worker; waiting: Map<number, Waiting> } {
    if (this.current) return this.current;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { pem: this.pem },
      // A batch of messages and its signatures at a time: small heaps keep its RSS small.
      resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 },
    });
    worker.unref();
    // Each worker answers for its own batches: one that died fails only those.
    const waiting = new Map<number, Waiting>();
    worker.on('message', ({ id, signatures }: { id: number; signatures: string[] }) => {
      const batch = waiting.get(id);
      waiting.delete(id);
      if (waiting.size === 0) {
        worker.unref();
        this.idle = setTimeout(() => {
          // Forgotten first: a batch sent from now on starts a new worker.
          if (this.current?.worker === worker) this.current = undefined;
          void worker.terminate();
        }, this.idleMs).unref();
      }
      batch?.resolve(signatures);
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
  return { ...signer, signMany: (messages) => worker.signMany(messages) };
}
