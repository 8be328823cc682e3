import { emptyRoot } from '../../core/ledger/merkle.js';
import {
  formatVerifierKey,
  NoteFormatError,
  parseVerifierKey,
  SIGNATURE_TYPE_ED25519,
} from '../../core/ledger/signed-note.js';
import { sha256 } from '../../core/ledger/hash.js';
import type { AppContext } from '../context.js';
import { isoNow } from '../clock.js';
import { AppError, invalid, notFound, refusal } from '../errors.js';

/*
 * The witness's own list of logs: which origins it cosigns and under which log key. Operator
 * business of the witness, like its key: set by `disco witness trust`, not by any log.
 */

export interface WitnessedLogView {
  origin: string;
  logKey: string;
  size: number;
  updatedAt: string;
}

/** Starts following a log, named by its vkey (the key name is the log's origin). */
export async function trustLog(ctx: AppContext, logKey: string): Promise<WitnessedLogView> {
  let key;
  try {
    key = parseVerifierKey(logKey);
  } catch (error) {
    if (error instanceof NoteFormatError) {
      throw invalid(refusal('refusal.log-key-not-verifier-key'), [
        { field: 'logKey', message: error.message },
      ]);
    }
    throw error;
  }
  if (key.type !== SIGNATURE_TYPE_ED25519) {
    throw invalid(refusal('refusal.log-key-not-ed25519'), [
      { field: 'logKey', message: 'a log signs its checkpoints with type 0x01' },
    ]);
  }
  const existing = await ctx.store.db
    .selectFrom('witnessed_logs')
    .select('log_key')
    .where('origin', '=', key.keyName)
    .executeTakeFirst();
  if (existing && existing.log_key !== formatVerifierKey(key)) {
    throw new AppError(
      409,
      'log-key-differs',
      refusal('refusal.witness-key-changed', { keyName: key.keyName }),
      refusal('hint.log-keeps-key-if-truly-changed'),
    );
  }
  const now = isoNow(ctx.clock);
  if (!existing) {
    await ctx.store.db
      .insertInto('witnessed_logs')
      .values({
        origin: key.keyName,
        origin_hash: sha256(Buffer.from(key.keyName, 'utf8')).toString('hex'),
        log_key: formatVerifierKey(key),
        size: 0,
        root: emptyRoot().toString('hex'),
        checkpoint: null,
        updated_at: now,
      })
      .execute();
  }
  return (await listWitnessedLogs(ctx)).find((log) => log.origin === key.keyName)!;
}

export async function untrustLog(ctx: AppContext, origin: string): Promise<void> {
  const result = await ctx.store.db
    .deleteFrom('witnessed_logs')
    .where('origin', '=', origin)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0)
    throw notFound(refusal('refusal.witness-does-not-follow-origin', { origin }));
}

export async function listWitnessedLogs(ctx: AppContext): Promise<WitnessedLogView[]> {
  const rows = await ctx.store.db
    .selectFrom('witnessed_logs')
    .select(['origin', 'log_key', 'size', 'updated_at'])
    .orderBy('origin')
    .execute();
  return rows.map((r) => ({
    origin: r.origin,
    logKey: r.log_key,
    size: r.size,
    updatedAt: r.updated_at,
  }));
}

/**
 * The latest checkpoint this witness cosigned for the log whose origin hashes (SHA-256, hex) to
 * `originHash`, with the log's signature and the cosignature: tlog-witness's monitoring read.
 */
export async function witnessedCheckpoint(
  ctx: AppContext,
  originHash: string,
): Promise<string | null> {
  const row = await ctx.store.db
    .selectFrom('witnessed_logs')
    .select('checkpoint')
    .where('origin_hash', '=', originHash)
    .executeTakeFirst();
  return row?.checkpoint ?? null;
}
