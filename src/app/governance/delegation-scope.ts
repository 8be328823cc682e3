import { z } from 'zod';
import { proposalKind, type ProposalKind } from '../../core/governance/vocabulary.js';
import { requireCircle } from '../circles/circle-facts.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';

/** Where a delegation applies, as people give it: a circle (id or slug), a topic (a proposal kind), or neither for everything. */
export const delegationScopeInput = {
  circle: z.string().min(1).max(100).optional(),
  topic: proposalKind.optional(),
};

/**
 * The scope as the ledger records it: the circle by id. One scope per delegation, so a circle and
 * a topic together are refused.
 *
 * @example await scopeOf(ctx, { circle: 'care' }) // { circleId: '0190…', topic: null }
 */
export async function scopeOf(
  ctx: AppContext,
  input: { circle?: string | undefined; topic?: ProposalKind | undefined },
): Promise<{ circleId: string | null; topic: ProposalKind | null }> {
  if (input.circle !== undefined && input.topic !== undefined) {
    throw invalid(refusal('refusal.delegation-circle-or-topic'), [
      { field: 'topic', message: 'leave out the topic, or the circle' },
    ]);
  }
  const circleId =
    input.circle === undefined ? null : (await requireCircle(ctx.store.db, input.circle)).circleId;
  return { circleId, topic: input.topic ?? null };
}
