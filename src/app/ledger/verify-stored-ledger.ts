import type { LedgerEvent } from '../../core/ledger/event.js';
import { isEarlierFault, type Fault, type VerifyReport } from '../../core/ledger/verify.js';
import type { AppContext } from '../context.js';
import { verifyLedger, type VerifyOptions } from './verify-ledger.js';

/**
 * Verifies the ledger in this node's database: the events, checkpoints, and the data derived
 * from the events that proofs and appends rely on (every stored Merkle node and the chain head).
 * Events appended while it runs are left for the next run.
 */
export async function verifyStoredLedger(
  ctx: AppContext,
  options: Omit<VerifyOptions, 'catalog'> = {},
): Promise<VerifyReport> {
  const head = await ctx.store.head();
  const checkpoints = [];
  for (let after = 0; ;) {
    const page = await ctx.store.checkpoints(after, 1000);
    checkpoints.push(...page);
    if (page.length < 1000) break;
    after = page[page.length - 1]!.treeSize;
  }
  const report = await verifyLedger(
    {
      events: upTo(ctx.store.streamEvents(1, 2000), head.size),
      checkpoints,
      total: head.size,
      promised: { source: 'the chain head', size: head.size, lastHash: head.hash },
      storedNodes: (refs) => ctx.store.nodes(refs),
    },
    { ...options, catalog: ctx.catalog },
  );
  const surplus = await eventsPastTheHead(ctx, head.size);
  return surplus && isEarlierFault(surplus, report.fault)
    ? { ...report, ok: false, fault: surplus }
    : report;
}

async function* upTo(events: AsyncIterable<LedgerEvent>, size: number) {
  for await (const event of events) {
    if (event.seq > size) return;
    yield event;
  }
}

/** Events stored past a chain head that has not moved since: no append would leave them there. */
async function eventsPastTheHead(ctx: AppContext, size: number): Promise<Fault | null> {
  if (!(await ctx.store.event(size + 1))) return null;
  if ((await ctx.store.head()).size !== size) return null;
  return {
    seq: size + 1,
    kind: 'chain-head-mismatch',
    message: `the chain head says ${size} events, but the database holds event ${size + 1}`,
  };
}
