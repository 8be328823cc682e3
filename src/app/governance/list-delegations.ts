import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';

export interface DelegationView {
  delegatorId: string;
  delegatorName: string;
  delegateId: string;
  delegateName: string;
  /** The circle it applies to, or null. */
  circleId: string | null;
  /** The kind of proposal it applies to, or null; both null for everything. */
  topic: string | null;
  setAt: string;
}

/**
 * The actor's delegations: those they gave (one per scope) and those given to them.
 *
 * @example const { given, received } = await listDelegations(ctx, ana);
 */
export async function listDelegations(
  ctx: AppContext,
  actor: Actor | null,
): Promise<{ given: DelegationView[]; received: DelegationView[] }> {
  ensureAllowed('delegation.list', actor);
  const me = actor!.memberId;
  const rows = await ctx.store.db
    .selectFrom('delegations as d')
    .innerJoin('members as a', 'a.id', 'd.delegator_id')
    .innerJoin('members as b', 'b.id', 'd.delegate_id')
    .select([
      'd.delegator_id',
      'a.display_name as delegator_name',
      'd.delegate_id',
      'b.display_name as delegate_name',
      'd.circle_id',
      'd.topic',
      'd.set_at',
    ])
    .where((eb) => eb.or([eb('d.delegator_id', '=', me), eb('d.delegate_id', '=', me)]))
    .orderBy('d.delegator_id')
    .orderBy('d.scope')
    .execute();
  const views = rows.map((r) => ({
    delegatorId: r.delegator_id,
    delegatorName: r.delegator_name,
    delegateId: r.delegate_id,
    delegateName: r.delegate_name,
    circleId: r.circle_id,
    topic: r.topic,
    setAt: r.set_at,
  }));
  return {
    given: views.filter((v) => v.delegatorId === me),
    received: views.filter((v) => v.delegateId === me),
  };
}
