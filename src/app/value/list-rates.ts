import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';

export interface RateView {
  stream: string;
  taskKind: string;
  per: string;
  /** Minor units per `per`, as digits. */
  amount: string;
  effectiveFrom: string;
  setBy: string | null;
}

/**
 * Every rate ever set, in ledger order: a rate is replaced by a later effective date, never erased.
 *
 * @example const rates = await listRates(ctx, actor);
 */
export async function listRates(ctx: AppContext, actor: Actor | null): Promise<RateView[]> {
  ensureAllowed('value.rate.list', actor);
  const rows = await ctx.store.db.selectFrom('value_rates').selectAll().orderBy('seq').execute();
  return rows.map((r) => ({
    stream: r.stream,
    taskKind: r.task_kind,
    per: r.per,
    amount: r.amount,
    effectiveFrom: r.effective_from,
    setBy: r.set_by,
  }));
}
