import type { Actor } from '../../core/access/actor.js';
import type { ParameterDecision } from '../../core/finance/events.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed } from '../use-case-steps.js';

export interface ParamVersionView {
  version: number;
  algorithm: 'value-equation@1';
  effectiveFrom: string;
  effectiveTo: string | null;
  document: Record<string, unknown>;
  decidedBy: ParameterDecision;
  seq: number;
}

/**
 * Every CAT parameter version, oldest first, and the one in force today (null before the first).
 *
 * @example await showCatParameters(ctx, ana) // { current: { version: 2, decidedBy: { kind: 'proposal', proposalId }, ... }, history: [...] }
 */
export async function showCatParameters(
  ctx: AppContext,
  actor: Actor | null,
): Promise<{ current: ParamVersionView | null; history: ParamVersionView[] }> {
  ensureAllowed('finance.read', actor);
  const rows = await ctx.store.db
    .selectFrom('cat_parameter_versions')
    .selectAll()
    .orderBy('version')
    .execute();
  const history = rows.map((r) => ({
    version: r.version,
    algorithm: 'value-equation@1' as const,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    document: JSON.parse(r.document) as Record<string, unknown>,
    decidedBy: JSON.parse(r.decided_by) as ParameterDecision,
    seq: Number(r.seq),
  }));
  const today = await discoToday(ctx);
  const current =
    history.find(
      (v) => v.effectiveFrom <= today && (v.effectiveTo === null || today <= v.effectiveTo),
    ) ?? null;
  return { current, history };
}
