import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { closesCycle, delegationScope, type Delegation } from '../../core/governance/delegation.js';
import { DELEGATION_SET } from '../../core/governance/delegation-events.js';
import type { ProposalKind } from '../../core/governance/vocabulary.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { AppError, refusal } from '../errors.js';
import { readMember } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { delegationScopeInput, scopeOf } from './delegation-scope.js';
import { readGovernanceParameters } from './governance-parameters.js';

export const setDelegationInput = z.strictObject({ delegateId: entityId, ...delegationScopeInput });
export type SetDelegationInput = z.input<typeof setDelegationInput>;

/**
 * Delegates the actor's vote, on one circle's proposals, one topic or everything, to another
 * member, replacing their earlier delegation in that scope. Only when the governance parameters
 * allow delegation. A delegation that would let a vote come back to its owner (in any scope) is
 * refused, checked inside the write transaction so that two members cannot delegate to each other
 * at once.
 *
 * @example await setDelegation(ctx, ana, { delegateId: bo.memberId, circle: 'care' });
 */
export async function setDelegation(
  ctx: AppContext,
  actor: Actor | null,
  input: SetDelegationInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(setDelegationInput, input, refusal('refusal.delegation-cannot-be-set'));
  ensureAllowed('delegation.set', actor);
  const me = actor!.memberId;
  if (!(await readGovernanceParameters(ctx.store.db)).delegation.enabled) {
    throw new AppError(
      409,
      'delegation-off',
      refusal('refusal.disco-does-not-use-delegation'),
      refusal('hint.switched-proposal-sets-governance-parameter-delegation'),
    );
  }
  const scope = await scopeOf(ctx, parsed);
  const delegate = await readMember(ctx.store.db, parsed.delegateId);
  refuseIf(
    delegate === null || delegate.status !== 'active'
      ? [{ field: 'delegateId', message: 'there is no such active member' }]
      : parsed.delegateId === me
        ? [{ field: 'delegateId', message: 'you cannot delegate to yourself' }]
        : [],
    refusal('refusal.delegation-cannot-be-set'),
  );
  const draft = draftOf(ctx, actor, DELEGATION_SET, { ...scope, delegateId: parsed.delegateId });
  const events = await appendEvents(ctx, [draft], {
    guard: async (db) => {
      const rows = await db
        .selectFrom('delegations')
        .selectAll()
        .where((eb) =>
          eb.or([eb('delegator_id', '!=', me), eb('scope', '!=', delegationScope(scope))]),
        )
        .execute();
      const standing: Delegation[] = rows.map((r) => ({
        delegatorId: r.delegator_id,
        delegateId: r.delegate_id,
        circleId: r.circle_id,
        topic: r.topic as ProposalKind | null,
      }));
      refuseIf(
        closesCycle(standing, me, parsed.delegateId)
          ? [
              {
                field: 'delegateId',
                message:
                  'their vote already comes to you through delegation: this would make a cycle',
              },
            ]
          : [],
        refusal('refusal.delegation-would-make-cycle'),
      );
    },
  });
  return { events };
}
