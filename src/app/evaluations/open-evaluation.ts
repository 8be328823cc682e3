import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import {
  evaluationFacts,
  factsHash,
  quarterEnded,
  quarterNamed,
} from '../../core/evaluations/evaluation-facts.js';
import { canonicalString } from '../../core/ledger/canonical.js';
import { EVALUATION_OPENED, quarterLabel } from '../../core/evaluations/evaluation-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { requireCircle } from '../circles/circle-facts.js';
import type { AppContext } from '../context.js';
import { AppError, conflict, refusal } from '../errors.js';
import { newId } from '../ids.js';
import { appendEvents } from '../ledger/append-events.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { evaluationInputs } from './evaluation-inputs.js';

export const openEvaluationInput = z.strictObject({
  /** The quarter, `2026-Q3`; it must have ended. */
  quarter: quarterLabel,
  /** Circle id or slug; leave it out to evaluate the whole DisCO. */
  circle: z.string().max(128).optional(),
});
export type OpenEvaluationInput = z.input<typeof openEvaluationInput>;

/**
 * Opens a quarter's evaluation for the whole DisCO (founders) or a circle (its stewards, or
 * founders), once the quarter has ended and if none was opened for that quarter and scope. Its
 * facts are read now, kept beside the ledger, and their hash recorded in `evaluation.opened`.
 *
 * @example await openEvaluation(ctx, founder, { quarter: '2026-Q3' })
 */
export async function openEvaluation(
  ctx: AppContext,
  actor: Actor | null,
  input: OpenEvaluationInput,
): Promise<{ evaluationId: string; factsHash: string; events: LedgerEvent[] }> {
  const message = refusal('refusal.evaluation-cannot-be-opened');
  const parsed = parseInput(openEvaluationInput, input, message);
  const db = ctx.store.db;
  const circle = parsed.circle === undefined ? null : await requireCircle(db, parsed.circle);
  ensureAllowed('evaluation.manage', actor, circle ? { circleId: circle.circleId } : {});
  const quarter = quarterNamed(parsed.quarter)!;
  const today = await discoToday(ctx);
  if (!quarterEnded(quarter, today))
    throw new AppError(422, 'refused', message, refusal('hint.evaluate-after-quarter-ends'), [
      {
        field: 'quarter',
        message: `${quarter.label} ends on ${quarter.end}; evaluate it from the day after`,
      },
    ]);
  const scope = circle?.circleId ?? '';
  const already = () =>
    conflict(
      refusal('refusal.evaluation-already-exists', { quarter: quarter.label }),
      refusal('hint.list-evaluations'),
    );
  const existing = () =>
    db
      .selectFrom('evaluations')
      .select('evaluation_id')
      .where('quarter', '=', quarter.label)
      .where('scope', '=', scope)
      .executeTakeFirst();
  if (await existing()) throw already();
  const facts = evaluationFacts(
    await evaluationInputs(db, ctx.store.dialect, quarter, circle?.circleId ?? null),
  );
  const hash = factsHash(facts);
  const evaluationId = newId(ctx);
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, EVALUATION_OPENED, {
        evaluationId,
        quarter: quarter.label,
        circleId: circle?.circleId ?? null,
        factsHash: hash,
      }),
    ],
    {
      // Two stewards opening at once: one evaluation; the facts are kept in the same transaction.
      guard: async (trx) => {
        const again = await trx
          .selectFrom('evaluations')
          .select('evaluation_id')
          .where('quarter', '=', quarter.label)
          .where('scope', '=', scope)
          .executeTakeFirst();
        if (again) throw already();
        await trx
          .insertInto('evaluation_facts')
          .values({ evaluation_id: evaluationId, facts: canonicalString(facts) })
          .execute();
      },
    },
  );
  return { evaluationId, factsHash: hash, events };
}
