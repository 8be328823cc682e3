import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { periodSchema } from '../../core/finance/events.js';
import type { AppContext } from '../context.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';

export const periodFilterInput = z.strictObject({ period: periodSchema.optional() });
export type PeriodFilterInput = z.input<typeof periodFilterInput>;

export interface IncomeView {
  id: string;
  source: string;
  amount: string;
  fee: string;
  currency: string;
  date: string;
  projectId: string | null;
  payer: string | null;
  description: string;
  original: { amount: string; currency: string; rate: string } | null;
  seq: number;
}

/**
 * Income received, in ledger order, of one month or of all time.
 *
 * @example await listIncome(ctx, ana, { period: '2026-03' }) // { items: [{ source: 'client', amount: '150000', fee: '250', ... }] }
 */
export async function listIncome(
  ctx: AppContext,
  actor: Actor | null,
  input: PeriodFilterInput,
): Promise<{ items: IncomeView[] }> {
  const parsed = parseInput(periodFilterInput, input, refusal('refusal.income-cannot-be-listed'));
  ensureAllowed('finance.read', actor);
  let query = ctx.store.db.selectFrom('finance_income').selectAll().orderBy('seq');
  if (parsed.period !== undefined) query = query.where('period', '=', parsed.period);
  const rows = await query.execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      source: r.source,
      amount: r.amount,
      fee: r.fee,
      currency: r.currency,
      date: r.date,
      projectId: r.project_id,
      payer: r.payer,
      description: r.description,
      original: r.original === null ? null : (JSON.parse(r.original) as IncomeView['original']),
      seq: Number(r.seq),
    })),
  };
}
