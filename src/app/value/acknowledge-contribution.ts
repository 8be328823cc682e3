import { refusal } from '../errors.js';
import type { Message } from '../../core/messages/codes.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { transition, VALUE_EVENT, type ValidationAction } from '../../core/value/index.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { requireContribution, stillMoves } from './value-facts.js';

export const contributionRefInput = z.strictObject({ contributionId: z.string().min(1).max(128) });
export type ContributionRefInput = z.input<typeof contributionRefInput>;

export const disputeInput = contributionRefInput.extend({
  reason: z.string().trim().min(1, 'a dispute needs a reason').max(2000),
});
export type DisputeInput = z.input<typeof disputeInput>;

/** The three moves another member makes on a contribution, all checked by core's state machine. */
type Move = { kind: 'acknowledge' } | { kind: 'dispute'; reason: string } | { kind: 'withdraw' };

async function moveContribution(
  ctx: AppContext,
  actor: Actor | null,
  contributionId: string,
  move: Move,
  said: Message,
): Promise<{ events: LedgerEvent[] }> {
  ensureAllowed('value.contribution.validate', actor);
  const by = actor!.memberId;
  const { row, validation } = await requireContribution(ctx.store.db, contributionId);
  // Frozen in the event so that a later rotation of stewards never rewrites whether this one counted.
  const stewardOfCircle =
    row.circle_id !== null && actor!.circles.some((c) => c.id === row.circle_id && c.steward);
  const action: ValidationAction =
    move.kind === 'acknowledge'
      ? { kind: 'acknowledge', by, stewardOfCircle }
      : move.kind === 'dispute'
        ? { kind: 'dispute', by, reason: move.reason }
        : { kind: 'withdraw', by };
  const next = transition(validation, action);
  if (!next.ok) refuseIf([{ field: 'contributionId', message: next.error.message }], said);
  const draft =
    move.kind === 'acknowledge'
      ? draftOf(ctx, actor, VALUE_EVENT.contributionValidated, { contributionId, stewardOfCircle })
      : move.kind === 'dispute'
        ? draftOf(ctx, actor, VALUE_EVENT.contributionDisputed, {
            contributionId,
            reason: move.reason,
          })
        : draftOf(ctx, actor, VALUE_EVENT.disputeWithdrawn, { contributionId });
  return {
    events: await appendEvents(ctx, [draft], { guard: stillMoves(contributionId, action) }),
  };
}

/**
 * Acknowledges another member's contribution; it counts once its stream's rule is met.
 * Nobody acknowledges their own work.
 *
 * @example await acknowledgeContribution(ctx, bo, { contributionId });
 */
export async function acknowledgeContribution(
  ctx: AppContext,
  actor: Actor | null,
  input: ContributionRefInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    contributionRefInput,
    input,
    refusal('refusal.contribution-cannot-be-acknowledged'),
  );
  return moveContribution(
    ctx,
    actor,
    parsed.contributionId,
    { kind: 'acknowledge' },
    refusal('refusal.contribution-cannot-be-acknowledged'),
  );
}

/**
 * Disputes another member's contribution with a reason: it stops counting until the dispute is
 * withdrawn or settled by a decision.
 *
 * @example await disputeContribution(ctx, bo, { contributionId, reason: 'That meeting lasted one hour.' });
 */
export async function disputeContribution(
  ctx: AppContext,
  actor: Actor | null,
  input: DisputeInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    disputeInput,
    input,
    refusal('refusal.contribution-cannot-be-disputed'),
  );
  return moveContribution(
    ctx,
    actor,
    parsed.contributionId,
    { kind: 'dispute', reason: parsed.reason },
    refusal('refusal.contribution-cannot-be-disputed'),
  );
}

/**
 * Withdraws one's own dispute; the contribution counts again as its acknowledgements allow.
 *
 * @example await withdrawDispute(ctx, bo, { contributionId });
 */
export async function withdrawDispute(
  ctx: AppContext,
  actor: Actor | null,
  input: ContributionRefInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    contributionRefInput,
    input,
    refusal('refusal.dispute-cannot-be-withdrawn'),
  );
  return moveContribution(
    ctx,
    actor,
    parsed.contributionId,
    { kind: 'withdraw' },
    refusal('refusal.dispute-cannot-be-withdrawn'),
  );
}
