import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { AppContext } from '../context.js';
import { isoNow } from '../clock.js';
import { AppError } from '../errors.js';
import { readLedgerInfo } from './ledger-info.js';
import { EXPORT_FORMAT, type ExportHeader } from './ledger-file.js';

/**
 * Writes the whole ledger as a portable file (see ledger-file.ts) that any node or auditor can
 * verify offline. Streams, so a large ledger never sits in memory.
 */
export async function exportLedger(
  ctx: AppContext,
  out: Writable,
  onProgress?: (done: number, total: number) => void,
): Promise<ExportHeader> {
  const info = await readLedgerInfo(ctx);
  if (!info)
    throw new AppError(
      409,
      'no-ledger',
      'There is no ledger to export.',
      'Run `disco init` first.',
    );
  const { size } = await ctx.store.head();
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    ledgerId: info.ledgerId,
    nodeKey: info.nodeKey,
    size,
    exportedAt: isoNow(ctx.clock),
  };
  const write = async (value: unknown): Promise<void> => {
    if (!out.write(JSON.stringify(value) + '\n')) await once(out, 'drain');
  };
  await write(header);
  for (let after = 0; ;) {
    const page = await ctx.store.checkpoints(after, 1000);
    for (const checkpoint of page) if (checkpoint.treeSize <= size) await write({ checkpoint });
    if (page.length < 1000) break;
    after = page[page.length - 1]!.treeSize;
  }
  for await (const event of ctx.store.streamEvents(1, 1000)) {
    if (event.seq > size) break;
    await write({ event });
    if (event.seq % 1000 === 0) onProgress?.(event.seq, size);
  }
  return header;
}
