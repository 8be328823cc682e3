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
      pages: pagesUpTo(ctx, head.size),
      checkpoints,
      total: head.size,
      promised: { source: 'the chain head', size: head.size, lastHash: head.hash },
      storedNodes: (level, from, to) => ctx.store.nodesOnLevel(level, from, to),
    },
    { ...options, catalog: ctx.catalog },
  );
  const surplus = await eventsPastTheHead(ctx, head.size);
  return surplus && isEarlierFault(surplus, report.fault)
    ? { ...report, ok: false, fault: surplus }
    : report;
}

/** Rows are read a page at a time; a larger page is fewer queries and awaits per event. */
const PAGE = 5000;

/**
 * The events up to the head, a page at a time, each page read while the one before is verified
 * (on PostgreSQL the query's round trip overlaps the hashing; SQLite answers at once anyway).
 */
async function* pagesUpTo(ctx: AppContext, size: number): AsyncGenerator<LedgerEvent[]> {
  const read = (after: number) =>
    after < size ? ctx.store.events(after, Math.min(PAGE, size - after)) : null;
  let next = read(0);
  try {
    while (next) {
      const page = await next;
      if (page.length === 0) return;
      next = read(page[page.length - 1]!.seq);
      yield page;
    }
  } finally {
    // Verification stopped at a fault: the page read ahead is not wanted, nor its failure.
    next?.catch(() => undefined);
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
