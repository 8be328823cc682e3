import { closeSync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';

const BUSY_TIMEOUT_MS = 15_000;

/**
 * Writes a consistent snapshot of a live SQLite database with `VACUUM INTO`: one read
 * transaction, so the snapshot is one moment while a server keeps writing beside it (WAL readers
 * never block the writer, and the copy never restarts however busy the server is). Unlike the
 * online backup API it copies no free pages, so rows deleted before the backup (personal data a
 * member removed) do not travel in it. `destination` must be absent or empty.
 */
export function snapshotSqlite(source: string, destination: string): void {
  const database = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    database.prepare('VACUUM INTO ?').run(destination);
  } finally {
    database.close();
  }
  fsyncFile(destination);
}

/**
 * Turns a finished copy into one self-contained file: the rollback journal instead of WAL (so no
 * `-wal` file is needed beside it), checked page by page with `quick_check`, and `extra` rows
 * written into a `disco_backup` table that only backups have.
 */
export function sealSqliteCopy(file: string, extra: Record<string, string>): void {
  const database = new SqliteDatabase(file, { fileMustExist: true });
  try {
    database.pragma('journal_mode = DELETE');
    const check = database.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy failed SQLite's quick_check: ${String(check)}`);
    database.exec('CREATE TABLE disco_backup (name TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const insert = database.prepare('INSERT INTO disco_backup (name, value) VALUES (?, ?)');
    database.transaction(() => {
      for (const [name, value] of Object.entries(extra)) insert.run(name, value);
    })();
  } finally {
    database.close();
  }
  fsyncFile(file);
}

/**
 * Reads and removes the `disco_backup` table of a backup (or of a copy of one); null when the
 * file is a SQLite database but not a disco-cat backup. Throws when it is not a database at all.
 */
export function takeBackupExtras(file: string): Record<string, string> | null {
  const database = new SqliteDatabase(file, { fileMustExist: true });
  try {
    const check = database.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`SQLite's quick_check failed: ${String(check)}`);
    const table = database
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'disco_backup'")
      .get();
    if (!table) return null;
    const rows = database.prepare('SELECT name, value FROM disco_backup').all() as {
      name: string;
      value: string;
    }[];
    database.exec('DROP TABLE disco_backup');
    return Object.fromEntries(rows.map((row) => [row.name, row.value]));
  } finally {
    database.close();
  }
}

/**
 * Fails (with `SqliteInUse`) while another process has the database open. In WAL mode every open
 * connection keeps a shared lock, so an exclusive lock is refused at once while a server runs: a
 * restore must never replace a file under a running node. Closing this connection, the last one,
 * also folds the WAL back into the main file.
 */
export function assertSqliteUnused(file: string): void {
  const database = new SqliteDatabase(file, { fileMustExist: true });
  try {
    database.pragma('busy_timeout = 200');
    try {
      database.pragma('locking_mode = EXCLUSIVE');
      database.exec('BEGIN EXCLUSIVE');
      database.exec('ROLLBACK');
    } catch (error) {
      throw new SqliteInUse(file, error);
    }
  } finally {
    database.close();
  }
}

export class SqliteInUse extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`${file} is in use by another process`, { cause });
  }
}

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A rename is durable only once its directory is synced. */
export function fsyncDirectoryOf(file: string): void {
  fsyncFile(dirname(file));
}
