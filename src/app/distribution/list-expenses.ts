import { refusal } from '../errors.js';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { periodFilterInput, type PeriodFilterInput } from './list-income.js';

export interface ExpenseView {
  id: string;
  amount: string;
  currency: string;
  date: string;
  payee: string;
  reason: string;
  /** The passed proposal that decided it, when one did. */
  proposalId: string | null;
  seq: number;
}

/**
 * Expenses, in ledger order, of one month or of all time.
 *
 * @example await listExpenses(ctx, ana, { period: '2026-03' }) // { items: [{ payee: 'Hosting Coop', amount: '4500', ... }] }
 */
export async function listExpenses(
  ctx: AppContext,
  actor: Actor | null,
  input: PeriodFilterInput,
): Promise<{ items: ExpenseView[] }> {
  const parsed = parseInput(periodFilterInput, input, refusal('refusal.expenses-cannot-be-listed'));
  ensureAllowed('finance.read', actor);
  let query = ctx.store.db.selectFrom('finance_expenses').selectAll().orderBy('seq');
  if (parsed.period !== undefined) query = query.where('period', '=', parsed.period);
  const rows = await query.execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      amount: r.amount,
      currency: r.currency,
      date: r.date,
      payee: r.payee,
      reason: r.reason,
      proposalId: r.proposal_id,
      seq: Number(r.seq),
    })),
  };
}
