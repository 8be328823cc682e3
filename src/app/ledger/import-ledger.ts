import type { AppContext } from '../context.js';
import { AppError, conflict, refusal } from '../errors.js';
import { runStateText, storedTextHash, type AnyRunState } from '../../core/finance/run-state.js';
import { repairRunState, storeChunks, storeRunState } from '../distribution/repair-run-state.js';
import { latestStart } from '../distribution/run-start.js';
import { headerPromise, openLedgerFile, type LedgerFile } from './ledger-file.js';
import { pagesOf } from '../pages.js';
import { verifyLedger } from './verify-ledger.js';
import { faultSaid, type VerifyReport } from '../../core/ledger/verify.js';

/**
 * The run states of the export's own section, each kept only if it hashes to what its run's event
 * recorded; when the latest run's state is not among them (an export made before run states, or
 * one edited), it is recomputed from event 1, so the imported ledger closes its next month
 * incrementally too.
 */
async function loadRunStates(ctx: AppContext, file: LedgerFile): Promise<void> {
  // Chunks are stored under the hash of their own text: one edited in the file hashes elsewhere,
  // and the state naming it then fails its check when a close reads it.
  let chunks = new Map<string, string>();
  for await (const exported of file.runStateChunks()) {
    // Chunks of claims and buckets of dormant work alike: stored by the hash of their text.
    const text = runStateText(exported.chunk as unknown as AnyRunState);
    chunks.set(storedTextHash(text), text);
    if (chunks.size >= 500) {
      await storeChunks(ctx.store.db, chunks);
      chunks = new Map();
    }
  }
  await storeChunks(ctx.store.db, chunks);
  for await (const exported of file.runStates()) {
    try {
      await storeRunState(ctx, exported);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  const latest = await latestStart(ctx);
  if (!latest) return;
  const stored = await ctx.store.db
    .selectFrom('distribution_run_states')
    .select('run_id')
    .where('run_id', '=', latest.runId)
    .executeTakeFirst();
  if (!stored) await repairRunState(ctx, latest.runId);
}

/**
 * Loads a ledger export into an empty database: verifies all of it first, then writes it in one
 * transaction, so a corrupt or foreign file leaves the database as it was.
 */
export async function importLedger(
  ctx: AppContext,
  path: string,
  options: {
    nodeKey?: string;
    onProgress?: (phase: 'verify' | 'write', done: number, total: number) => void;
  } = {},
): Promise<VerifyReport> {
  const head = await ctx.store.head();
  if (head.size > 0) {
    throw conflict(
      refusal('refusal.import-needs-empty-database', { size: head.size }),
      refusal('hint.import-into-new-data-dir'),
    );
  }
  const file = await openLedgerFile(path);
  const report = await verifyLedger(
    {
      events: file.events(),
      checkpoints: file.checkpoints,
      total: file.header.size,
      promised: headerPromise(file.header),
    },
    {
      catalog: ctx.catalog,
      ...(options.nodeKey ? { nodeKey: options.nodeKey } : {}),
      onProgress: (done, total) => options.onProgress?.('verify', done, total),
    },
  );
  if (!report.ok) {
    const fault = report.fault!;
    throw new AppError(
      422,
      'ledger-invalid',
      refusal('refusal.ledger-file-does-not-verify', {
        seq: fault.seq,
        reason: faultSaid(fault),
      }),
      refusal('hint.ask-fresh-export-run-disco-ledger'),
    );
  }
  let written = 0;
  async function* counted() {
    for await (const page of pagesOf(file.events(), 1000)) {
      written += page.length;
      options.onProgress?.('write', written, report.size);
      yield page;
    }
  }
  await ctx.store.importLedger(counted(), file.checkpoints);
  await loadRunStates(ctx, file);
  return report;
}
