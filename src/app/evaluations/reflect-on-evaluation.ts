import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import {
  EVALUATION_REFLECTED,
  evaluationReflectedPayload,
} from '../../core/evaluations/evaluation-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import type { AppContext } from '../context.js';
import { conflict, refusal } from '../errors.js';
import { newId } from '../ids.js';
import { appendEvents } from '../ledger/append-events.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { requireEvaluation } from './evaluation-facts.js';
import { ensureStillOpen } from './close-evaluation.js';

export const reflectInput = z.strictObject({
  evaluationId: entityId,
  text: evaluationReflectedPayload.shape.text,
});
export type ReflectInput = z.input<typeof reflectInput>;

/**
 * A member adds a reflection to an open evaluation: any member for the whole DisCO's, the circle's
 * members (and stewards, founders) for a circle's. After it closed: 409, nothing recorded.
 *
 * @example await reflectOnEvaluation(ctx, ana, { evaluationId, text: 'Care fell on two of us.' })
 */
export async function reflectOnEvaluation(
  ctx: AppContext,
  actor: Actor | null,
  input: ReflectInput,
): Promise<{ reflectionId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(reflectInput, input, refusal('refusal.reflection-cannot-be-recorded'));
  const evaluation = await requireEvaluation(ctx.store.db, parsed.evaluationId);
  ensureAllowed(
    'evaluation.reflect',
    actor,
    evaluation.circleId ? { circleId: evaluation.circleId } : {},
  );
  if (evaluation.status === 'closed')
    throw conflict(
      refusal('refusal.evaluation-closed', { quarter: evaluation.quarter }),
      refusal('hint.reflect-in-next-evaluation'),
    );
  const reflectionId = newId(ctx);
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, EVALUATION_REFLECTED, {
        evaluationId: evaluation.evaluationId,
        reflectionId,
        text: parsed.text,
      }),
    ],
    { guard: (trx) => ensureStillOpen(trx, evaluation.evaluationId, evaluation.quarter) },
  );
  return { reflectionId, events };
}
