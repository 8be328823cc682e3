import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SQLITE_FILE } from '../../store/open-store.js';
import {
  assertSqliteUnused,
  fsyncDirectoryOf,
  SqliteInUse,
  takeBackupExtras,
} from '../../store/sqlite-backup.js';
import { isoNow, type Clock } from '../clock.js';
import { openApp } from '../context.js';
import { message, type Message } from '../../core/messages/codes.js';
import { faultSaid } from '../../core/ledger/verify.js';
import { AppError, conflict, notFound, refusal } from '../errors.js';
import { BACKUP_FORMAT, refusePostgres } from './back-up-node.js';
import { NODE_KEY_FILE } from './node-key.js';
import { verifyStoredLedger } from './verify-stored-ledger.js';

export interface RestoreNodeOptions {
  dataDir: string;
  databaseUrl?: string;
  file: string;
  /** Restore over a data directory that already holds a ledger (kept aside, never deleted). */
  replace: boolean;
  clock: Clock;
  onProgress?: (done: number, total: number) => void;
}

export interface RestoreSummary {
  dataDir: string;
  events: number;
  root: string;
  ledgerId: string | null;
  /** Where the ledger that was there before now lies, when there was one. */
  setAside: string | null;
}

const WAL_FILES = ['-wal', '-shm'];

/**
 * Puts a backup in place of a node's data: the backup is copied beside the data, its ledger
 * verified in full (every hash, link, signature and checkpoint, and the node key against the
 * genesis), and only then are the files swapped. Whatever was there is moved into
 * `replaced-<time>/`, never deleted. Any refusal leaves the data directory as it was.
 */
export async function restoreNode(options: RestoreNodeOptions): Promise<RestoreSummary> {
  refusePostgres(options.databaseUrl, 'restore');
  const file = resolve(options.file);
  if (!existsSync(file)) throw notFound(refusal('refusal.no-such-backup-file', { file }));
  const dataDir = resolve(options.dataDir);
  const live = join(dataDir, SQLITE_FILE);
  if (existsSync(live) && !options.replace) {
    throw conflict(
      refusal('refusal.data-directory-holds-ledger', { dataDir }),
      refusal('hint.pass-replace-restore-over-current-files'),
    );
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const staging = join(dataDir, `.restore-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { mode: 0o700 });
  try {
    const staged = join(staging, SQLITE_FILE);
    copyFileSync(file, staged);
    const extras = readExtras(staged, file);
    const keyPem = extras[NODE_KEY_FILE];
    if (keyPem) writeFileSync(join(staging, NODE_KEY_FILE), keyPem, { mode: 0o600 });
    const report = await verifyStaged(staging, options.onProgress);
    if (existsSync(live)) refuseWhileInUse(live);
    const setAside = existsSync(live) ? setAsideCurrent(dataDir, isoNow(options.clock)) : null;
    for (const name of [SQLITE_FILE, NODE_KEY_FILE]) {
      if (existsSync(join(staging, name))) renameSync(join(staging, name), join(dataDir, name));
    }
    fsyncDirectoryOf(live);
    return { dataDir, events: report.size, root: report.root, ledgerId: report.ledgerId, setAside };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function readExtras(staged: string, file: string): Record<string, string> {
  let extras: Record<string, string> | null;
  try {
    extras = takeBackupExtras(staged);
  } catch (error) {
    throw unusable(file, backupReason(error));
  }
  if (!extras || extras['format'] !== BACKUP_FORMAT) {
    throw unusable(file, message('backup.reason.not-from-disco-backup'));
  }
  return extras;
}

async function verifyStaged(
  staging: string,
  onProgress: RestoreNodeOptions['onProgress'],
): Promise<{ size: number; root: string; ledgerId: string | null }> {
  const ctx = await openApp({ dataDir: staging });
  try {
    const report = await verifyStoredLedger(ctx, {
      ...(ctx.node ? { nodeKey: ctx.node.publicKey } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    if (!report.ok) {
      const fault = report.fault!;
      throw new AppError(
        422,
        'backup-does-not-verify',
        refusal('refusal.backup-ledger-does-not-verify', {
          seq: fault.seq,
          reason: faultSaid(fault),
        }),
        refusal('hint.nothing-was-replaced-restore-older-backup'),
      );
    }
    return report;
  } finally {
    await ctx.store.close();
  }
}

function refuseWhileInUse(live: string): void {
  try {
    assertSqliteUnused(live);
  } catch (error) {
    if (!(error instanceof SqliteInUse)) throw error;
    throw conflict(
      refusal('refusal.data-directory-in-use'),
      refusal('hint.stop-server-then-run-disco-restore'),
    );
  }
}

function setAsideCurrent(dataDir: string, now: string): string {
  const aside = join(dataDir, `replaced-${now.replace(/[:.]/g, '-')}`);
  mkdirSync(aside, { mode: 0o700 });
  for (const name of [SQLITE_FILE, ...WAL_FILES.map((s) => SQLITE_FILE + s), NODE_KEY_FILE]) {
    if (existsSync(join(dataDir, name))) renameSync(join(dataDir, name), join(aside, name));
  }
  return aside;
}

/** Why a file is no backup, as a code: SQLite's own text is English whatever the reader's language. */
function backupReason(error: unknown): Message {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'SQLITE_NOTADB') return message('backup.reason.not-a-database');
  if (
    code === 'SQLITE_CORRUPT' ||
    (error instanceof Error && error.message.includes('quick_check'))
  )
    return message('backup.reason.damaged');
  return message('backup.reason.other');
}

function unusable(file: string, why: Message): AppError {
  return new AppError(
    422,
    'not-a-backup',
    refusal('refusal.backup-cannot-be-restored', { file, why }),
    refusal('hint.pass-file-made-disco-backup-nothing'),
  );
}
