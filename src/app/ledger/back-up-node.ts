import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { SQLITE_FILE } from '../../store/open-store.js';
import { fsyncDirectoryOf, sealSqliteCopy, snapshotSqlite } from '../../store/sqlite-backup.js';
import { isoNow, type Clock } from '../clock.js';
import { AppError, conflict, notFound, refusal } from '../errors.js';
import { NODE_KEY_FILE } from './node-key.js';

export const BACKUP_FORMAT = 'disco-cat/backup@1';

export interface BackUpNodeOptions {
  dataDir: string;
  databaseUrl?: string;
  file: string;
  clock: Clock;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  events: number;
  withNodeKey: boolean;
  madeAt: string;
}

/**
 * Copies a node's data directory into one file while its server keeps running: a snapshot of
 * the SQLite database (one consistent moment, whatever is written meanwhile) and the node key. The file appears under its name only once it is whole and
 * checked, so a backup killed halfway leaves no file that looks like a backup.
 */
export async function backUpNode(options: BackUpNodeOptions): Promise<BackupSummary> {
  refusePostgres(options.databaseUrl, 'backup');
  const source = join(options.dataDir, SQLITE_FILE);
  if (!existsSync(source)) {
    throw notFound(
      refusal('refusal.no-ledger-to-back-up', { dataDir: options.dataDir }),
      refusal('hint.pass-data-directory-node-data-dir'),
    );
  }
  const file = resolve(options.file);
  if (existsSync(file)) {
    throw conflict(
      refusal('refusal.file-already-exists', { file }),
      refusal('hint.choose-new-file-name-backup-never'),
    );
  }
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  // Made empty and private first: the backup holds the node key and members' personal data.
  closeSync(openSync(partial, 'wx', 0o600));
  try {
    snapshotSqlite(source, partial);
    const keyPath = join(options.dataDir, NODE_KEY_FILE);
    const nodeKeyPem = existsSync(keyPath) ? readFileSync(keyPath, 'utf8') : null;
    const madeAt = isoNow(options.clock);
    sealSqliteCopy(partial, {
      format: BACKUP_FORMAT,
      madeAt,
      ...(nodeKeyPem ? { [NODE_KEY_FILE]: nodeKeyPem } : {}),
    });
    chmodSync(partial, 0o600);
    const events = countEvents(partial);
    renameSync(partial, file);
    fsyncDirectoryOf(file);
    return { file, bytes: statSync(file).size, events, withNodeKey: nodeKeyPem !== null, madeAt };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function countEvents(file: string): number {
  const database = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const row = database.prepare('SELECT count(*) AS n FROM events').get() as { n: number };
    return row.n;
  } finally {
    database.close();
  }
}

export function refusePostgres(databaseUrl: string | undefined, what: 'backup' | 'restore'): void {
  if (!databaseUrl) return;
  throw new AppError(
    422,
    'postgresql',
    refusal('refusal.command-needs-sqlite', { what }),
    refusal(what === 'backup' ? 'hint.use-pg-dump' : 'hint.use-pg-restore'),
  );
}
