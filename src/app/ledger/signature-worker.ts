// Checks batches of Ed25519 signatures off the main thread. `npm run build` compiles it to
// dist/signature-worker.js beside the rest; run from the sources, signature-pool.ts loads it
// through tsx.
import { verify, type KeyObject } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { decodeCanonicalBase64url, publicKeyObject } from '../../core/ledger/keys.js';
import type { SignatureJob } from './signature-pool.js';

const keys = new Map<string, KeyObject | null>();

/** The key named in canonical base64url, or null: the rule `verifySignature` applies inline. */
function keyFor(publicKey: string): KeyObject | null {
  let key = keys.get(publicKey);
  if (key === undefined) {
    try {
      key = publicKeyObject(publicKey);
    } catch {
      key = null;
    }
    if (keys.size > 1024) keys.clear();
    keys.set(publicKey, key);
  }
  return key;
}

parentPort!.on('message', ({ id, checks }: { id: number; checks: SignatureJob[] }) => {
  const failed: number[] = [];
  for (let i = 0; i < checks.length; i++) {
    const { publicKey, message, signature } = checks[i]!;
    let ok = false;
    try {
      const key = keyFor(publicKey);
      // Node's decoder forgives stray bits and characters: one signature must have one spelling.
      const sig = decodeCanonicalBase64url(signature, 64);
      ok = key !== null && sig !== null && verify(null, message, key, sig);
    } catch {
      ok = false;
    }
    if (!ok) failed.push(i);
  }
  parentPort!.postMessage({ id, failed });
});
