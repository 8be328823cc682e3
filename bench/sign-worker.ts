// Signs event hashes with the node key for the sealing worker, so that signing, the largest cost of
// sealing, runs beside the hashing. Started by seal-worker.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { nodeSignatureMessage } from '../src/core/ledger/event.js';
import { signerFromPem } from '../src/core/ledger/keys.js';

export type SignRequest = { id: number; hashes: string[] };
export type SignReply = { id: number; sigs: string[] };

const node = signerFromPem((workerData as { job: { nodeKeyPem: string } }).job.nodeKeyPem);
parentPort!.on('message', ({ id, hashes }: SignRequest) => {
  parentPort!.postMessage({
    id,
    sigs: hashes.map((hash) => node.sign(nodeSignatureMessage(hash))),
  } satisfies SignReply);
});
