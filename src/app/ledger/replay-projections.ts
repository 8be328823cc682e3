import type { AppContext } from '../context.js';

/** Rebuilds every read model from the ledger alone; the ledger itself is not touched. */
export async function replayProjections(
  ctx: AppContext,
  onProgress?: (done: number, total: number) => void,
): Promise<{ events: number }> {
  const { size } = await ctx.store.head();
  await ctx.store.replay(onProgress);
  return { events: size };
}
