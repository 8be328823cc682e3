import type { MiddlewareHandler } from 'hono';
import { invalid, refusal } from '../app/errors.js';
import { withRouting, type RoutedStore, type RequestRouting } from '../store/read-routing.js';
import type { HttpEnv } from './env.js';

/** On every write that appended events: the seq of the last one. */
export const SEQ_HEADER = 'Disco-Seq';
/** From the client: the last seq it wrote; the answer must reflect at least that much ledger. */
export const MIN_SEQ_HEADER = 'Disco-Min-Seq';
/** On reads a replica could serve: `replica` or `primary`, whichever answered. */
export const READ_FROM_HEADER = 'Disco-Read-From';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The read-only routes a replica may serve: the dashboard, the lists, the ledger and its proofs.
 * Each reads projections or the ledger and writes nothing, not even an off-ledger row (a hot
 * standby refuses every write). Sign-in, sessions, tokens, notifications and the export stay on
 * the primary.
 */
const REPLICA_ROUTES: readonly RegExp[] = [
  /^\/api\/dashboard$/,
  /^\/api\/ledger\/(events(\/\d+)?|checkpoints(\/latest)?|consistency)$/,
  /^\/api\/members(\/[^/]+(\/profile)?)?$/,
  /^\/api\/contributions(\/[^/]+)?$/,
  /^\/api\/proposals(\/[^/]+(\/comments)?)?$/,
  /^\/api\/circles(\/[^/]+)?$/,
  /^\/api\/distribution\/(flows|runs(\/[^/]+)?)$/,
  /^\/api\/(balances|constituencies|delegations|commons|projects|leaves|rates|care-indicators|duties|books|income|expenses)$/,
  /^\/api\/(cat|governance)\/parameters$/,
];

/** Whether a request is one the replica may answer (given a fresh enough replica). */
export function replicaMayServe(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && REPLICA_ROUTES.some((r) => r.test(path));
}

function minSeqOf(value: string | undefined): number {
  if (value === undefined) return 0;
  const seq = Number(value);
  if (!/^\d{1,15}$/.test(value.trim()) || !Number.isSafeInteger(seq)) {
    throw invalid(
      refusal('refusal.min-seq-header', { header: MIN_SEQ_HEADER, value: value.slice(0, 40) }),
      [{ field: `header.${MIN_SEQ_HEADER}`, message: 'must be a whole number' }],
      refusal('hint.send-seq-header-value-your-last', { SEQ_HEADER }),
    );
  }
  return seq;
}

/**
 * Read-your-writes across a primary and its streaming replica (docs/operations.md). A write runs
 * on the primary and answers `Disco-Seq` with the last seq it appended. A read-only route is
 * served by the replica only when the replica's replayed chain head is at or past the client's
 * `Disco-Min-Seq`; otherwise, or when the replica cannot be reached, the primary answers. The
 * chain head and the projections of an event are committed in one transaction, so a replica whose
 * head is at seq N shows every projection of events 1..N.
 *
 * @example app.use('/api/*', readYourWrites(routedStore(ctx.store)))
 */
export function readYourWrites(store: RoutedStore): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    if (WRITE_METHODS.has(c.req.method)) {
      const scope: RequestRouting = { fromReplica: false, wrote: 0 };
      await withRouting(scope, next);
      if (scope.wrote > 0) c.res.headers.set(SEQ_HEADER, String(scope.wrote));
      return;
    }
    const replica = store.replica;
    if (!replica || !replicaMayServe(c.req.method, c.req.path)) return next();
    const minSeq = minSeqOf(c.req.header(MIN_SEQ_HEADER));
    let fresh = false;
    try {
      fresh = (await replica.head()).size >= minSeq;
    } catch (error) {
      // A replica that is down or restarting must not take the reads down with it.
      c.var.log?.warn({ err: error }, 'read replica unavailable; the primary answers');
    }
    await withRouting({ fromReplica: fresh, wrote: 0 }, next);
    c.res.headers.set(READ_FROM_HEADER, fresh ? 'replica' : 'primary');
  };
}
