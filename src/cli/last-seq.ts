import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configDir, normalizeServer } from './credentials.js';

/** The header a write answers with, and the one a read sends back (docs/api.md). */
export const SEQ_HEADER = 'disco-seq';
export const MIN_SEQ_HEADER = 'Disco-Min-Seq';

function seqsPath(): string {
  return join(configDir(), 'last-seqs.json');
}

function read(): Record<string, number> {
  try {
    const path = seqsPath();
    return existsSync(path)
      ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, number>)
      : {};
  } catch {
    // A damaged file only costs a read from the primary; it is rewritten at the next write.
    return {};
  }
}

/**
 * The last seq this user's writes to `server` answered with, kept between commands so that
 * `disco … log` followed by `disco … list` reads its own write even behind a lagging replica.
 *
 * @example const seq = lastSeqFor('https://disco.example.org'); // 0 before any write
 */
export function lastSeqFor(server: string): number {
  const seq = read()[normalizeServer(server)];
  return typeof seq === 'number' && Number.isSafeInteger(seq) ? seq : 0;
}

/** Remembers a seq a write answered with, unless a higher one is already kept. */
export function rememberSeq(server: string, seq: number): void {
  const key = normalizeServer(server);
  const seqs = read();
  if ((seqs[key] ?? 0) >= seq) return;
  seqs[key] = seq;
  mkdirSync(configDir(), { recursive: true, mode: 0o700 });
  const path = seqsPath();
  writeFileSync(`${path}.tmp`, JSON.stringify(seqs, null, 2) + '\n', { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}
