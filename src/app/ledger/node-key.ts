import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateEd25519KeyPair, type Signer } from '../../core/ledger/keys.js';
import { nodeSignerFromPem } from './node-signer.js';

export const NODE_KEY_FILE = 'node-key.pem';

export function nodeKeyPath(dataDir: string): string {
  return join(dataDir, NODE_KEY_FILE);
}

/**
 * The node's signing key. Servers sharing one PostgreSQL database must sign with the same key,
 * so a configured key (DISCO_NODE_KEY, a PKCS#8 PEM) takes precedence over the file in the data
 * directory.
 */
export function loadNodeKey(dataDir: string, nodeKeyPem?: string): Signer | null {
  if (nodeKeyPem) return nodeSignerFromPem(nodeKeyPem);
  const path = nodeKeyPath(dataDir);
  if (!existsSync(path)) return null;
  const mode = statSync(path).mode & 0o077;
  if (mode !== 0) chmodSync(path, 0o600);
  return nodeSignerFromPem(readFileSync(path, 'utf8'));
}

/** Creates the key readable by its owner alone; refuses to overwrite one, which would orphan the ledger. */
export function createNodeKey(dataDir: string): Signer {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = nodeKeyPath(dataDir);
  const pair = generateEd25519KeyPair();
  writeFileSync(path, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
  return nodeSignerFromPem(pair.privateKeyPem);
}
