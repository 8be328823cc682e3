import type { Actor } from '../../core/access/actor.js';
import { notFound, refusal } from '../errors.js';
import { ensureAllowed } from '../use-case-steps.js';
import type { AuthContext } from './auth-context.js';

/** The off-ledger part of a member: personal data, shown only to them and to those the policy allows. */
export interface AccountDetails {
  memberId: string;
  email: string;
  createdAt: string;
  /** The public key most recently kept for one of the member's devices (browser path), if any. */
  keyPublic: string | null;
}

/**
 * A member's account details (the actor's own unless `memberId` names another).
 *
 * @example const { email } = await showAccount(actx, actor);
 */
export async function showAccount(
  ctx: AuthContext,
  actor: Actor | null,
  memberId?: string,
): Promise<AccountDetails> {
  const target = memberId ?? actor?.memberId;
  ensureAllowed('member.show-private', actor, target === undefined ? {} : { memberId: target });
  const row = await ctx.store.db
    .selectFrom('accounts')
    .select(['member_id', 'email', 'created_at'])
    .where('member_id', '=', target!)
    .executeTakeFirst();
  if (!row) throw notFound(refusal('refusal.member-has-no-account', { target: target ?? '' }));
  const latest = await ctx.store.db
    .selectFrom('device_keys')
    .select('key_public')
    .where('member_id', '=', target!)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    memberId: row.member_id,
    email: row.email,
    createdAt: row.created_at,
    keyPublic: latest?.key_public ?? null,
  };
}
