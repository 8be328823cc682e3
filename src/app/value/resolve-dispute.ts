import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { transition, VALUE_EVENT, type DisputeResolvedPayload } from '../../core/value/index.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { requireProposal } from '../governance/proposal-facts.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { requireContribution, stillMoves } from './value-facts.js';

export const resolveDisputeInput = z.strictObject({
  contributionId: z.string().min(1).max(128),
  /** The closed, passed proposal that decided the dispute. */
  proposal: z.string().min(1).max(128),
  /** upheld: the dispute was right, the contribution is void for good. dismissed: it counts as its acknowledgements allow. */
  outcome: z.enum(['upheld', 'dismissed'], {
    error: "must be 'upheld' (the contribution is void) or 'dismissed' (it counts)",
  }),
});
export type ResolveDisputeInput = z.input<typeof resolveDisputeInput>;

const REFUSED = refusal('refusal.dispute-cannot-be-resolved');

/**
 * Records how a collective decision settled a dispute: the decision is a governance proposal that
 * closed and passed (its body says what was decided). Whoever may state that proposal's outcome
 * (its author, a steward of its circle, a founder) records its effect on the contribution: upheld
 * makes it void for good, dismissed lets it count again as its acknowledgements allow.
 *
 * @example await resolveDispute(ctx, ana, { contributionId, proposal: proposalId, outcome: 'upheld' });
 */
export async function resolveDispute(
  ctx: AppContext,
  actor: Actor | null,
  input: ResolveDisputeInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(resolveDisputeInput, input, REFUSED);
  const db = ctx.store.db;
  const { validation } = await requireContribution(db, parsed.contributionId);
  const proposal = await requireProposal(db, parsed.proposal);
  ensureAllowed('value.dispute.resolve', actor, {
    authorId: proposal.authorId,
    ...(proposal.circleId ? { circleId: proposal.circleId } : {}),
  });
  if (proposal.status !== 'closed')
    refuseIf(
      [
        {
          field: 'proposal',
          message: `is ${proposal.status}: a dispute is settled by a proposal once it closed and passed`,
        },
      ],
      REFUSED,
    );
  if (proposal.outcome !== 'passed')
    refuseIf(
      [
        {
          field: 'proposal',
          message: `closed with the outcome '${proposal.outcome}': only a passed proposal settles a dispute`,
        },
      ],
      REFUSED,
    );
  const outcome: DisputeResolvedPayload['outcome'] =
    parsed.outcome === 'upheld' ? 'contribution-void' : 'contribution-stands';
  const resolve = { kind: 'resolve', decision: proposal.proposalId, outcome } as const;
  const next = transition(validation, resolve);
  if (!next.ok) refuseIf([{ field: 'contributionId', message: next.error.message }], REFUSED);
  const payload = { contributionId: parsed.contributionId, decision: proposal.proposalId, outcome };
  return {
    events: await appendEvents(ctx, [draftOf(ctx, actor, VALUE_EVENT.disputeResolved, payload)], {
      guard: stillMoves(parsed.contributionId, resolve),
    }),
  };
}
