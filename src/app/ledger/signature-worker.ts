// Checks batches of Ed25519 signatures off the main thread. `npm run build` compiles it to
// dist/signature-worker.js beside the rest; run from the sources, signature-pool.ts loads it
// through tsx.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { SignatureJob } from './signature-pool.js';

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const keys = new Map<string, KeyObject>();

function keyFor(publicKey: string): KeyObject | null {
  let key = keys.get(publicKey);
  if (!key) {
    const raw = Buffer.from(publicKey, 'base64url');
    if (raw.length !== 32) return null;
    key = createPublicKey({
      key: Buffer.concat([SPKI_ED25519_PREFIX, raw]),
      format: 'der',
      type: 'spki',
    });
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
      const sig = Buffer.from(signature, 'base64url');
      ok = key !== null && sig.length === 64 && verify(null, message, key, sig);
    } catch {
      ok = false;
    }
    if (!ok) failed.push(i);
  }
  parentPort!.postMessage({ id, failed });
});
