import type { AuthContext } from './auth-context.js';
import { createFounderInvitation } from './create-founder-invitation.js';
import type { IssuedInvitation } from './issue-invitation.js';
import { conflict, notFound, refusal } from '../errors.js';

/**
 * A new one-time invitation for the first founder who has no account yet, for when the one
 * `disco init` printed was lost or expired. Like that one, only the operator who holds the data
 * directory (or database) can make it, so it asks no actor; earlier unused invitations stay valid
 * until they expire, and whichever is accepted first makes the account.
 *
 * @example const { memberId, invitation } = await reissueFounderInvitation(actx);
 */
export async function reissueFounderInvitation(
  ctx: AuthContext,
): Promise<{ memberId: string; invitation: IssuedInvitation }> {
  const founders = await ctx.store.db
    .selectFrom('members')
    .leftJoin('accounts', 'accounts.member_id', 'members.id')
    .select(['members.id as id', 'accounts.member_id as account'])
    .where('members.founder', '=', 1)
    .orderBy('members.joined_at')
    .execute();
  if (founders.length === 0)
    throw notFound(
      refusal('refusal.node-has-no-founded-ledger'),
      refusal('hint.start-one-disco-init'),
    );
  const waiting = founders.find((f) => f.account === null);
  if (!waiting)
    throw conflict(
      refusal('refusal.every-founder-already-has-account'),
      refusal('hint.sign-another-founder-can-invite-new'),
    );
  return { memberId: waiting.id, invitation: await createFounderInvitation(ctx, waiting.id) };
}
