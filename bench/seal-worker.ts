// Seals a bulk ledger's drafts on threads of their own, so that hashing and signing run beside the
// main thread's writes instead of before them. Started by buildBulkLedger.
import { parentPort, workerData } from 'node:worker_threads';
import { eventCatalog } from '../src/app/event-catalog.js';
import { signCheckpoint, type Checkpoint } from '../src/core/ledger/checkpoint.js';
import { sealEvent, type EventDraft, type LedgerEvent } from '../src/core/ledger/event.js';
import { signerFromPem, type Signer } from '../src/core/ledger/keys.js';
import { leafHash, MerkleFrontier } from '../src/core/ledger/merkle.js';
import type { SignReply, SignRequest } from './sign-worker.js';
import { startTsWorker } from './ts-worker.js';

export interface SealJob {
  /** A module whose `bulkDrafts(setup)` yields the drafts to seal. */
  draftsModule: string;
  setup: unknown;
  nodeKeyPem: string;
  checkpointEvery: number;
  /** Hashes of the events already in the chain, in order: the tree and the chain continue from them. */
  chainHashes: string[];
  pageSize: number;
  /** Pages posted and not yet taken: bounds the memory of a fast sealer and a slow writer. */
  pagesAhead: number;
}

export type SealMessage = { page: LedgerEvent[] } | { done: true; checkpoints: Checkpoint[] };

const { job } = workerData as { job: SealJob };
const port = parentPort!;
const node = signerFromPem(job.nodeKeyPem);
/**
 * `sealEvent` exactly as an append runs it, but the node signature of each event hash is left to
 * the signing worker, which signs the same message (`nodeSignatureMessage(hash)`) with the same key.
 */
const signedLater: Signer = { publicKey: node.publicKey, sign: () => '' };
const signer = startTsWorker(new URL('./sign-worker.ts', import.meta.url), {
  nodeKeyPem: job.nodeKeyPem,
});
const signing = new Map<number, (sigs: string[]) => void>();
signer.on('message', ({ id, sigs }: SignReply) => {
  signing.get(id)!(sigs);
  signing.delete(id);
});
signer.on('error', (error) => {
  throw error;
});
let nextId = 0;
function sign(page: LedgerEvent[]): Promise<LedgerEvent[]> {
  const id = nextId++;
  const done = new Promise<LedgerEvent[]>((resolve) =>
    signing.set(id, (sigs) => resolve(page.map((event, i) => ({ ...event, nodeSig: sigs[i]! })))),
  );
  signer.postMessage({ id, hashes: page.map((event) => event.hash) } satisfies SignRequest);
  return done;
}

let ahead = 0;
let taken: (() => void) | undefined;
port.on('message', () => {
  ahead -= 1;
  taken?.();
});
/** Hands a page over in order, once it is signed and the writer has room; resolves when handed. */
let handedOver = Promise.resolve();
function post(signed: Promise<LedgerEvent[]>): Promise<void> {
  handedOver = handedOver.then(async () => {
    const page = await signed;
    while (ahead >= job.pagesAhead) await new Promise<void>((resolve) => (taken = resolve));
    ahead += 1;
    port.postMessage({ page } satisfies SealMessage);
  });
  return handedOver;
}

const tree = MerkleFrontier.empty();
for (const hash of job.chainHashes) tree.append(leafHash(Buffer.from(hash, 'hex')));
const ledgerId = job.chainHashes[0]!;
let seq = job.chainHashes.length;
let prev = job.chainHashes[seq - 1]!;
const { bulkDrafts } = (await import(job.draftsModule)) as {
  bulkDrafts(setup: unknown): Iterable<EventDraft>;
};
const checkpoints: Checkpoint[] = [];
let page: LedgerEvent[] = [];
let previous = Promise.resolve();
for (const draft of bulkDrafts(job.setup)) {
  const problems = eventCatalog.check(draft);
  if (problems.length > 0)
    throw new Error(`bulk draft ${draft.type} is not valid: ${JSON.stringify(problems)}`);
  const event = sealEvent(draft, ++seq, prev, signedLater);
  prev = event.hash;
  tree.append(leafHash(Buffer.from(event.hash, 'hex')));
  // The checkpoints an append would sign, over the same roots.
  if (seq % job.checkpointEvery === 0)
    checkpoints.push(
      signCheckpoint(
        { ledgerId, treeSize: seq, root: tree.root().toString('hex'), time: event.time },
        node,
      ),
    );
  page.push(event);
  if (page.length === job.pageSize) {
    // Seals the next page while this one is signed, but no further ahead.
    await previous;
    previous = post(sign(page));
    page = [];
  }
}
if (page.length > 0) post(sign(page));
await handedOver;
await signer.terminate();
port.postMessage({ done: true, checkpoints } satisfies SealMessage);
