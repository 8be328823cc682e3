import { chmodSync, existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateEd25519KeyPair, signerFromPem, type Signer } from '../../core/ledger/keys.js';
import { isValidKeyName } from '../../core/ledger/signed-note.js';
import { AppError } from '../errors.js';

/** The checkpoint cadence when DISCO_CHECKPOINT_INTERVAL is not set. */
export const DEFAULT_CHECKPOINT_INTERVAL_SECONDS = 3;
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

/**
 * Reads the settings of checkpoint cadence and witnessing from the environment. Kept in one small
 * function so the configuration module can take them over:
 *
 * - `DISCO_PUBLIC_URL`: the node's public URL; its host and path start the checkpoint origin.
 * - `DISCO_CHECKPOINT_INTERVAL`: seconds between checkpoints while writes happen (default 3).
 * - `DISCO_WITNESS_KEY`: the witness key (PKCS#8 PEM), else `witness-key.pem` in the data
 *   directory, made on first use. Never the ledger key: a cosignature does not name its signer.
 * - `DISCO_WITNESS_NAME`: the witness key's name (default `<public host>/witness`).
 */
export function readWitnessingSettings(dataDir: string, env: NodeJS.ProcessEnv): WitnessingContext {
  const publicHost = publicHostOf(env['DISCO_PUBLIC_URL']);
  const seconds = env['DISCO_CHECKPOINT_INTERVAL'] ?? String(DEFAULT_CHECKPOINT_INTERVAL_SECONDS);
  const interval = Number(seconds);
  if (!(Number.isFinite(interval) && interval >= 0.1 && interval <= 3600)) {
    throw new AppError(
      400,
      'bad-setting',
      `DISCO_CHECKPOINT_INTERVAL is "${seconds}": it is a number of seconds from 0.1 to 3600.`,
      'Set it to, say, 3 (the default), or unset it.',
    );
  }
  const keyName = env['DISCO_WITNESS_NAME'] ?? (publicHost ? `${publicHost}/witness` : null);
  if (keyName !== null && !isValidKeyName(keyName)) {
    throw new AppError(
      400,
      'bad-setting',
      `DISCO_WITNESS_NAME "${keyName}" is not a key name: it may hold neither spaces nor "+".`,
      'Use a schema-less URL such as coop.example/witness.',
    );
  }
  const signer = keyName === null ? null : loadWitnessKey(dataDir, env);
  return {
    publicHost,
    checkpointIntervalMs: Math.round(interval * 1000),
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
      `DISCO_PUBLIC_URL "${publicUrl}" is not a URL.`,
      'Set it to the address members use, e.g. https://coop.example.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError(400, 'bad-setting', 'DISCO_PUBLIC_URL is an http(s) URL.');
  }
  return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/** The witness key, from the environment or the data directory, made there on first use. */
export function loadWitnessKey(dataDir: string, env: NodeJS.ProcessEnv): Signer {
  const fromEnv = env['DISCO_WITNESS_KEY'];
  if (fromEnv) return signerFromPem(fromEnv);
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
