import { signCheckpoint, type Checkpoint } from '../../core/ledger/checkpoint.js';
import type { AppContext } from '../context.js';
import { isoNow } from '../clock.js';
import { AppError, refusal } from '../errors.js';
import { readLedgerInfo } from './ledger-info.js';
import { rootAt } from './ledger-proofs.js';
import { StoreConflictError } from '../../store/errors.js';

/**
 * Signs the current tree head on demand; at a size that already has a checkpoint (or gets one
 * while this call signs), returns that one.
 */
export async function makeCheckpoint(ctx: AppContext): Promise<Checkpoint> {
  const info = await readLedgerInfo(ctx);
  if (!info)
    throw new AppError(
      409,
      'no-ledger',
      refusal('refusal.no-such-ledger'),
      refusal('hint.run-disco-init-first'),
    );
  if (!ctx.node || ctx.node.publicKey !== info.nodeKey) {
    throw new AppError(
      409,
      'foreign-ledger',
      refusal('refusal.only-ledger-node-signs-checkpoints'),
    );
  }
  const { size } = await ctx.store.head();
  const existing = await ctx.store.checkpointAt(size);
  if (existing) return existing;
  const checkpoint = signCheckpoint(
    {
      ledgerId: info.ledgerId,
      treeSize: size,
      root: await rootAt(ctx.store, size),
      time: isoNow(ctx.clock),
    },
    ctx.node,
  );
  try {
    await ctx.store.addCheckpoint(checkpoint);
  } catch (e) {
    // Another caller (a peer's proof, the witnessing beat, another server) signed this size
    // first; the store keeps only that one, so it is the one to hand out.
    const kept = e instanceof StoreConflictError ? await ctx.store.checkpointAt(size) : undefined;
    if (kept) return kept;
    throw e;
  }
  return checkpoint;
}
