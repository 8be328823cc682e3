import type { VerifyReport } from '../../core/ledger/verify.js';
import type { AppContext } from '../context.js';
import { verifyLedger, type VerifyOptions } from './verify-ledger.js';

/** Verifies the ledger in this node's database, checkpoints included. */
export async function verifyStoredLedger(
  ctx: AppContext,
  options: Omit<VerifyOptions, 'catalog'> = {},
): Promise<VerifyReport> {
  const { size } = await ctx.store.head();
  const checkpoints = [];
  for (let after = 0; ;) {
    const page = await ctx.store.checkpoints(after, 1000);
    checkpoints.push(...page);
    if (page.length < 1000) break;
    after = page[page.length - 1]!.treeSize;
  }
  return verifyLedger(
    { events: ctx.store.streamEvents(1, 2000), checkpoints, total: size },
    { ...options, catalog: ctx.catalog },
  );
}
