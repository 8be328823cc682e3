import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import {
  EVALUATION_CLOSED,
  evaluationClosedPayload,
} from '../../core/evaluations/evaluation-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { AppError, conflict, refusal } from '../errors.js';
import { appendEvents } from '../ledger/append-events.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { requireEvaluation } from './evaluation-facts.js';

export const closeEvaluationInput = z.strictObject({
  evaluationId: entityId,
  summary: evaluationClosedPayload.shape.summary,
  /** Proposals opened from the evaluation (`review` of a decision, `duty-adjustment`). */
  decisions: evaluationClosedPayload.shape.decisions.default([]),
});
export type CloseEvaluationInput = z.input<typeof closeEvaluationInput>;

/**
 * 409 when the evaluation closed meanwhile; inside the append's transaction.
 *
 * @example await appendEvents(ctx, drafts, { guard: (db) => ensureStillOpen(db, id, '2026-Q3') })
 */
export async function ensureStillOpen(
  db: Kysely<Database>,
  evaluationId: string,
  quarter: string,
): Promise<void> {
  const row = await db
    .selectFrom('evaluations')
    .select('status')
    .where('evaluation_id', '=', evaluationId)
    .executeTakeFirst();
  if (row?.status !== 'open')
    throw conflict(
      refusal('refusal.evaluation-closed', { quarter }),
      refusal('hint.reflect-in-next-evaluation'),
    );
}

/**
 * Closes an open evaluation with its summary and the proposals it led to, which must exist (open
 * them first through the usual proposal flow: a review of a decision, or duties changed by a
 * value-settings proposal). Its stewards or founders close it; once closed it takes no more
 * reflections.
 *
 * @example await closeEvaluation(ctx, founder, { evaluationId, summary: 'Share care better.', decisions: [{ kind: 'duty-adjustment', proposalId }] })
 */
export async function closeEvaluation(
  ctx: AppContext,
  actor: Actor | null,
  input: CloseEvaluationInput,
): Promise<{ events: LedgerEvent[] }> {
  const message = refusal('refusal.evaluation-cannot-be-closed');
  const parsed = parseInput(closeEvaluationInput, input, message);
  const db = ctx.store.db;
  const evaluation = await requireEvaluation(db, parsed.evaluationId);
  ensureAllowed(
    'evaluation.manage',
    actor,
    evaluation.circleId ? { circleId: evaluation.circleId } : {},
  );
  if (evaluation.status === 'closed')
    throw conflict(refusal('refusal.evaluation-closed', { quarter: evaluation.quarter }));
  const ids = parsed.decisions.map((d) => d.proposalId);
  const known = new Set(
    ids.length === 0
      ? []
      : (await db.selectFrom('proposals').select('id').where('id', 'in', ids).execute()).map(
          (p) => p.id,
        ),
  );
  const missing = parsed.decisions.flatMap((d, i) =>
    known.has(d.proposalId)
      ? []
      : [{ field: `decisions.${i}.proposalId`, message: `there is no proposal ${d.proposalId}` }],
  );
  if (missing.length > 0)
    throw new AppError(422, 'refused', message, refusal('hint.open-proposal-first'), missing);
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, EVALUATION_CLOSED, {
        evaluationId: evaluation.evaluationId,
        summary: parsed.summary,
        decisions: parsed.decisions,
      }),
    ],
    { guard: (trx) => ensureStillOpen(trx, evaluation.evaluationId, evaluation.quarter) },
  );
  return { events };
}
