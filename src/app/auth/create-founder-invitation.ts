import type { AuthContext } from './auth-context.js';
import { storeInvitation, type IssuedInvitation } from './issue-invitation.js';
import { conflict, notFound, refusal } from '../errors.js';

/**
 * The founder's first way in: `disco init` records the founder on the ledger, then prints this
 * one-time invitation, with which the founder chooses their email and password. Only the
 * operator who holds the data directory (or database) can make one, so it asks no actor.
 *
 * @example const { token } = await createFounderInvitation(actx, founderMemberId);
 */
export async function createFounderInvitation(
  ctx: AuthContext,
  founderId: string,
): Promise<IssuedInvitation> {
  const db = ctx.store.db;
  const founder = await db
    .selectFrom('members')
    .select(['founder'])
    .where('id', '=', founderId)
    .executeTakeFirst();
  if (!founder || !founder.founder)
    throw notFound(refusal('refusal.no-such-founder', { founderId }));
  const account = await db
    .selectFrom('accounts')
    .select('member_id')
    .where('member_id', '=', founderId)
    .executeTakeFirst();
  if (account)
    throw conflict(
      refusal('refusal.founder-already-has-account'),
      refusal('hint.sign-lost-password-needs-another-founder'),
    );
  return storeInvitation(ctx, { kind: 'founder', memberId: founderId }, null);
}
