import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { isChunked, STATE_FORMAT, type AnyRunState } from '../../core/finance/run-state.js';
import type { AppContext } from '../context.js';
import { isoNow } from '../clock.js';
import { AppError, refusal } from '../errors.js';
import { readLedgerInfo } from './ledger-info.js';
import { EXPORT_FORMAT, type ExportCosignatures, type ExportHeader } from './ledger-file.js';

/**
 * Writes the whole ledger as a portable file (see ledger-file.ts) that any node or auditor can
 * verify offline, with the run states after the events. Streams, so a large ledger never sits in
 * memory.
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
      refusal('refusal.no-such-ledger-export'),
      refusal('hint.run-disco-init-first'),
    );
  const { size } = await ctx.store.head();
  await ensureEventsAreAllThere(ctx, size);
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
  let latest = 0;
  for (let after = 0; ;) {
    const page = await ctx.store.checkpoints(after, 1000);
    for (const checkpoint of page)
      if (checkpoint.treeSize <= size) {
        await write({ checkpoint });
        latest = checkpoint.treeSize;
      }
    if (page.length < 1000) break;
    after = page[page.length - 1]!.treeSize;
  }
  const cosignatures = await cosignaturesOf(ctx, latest);
  if (cosignatures) await write({ cosignatures });
  let expected = 1;
  for await (const event of ctx.store.streamEvents(1, 1000)) {
    if (event.seq > size) break;
    if (event.seq !== expected) throw missingEvent(expected, size);
    expected += 1;
    await write({ event });
    if (event.seq % 1000 === 0) onProgress?.(event.seq, size);
  }
  // Deleted meanwhile: the caller must discard what was written (the CLI's partial file).
  if (expected !== size + 1) throw missingEvent(expected, size);
  const states = await ctx.store.db
    .selectFrom('distribution_run_states')
    .selectAll()
    .where('ledger_seq', '<', size)
    .orderBy('ledger_seq')
    .execute();
  const chunks = new Set<string>();
  for (const row of states) {
    const state = JSON.parse(row.state) as AnyRunState;
    if (isChunked(state))
      for (const c of state.carried) for (const r of c.chunks) chunks.add(r.hash);
    if (state.format === STATE_FORMAT) for (const r of state.dormant) chunks.add(r.hash);
    await write({ runState: { runId: row.run_id, hash: row.hash, state } });
  }
  // Each chunk once, however many states name it.
  const hashes = [...chunks];
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await ctx.store.db
      .selectFrom('distribution_run_state_chunks')
      .selectAll()
      .where('hash', 'in', hashes.slice(i, i + 500))
      .execute();
    for (const row of rows)
      await write({ runStateChunk: { hash: row.hash, chunk: JSON.parse(row.chunk) as unknown } });
  }
  return header;
}

/** The witnesses' cosignatures of the checkpoint at `treeSize`, with the note's origin; null when none. */
async function cosignaturesOf(
  ctx: AppContext,
  treeSize: number,
): Promise<ExportCosignatures | null> {
  if (treeSize === 0) return null;
  const rows = await ctx.store.db
    .selectFrom('checkpoint_cosignatures')
    .select('line')
    .where('tree_size', '=', treeSize)
    .orderBy('witness_key')
    .execute();
  if (rows.length === 0) return null;
  const origin = await ctx.store.db
    .selectFrom('ledger_origin')
    .select('origin')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!origin) return null;
  return { origin: origin.origin, treeSize, lines: rows.map((r) => r.line) };
}

function missingEvent(seq: number, size: number): AppError {
  return new AppError(
    409,
    'ledger-damaged',
    refusal('refusal.ledger-event-missing', { size, seq }),
    refusal('hint.run-disco-ledger-verify-see-what'),
  );
}

/**
 * The header's size comes from the chain head; before promising it, make sure the events are
 * there (one count, and a scan for the first missing one only when the count falls short).
 */
async function ensureEventsAreAllThere(ctx: AppContext, size: number): Promise<void> {
  const count = await ctx.store.count();
  if (count >= size && (size === 0 || (await ctx.store.event(size)))) return;
  let expected = 1;
  for await (const event of ctx.store.streamEvents(1, 1000)) {
    if (event.seq !== expected) break;
    expected += 1;
  }
  throw missingEvent(expected, size);
}
