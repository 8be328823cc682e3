import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { delegationScope } from '../../core/governance/delegation.js';
import { DELEGATION_REVOKED } from '../../core/governance/delegation-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { notFound, refusal } from '../errors.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { delegationScopeInput, scopeOf } from './delegation-scope.js';

export const revokeDelegationInput = z.strictObject(delegationScopeInput);

/**
 * Takes back the actor's delegation in a scope: from then on their vote counts only when they cast it.
 *
 * @example await revokeDelegation(ctx, ana, { topic: 'membership-change' });
 */
export async function revokeDelegation(
  ctx: AppContext,
  actor: Actor | null,
  input: z.input<typeof revokeDelegationInput>,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    revokeDelegationInput,
    input,
    refusal('refusal.delegation-cannot-be-revoked'),
  );
  ensureAllowed('delegation.revoke', actor);
  const scope = await scopeOf(ctx, parsed);
  const held = await ctx.store.db
    .selectFrom('delegations')
    .select('delegate_id')
    .where('delegator_id', '=', actor!.memberId)
    .where('scope', '=', delegationScope(scope))
    .executeTakeFirst();
  if (!held)
    throw notFound(
      refusal('refusal.you-have-no-delegation-scope'),
      refusal('hint.see-yours-get-api-delegations'),
    );
  return { events: await appendEvents(ctx, [draftOf(ctx, actor, DELEGATION_REVOKED, scope)]) };
}
