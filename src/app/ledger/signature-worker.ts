// Checks batches of Ed25519 signatures off the main thread. `npm run build` compiles it to
// dist/signature-worker.js beside the rest; run from the sources, signature-pool.ts loads it
// through tsx.
import { verify, type KeyObject } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { decodeCanonicalBase64url, publicKeyObject } from '../../core/ledger/keys.js';
import type { PackedSignatures } from './signature-pool.js';

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

parentPort!.on('message', ({ id, packed }: { id: number; packed: PackedSignatures }) => {
  const { ends, keyOf, signatures } = packed;
  const keys = packed.keys.map(keyFor);
  const bytes = Buffer.from(packed.bytes);
  const failed: number[] = [];
  let start = 0;
  for (let i = 0; i < signatures.length; i++) {
    const end = ends[i]!;
    let ok = false;
    try {
      const key = keys[keyOf[i]!]!;
      // Node's decoder forgives stray bits and characters: one signature must have one spelling.
      const sig = decodeCanonicalBase64url(signatures[i]!, 64);
      ok = key !== null && sig !== null && verify(null, bytes.subarray(start, end), key, sig);
    } catch {
      ok = false;
    }
    start = end;
    if (!ok) failed.push(i);
  }
  parentPort!.postMessage({ id, failed });
});
