import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { OUTCOME_STATED } from '../../core/governance/proposal-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { calendarDate, entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { AppError, refusal } from '../errors.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { deadlinesChanged } from './deadline-changes.js';
import { requireProposal } from './proposal-facts.js';

export const stateOutcomeInput = z.strictObject({
  proposalId: entityId,
  statement: z.string().trim().min(1, 'say what was decided').max(10_000),
  /** When to review the decision (a review proposal opens that day); never when left out. */
  reviewDate: calendarDate.nullable().default(null),
});
export type StateOutcomeInput = z.input<typeof stateOutcomeInput>;

/**
 * States what a closed proposal decided, in words, and when to review it: the loop closes. By its
 * author or a facilitator (a steward of its circle, a founder); stating again replaces the
 * statement, every one staying on the ledger.
 *
 * @example await stateOutcome(ctx, ana, { proposalId, statement: 'The care rota starts in March.', reviewDate: '2026-09-01' });
 */
export async function stateOutcome(
  ctx: AppContext,
  actor: Actor | null,
  input: StateOutcomeInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(stateOutcomeInput, input, refusal('refusal.outcome-cannot-be-stated'));
  const proposal = await requireProposal(ctx.store.db, parsed.proposalId);
  ensureAllowed('proposal.outcome', actor, {
    authorId: proposal.authorId,
    ...(proposal.circleId ? { circleId: proposal.circleId } : {}),
  });
  if (proposal.status !== 'closed')
    throw new AppError(
      409,
      'proposal-not-closed',
      refusal('refusal.proposal-not-closed-yet', { status: proposal.status }),
    );
  const today = await discoToday(ctx);
  refuseIf(
    parsed.reviewDate !== null && parsed.reviewDate <= today
      ? [{ field: 'reviewDate', message: `must be after today (${today})` }]
      : [],
    refusal('refusal.review-date-not-in-future'),
  );
  const events = await appendEvents(ctx, [draftOf(ctx, actor, OUTCOME_STATED, parsed)]);
  deadlinesChanged(ctx.store);
  return { events };
}
