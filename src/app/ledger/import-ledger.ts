import type { AppContext } from '../context.js';
import { AppError, conflict } from '../errors.js';
import { headerPromise, openLedgerFile } from './ledger-file.js';
import { pagesOf } from '../pages.js';
import { verifyLedger } from './verify-ledger.js';
import type { VerifyReport } from '../../core/ledger/verify.js';

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
      `This database already holds a ledger of ${head.size} events; an import needs an empty one.`,
      'Import into a new --data-dir.',
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
      `The file does not verify: ${fault.kind} at ${fault.seq}: ${fault.message}. Nothing was imported.`,
      'Ask for a fresh export, or run `disco ledger verify --file` on it to see the fault.',
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
  return report;
}
