import { chmodSync, existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateEd25519KeyPair, signerFromPem, type Signer } from '../../core/ledger/keys.js';
import { AppError, refusal } from '../errors.js';

export const WITNESS_KEY_FILE = 'witness-key.pem';

/** This node as a witness of other logs: its cosigning key and the key's name. */
export interface WitnessIdentity {
  signer: Signer;
  keyName: string;
}

/** What checkpoint cadence and witnessing need, read once at start (see `readWitnessingSettings`). */
export interface WitnessingContext {
  /** Host (and path) of the node's public URL, the first part of the origin; null when not set. */
  publicHost: string | null;
  /** Sign a checkpoint at most this often while writes happen, and this long after the last write. */
  checkpointIntervalMs: number;
  /** Null when this node does not witness. */
  witness: WitnessIdentity | null;
  /** How the node reaches its witnesses; tests pass one that routes to in-process apps. */
  fetch: typeof fetch;
}

/** The parsed settings this needs; src/config/config.ts's `WitnessingConfig` is one. */
export interface WitnessingSettings {
  publicUrl?: string;
  checkpointIntervalMs: number;
  witnessName?: string;
  witnessKeyPem?: string;
}

/**
 * The witnessing context from the parsed settings (src/config/config.ts, `witnessingConfig`, which
 * names and validates `--public-url`/`DISCO_PUBLIC_URL`, `--checkpoint-interval`/
 * `DISCO_CHECKPOINT_INTERVAL`, `--witness-name`/`DISCO_WITNESS_NAME` and `DISCO_WITNESS_KEY`).
 * The witness key comes from `DISCO_WITNESS_KEY`, else `witness-key.pem` in the data directory,
 * made on first use; never the ledger key, since a cosignature does not name its signer.
 */
export function readWitnessingSettings(
  dataDir: string,
  config: WitnessingSettings,
): WitnessingContext {
  const publicHost = publicHostOf(config.publicUrl);
  const keyName = config.witnessName ?? (publicHost ? `${publicHost}/witness` : null);
  const signer = keyName === null ? null : loadWitnessKey(dataDir, config.witnessKeyPem);
  return {
    publicHost,
    checkpointIntervalMs: config.checkpointIntervalMs,
    witness: signer && keyName ? { signer, keyName } : null,
    fetch: globalThis.fetch,
  };
}

/** `https://coop.example/disco/` → `coop.example/disco`: a schema-less URL, as C2SP origins are. */
export function publicHostOf(publicUrl: string | undefined): string | null {
  if (publicUrl === undefined || publicUrl === '') return null;
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new AppError(
      400,
      'bad-setting',
      refusal('refusal.public-url-not-a-url', { publicUrl }),
      refusal('hint.set-address-members-use-e-g'),
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError(400, 'bad-setting', refusal('refusal.public-url-not-http'));
  }
  return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/** The witness key, from the environment or the data directory, made there on first use. */
function loadWitnessKey(dataDir: string, pem: string | undefined): Signer {
  if (pem) return signerFromPem(pem);
  const path = join(dataDir, WITNESS_KEY_FILE);
  if (existsSync(path)) {
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    return signerFromPem(readFileSync(path, 'utf8'));
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pair = generateEd25519KeyPair();
  writeFileSync(path, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
  return signerFromPem(pair.privateKeyPem);
}
