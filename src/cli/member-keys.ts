import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateEd25519KeyPair, signerFromPem, type Signer } from '../core/ledger/keys.js';
import { configDir } from './credentials.js';

/** Where a member's private key lives on this device: owner-only, never sent anywhere. */
function keyPath(memberId: string): string {
  return join(configDir(), 'keys', `${memberId.replace(/[^A-Za-z0-9_-]/g, '_')}.pem`);
}

export function loadMemberKey(memberId: string): Signer | null {
  const path = keyPath(memberId);
  return existsSync(path) ? signerFromPem(readFileSync(path, 'utf8')) : null;
}

/** Makes the member's key pair on this device; refuses to replace one, which would orphan what it signed. */
export function createMemberKey(memberId: string): Signer {
  mkdirSync(join(configDir(), 'keys'), { recursive: true, mode: 0o700 });
  const pair = generateEd25519KeyPair();
  writeFileSync(keyPath(memberId), pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
  return signerFromPem(pair.privateKeyPem);
}
