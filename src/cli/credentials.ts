import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliConfigDir } from '../config/config.js';

/** What `disco login` keeps per server: an API token (revocable from the Deck or the API). */
export interface SavedLogin {
  token: string;
  memberId: string;
  displayName: string;
  savedAt: string;
}

interface CredentialsFile {
  servers: Record<string, SavedLogin>;
}

/** `$DISCO_CONFIG_DIR`, else `$XDG_CONFIG_HOME/disco-cat`, else `~/.config/disco-cat`. */
export function configDir(): string {
  return cliConfigDir();
}

function credentialsPath(): string {
  return join(configDir(), 'credentials.json');
}

/** Server URLs are keys: one spelling per server, so `http://x:3000/` and `http://x:3000` agree. */
export function normalizeServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

function read(): CredentialsFile {
  const path = credentialsPath();
  if (!existsSync(path)) return { servers: {} };
  return JSON.parse(readFileSync(path, 'utf8')) as CredentialsFile;
}

export function savedLogin(server: string): SavedLogin | null {
  return read().servers[normalizeServer(server)] ?? null;
}

/** Written owner-only and renamed into place, so a token is never readable by others nor half-written. */
export function saveLogin(server: string, login: SavedLogin): void {
  const dir = configDir();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = read();
  file.servers[normalizeServer(server)] = login;
  const path = credentialsPath();
  writeFileSync(`${path}.tmp`, JSON.stringify(file, null, 2) + '\n', { mode: 0o600 });
  chmodSync(`${path}.tmp`, 0o600);
  renameSync(`${path}.tmp`, path);
}

export function forgetLogin(server: string): boolean {
  const file = read();
  const key = normalizeServer(server);
  if (!file.servers[key]) return false;
  delete file.servers[key];
  const path = credentialsPath();
  writeFileSync(`${path}.tmp`, JSON.stringify(file, null, 2) + '\n', { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
  return true;
}
