import { z } from 'zod';
import { displayName } from '../../core/members/vocabulary.js';
import { AppError, conflict, invalid, refusal } from '../errors.js';
import { addMember } from '../members/add-member.js';
import { loadActor } from '../members/load-actor.js';
import { problemsOf } from '../problems.js';
import type { AuthContext } from './auth-context.js';
import { invitationUsed } from './auth-errors.js';
import { emailField, newPasswordField } from './credentials.js';
import type { MemberInvitationTerms } from './invitation-terms.js';
import { hashPassword } from './passwords.js';
import { openSession, type Session } from './sessions.js';
import { usableInvitation } from './usable-invitation.js';

export const acceptInvitationInput = z.strictObject({
  /** The name shown to other members and on the ledger; a founder already has one. */
  displayName: displayName.optional(),
  email: emailField,
  password: newPasswordField,
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationInput>;

/**
 * Turns an invitation into a member with an account, signed in.
 *
 * Order matters, because the account (off-ledger) and the member (on the ledger) cannot share a
 * transaction: the ledger append is its own serialized transaction. So the account row is
 * written first under a placeholder member id, which reserves the email, and the invitation is
 * claimed by a conditional update, which makes it single-use even under concurrent accepts. Only
 * then is the member appended to the ledger; if that fails, the account row is deleted and the
 * invitation released, so it can be accepted again. The ledger append is the point of no return.
 *
 * @example const { memberId, token } = await acceptInvitation(actx, tokenFromLink, { displayName: 'Ana', email: 'ana@example.org', password: '…' });
 */
export async function acceptInvitation(
  ctx: AuthContext,
  token: string,
  input: AcceptInvitationInput,
): Promise<{ memberId: string; token: string; session: Session }> {
  const invitation = await usableInvitation(ctx, token);
  const parsed = acceptInvitationInput.safeParse(input);
  if (!parsed.success)
    throw invalid(refusal('refusal.invitation-cannot-be-accepted'), problemsOf(parsed.error));
  const { email, password } = parsed.data;
  if (invitation.kind === 'member' && parsed.data.displayName === undefined) {
    throw invalid(refusal('refusal.display-name-missing'), [
      { field: 'displayName', message: 'give a name' },
    ]);
  }
  const db = ctx.store.db;
  if (
    await db
      .selectFrom('accounts')
      .select('member_id')
      .where('email', '=', email)
      .executeTakeFirst()
  ) {
    throw emailTaken();
  }
  if (
    invitation.member_id &&
    (await db
      .selectFrom('accounts')
      .select('member_id')
      .where('member_id', '=', invitation.member_id)
      .executeTakeFirst())
  ) {
    throw conflict(refusal('refusal.member-already-has-account'), refusal('hint.sign'));
  }
  const passwordHash = await hashPassword(password, ctx.auth.passwordCost);
  const now = ctx.clock().toISOString();
  const placeholder = invitation.member_id ?? `pending:${invitation.id}`;
  try {
    await db
      .insertInto('accounts')
      .values({
        member_id: placeholder,
        email,
        password_hash: passwordHash,
        created_at: now,
      })
      .execute();
  } catch (error) {
    // The unique email (or member) lost a race with another accept since the checks above.
    throw (await db
      .selectFrom('accounts')
      .select('member_id')
      .where('email', '=', email)
      .executeTakeFirst())
      ? emailTaken()
      : error;
  }
  const claimed = await db
    .updateTable('invitations')
    .set({ used_at: now })
    .where('id', '=', invitation.id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (claimed.numUpdatedRows === 0n) {
    await db.deleteFrom('accounts').where('member_id', '=', placeholder).execute();
    throw invitationUsed(now);
  }
  if (invitation.kind === 'founder')
    return { memberId: placeholder, ...(await openSession(ctx, placeholder)) };

  let memberId: string;
  try {
    memberId = await appendNewcomer(
      ctx,
      invitation.invited_by,
      parsed.data.displayName!,
      JSON.parse(invitation.terms) as MemberInvitationTerms,
    );
  } catch (error) {
    await db.deleteFrom('accounts').where('member_id', '=', placeholder).execute();
    await db
      .updateTable('invitations')
      .set({ used_at: null })
      .where('id', '=', invitation.id)
      .execute();
    throw error;
  }
  await db
    .updateTable('accounts')
    .set({ member_id: memberId })
    .where('member_id', '=', placeholder)
    .execute();
  return { memberId, ...(await openSession(ctx, memberId)) };
}

function emailTaken(): AppError {
  return new AppError(
    409,
    'email-taken',
    refusal('refusal.account-email-already-exists'),
    refusal('hint.sign-use-another-email'),
    [{ field: 'email', message: 'already has an account' }],
  );
}

/**
 * The member is added by the inviter, as the inviter: the policy and the membership rules are
 * checked again now, so an invitation dies with its inviter's right to add members.
 */
async function appendNewcomer(
  ctx: AuthContext,
  invitedBy: string | null,
  name: string,
  terms: MemberInvitationTerms,
): Promise<string> {
  const inviter = invitedBy ? await loadActor(ctx, invitedBy) : null;
  try {
    const added = await addMember(ctx, inviter, {
      displayName: name,
      level: terms.level,
      constituencyIds: terms.constituencyIds,
    });
    return added.memberId;
  } catch (error) {
    if (error instanceof AppError && (error.status === 401 || error.status === 403)) {
      throw new AppError(
        409,
        'invitation-withdrawn',
        refusal('refusal.inviter-may-no-longer-invite'),
        refusal('hint.ask-another-member-new-invitation'),
      );
    }
    throw error;
  }
}
