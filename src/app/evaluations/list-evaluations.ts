import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { quarterLabel } from '../../core/evaluations/evaluation-events.js';
import { requireCircle } from '../circles/circle-facts.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';

export const listEvaluationsInput = z.strictObject({
  /** Only this quarter's (`2026-Q3`). */
  quarter: quarterLabel.optional(),
  /** Only this circle's (id or slug). */
  circle: z.string().max(128).optional(),
});
export type ListEvaluationsInput = z.input<typeof listEvaluationsInput>;

export interface EvaluationSummary {
  evaluationId: string;
  quarter: string;
  circleId: string | null;
  circleName: string | null;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  reflections: number;
  decisions: number;
}

/**
 * Evaluations, latest quarter first (the whole DisCO's before its circles' within a quarter).
 *
 * @example await listEvaluations(ctx, bo, { quarter: '2026-Q3' })
 */
export async function listEvaluations(
  ctx: AppContext,
  actor: Actor | null,
  input: ListEvaluationsInput,
): Promise<EvaluationSummary[]> {
  const parsed = parseInput(
    listEvaluationsInput,
    input,
    refusal('refusal.evaluations-cannot-be-listed'),
  );
  ensureAllowed('evaluation.read', actor);
  const db = ctx.store.db;
  let query = db
    .selectFrom('evaluations as e')
    .leftJoin('circles as c', 'c.id', 'e.circle_id')
    .select([
      'e.evaluation_id',
      'e.quarter',
      'e.circle_id',
      'c.name as circle_name',
      'e.status',
      'e.opened_at',
      'e.closed_at',
      'e.decisions',
      (eb) =>
        eb
          .selectFrom('evaluation_reflections as r')
          .select(sql<string>`cast(count(*) as text)`.as('n'))
          .whereRef('r.evaluation_id', '=', 'e.evaluation_id')
          .as('reflections'),
    ])
    .orderBy('e.quarter', 'desc')
    .orderBy('e.scope')
    .limit(200);
  if (parsed.quarter !== undefined) query = query.where('e.quarter', '=', parsed.quarter);
  if (parsed.circle !== undefined)
    query = query.where('e.circle_id', '=', (await requireCircle(db, parsed.circle)).circleId);
  return (await query.execute()).map((r) => ({
    evaluationId: r.evaluation_id,
    quarter: r.quarter,
    circleId: r.circle_id,
    circleName: r.circle_name,
    status: r.status,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
    reflections: Number(r.reflections ?? 0),
    decisions: (JSON.parse(r.decisions) as unknown[]).length,
  }));
}
