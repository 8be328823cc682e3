import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { notFound, refusal } from '../errors.js';

export interface EvaluationRow {
  evaluationId: string;
  quarter: string;
  circleId: string | null;
  status: 'open' | 'closed';
  factsHash: string;
}

/**
 * The evaluation by id, or a 404 naming it.
 *
 * @example const evaluation = await requireEvaluation(ctx.store.db, evaluationId);
 */
export async function requireEvaluation(
  db: Kysely<Database>,
  evaluationId: string,
): Promise<EvaluationRow> {
  const row = await db
    .selectFrom('evaluations')
    .select(['evaluation_id', 'quarter', 'circle_id', 'status', 'facts_hash'])
    .where('evaluation_id', '=', evaluationId)
    .executeTakeFirst();
  if (!row)
    throw notFound(
      refusal('refusal.no-evaluation-id', { evaluationId }),
      refusal('hint.list-evaluations'),
    );
  return {
    evaluationId: row.evaluation_id,
    quarter: row.quarter,
    circleId: row.circle_id,
    status: row.status,
    factsHash: row.facts_hash,
  };
}
