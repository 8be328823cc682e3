import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';

export interface RunSummary {
  id: string;
  period: string;
  closed: true;
  algorithm: string;
  parametersVersion: number;
  ledgerSeq: number;
  seq: number;
  currency: string;
  income: string;
  paid: string;
  retained: string;
  committedAt: string;
}

/**
 * Every committed run, latest month first.
 *
 * @example await listRuns(ctx, ana) // { items: [{ id, period: '2026-03', paid: '412000', ... }] }
 */
export async function listRuns(
  ctx: AppContext,
  actor: Actor | null,
): Promise<{ items: RunSummary[] }> {
  ensureAllowed('finance.read', actor);
  const rows = await ctx.store.db
    .selectFrom('distribution_runs')
    .selectAll()
    .orderBy('period', 'desc')
    .execute();
  return {
    items: rows.map((r) => {
      const outputs = JSON.parse(r.outputs) as { totalPaid: string; retained: { amount: string } };
      const inputs = JSON.parse(r.inputs) as { income: string };
      return {
        id: r.id,
        period: r.period,
        closed: true as const,
        algorithm: r.algorithm,
        parametersVersion: r.parameters_version,
        ledgerSeq: Number(r.ledger_seq),
        seq: Number(r.seq),
        currency: r.currency,
        income: inputs.income,
        paid: outputs.totalPaid,
        retained: outputs.retained.amount,
        committedAt: r.committed_at,
      };
    }),
  };
}
