import { signCheckpoint, type Checkpoint } from '../../core/ledger/checkpoint.js';
import type { AppContext } from '../context.js';
import { isoNow } from '../clock.js';
import { AppError, refusal } from '../errors.js';
import { readLedgerInfo } from './ledger-info.js';
import { rootAt } from './ledger-proofs.js';

/** Signs the current tree head on demand; at a size that already has a checkpoint, returns that one. */
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
  await ctx.store.addCheckpoint(checkpoint);
  return checkpoint;
}
