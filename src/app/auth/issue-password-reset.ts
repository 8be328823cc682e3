import type { Actor } from '../../core/access/actor.js';
import { notFound, refusal } from '../errors.js';
import { uuidv7 } from '../ids.js';
import { loadActor } from '../members/load-actor.js';
import { ensureAllowed } from '../use-case-steps.js';
import type { AuthContext } from './auth-context.js';
import { newSecretToken, tokenHash } from './secret-token.js';

export interface IssuedPasswordReset {
  id: string;
  memberId: string;
  /** The secret to hand to the member (in a link to the Deck's `/reset-password#<token>`); shown this once. */
  token: string;
  expiresAt: string;
}

/**
 * A founder gives a member who lost their password a single-use link to choose a new one: there
 * is no email on this node to send it by, so it travels the way invitations do. Issuing a new
 * link makes the member's earlier unused ones void, so only the latest works.
 *
 * @example const { token } = await issuePasswordReset(actx, founder, { memberId: ana });
 */
export async function issuePasswordReset(
  ctx: AuthContext,
  actor: Actor | null,
  input: { memberId: string },
): Promise<IssuedPasswordReset> {
  ensureAllowed('account.password-reset', actor, { memberId: input.memberId });
  const member = await loadActor(ctx, input.memberId);
  const db = ctx.store.db;
  const account = member
    ? await db
        .selectFrom('accounts')
        .select('member_id')
        .where('member_id', '=', input.memberId)
        .executeTakeFirst()
    : undefined;
  if (!member || !account)
    throw notFound(
      refusal('refusal.member-has-no-password', { memberId: input.memberId }),
      refusal('hint.only-members-who-accepted-invitation-have'),
    );
  if (member.status !== 'active')
    throw notFound(
      refusal('refusal.member-left-no-password-reset', { memberId: input.memberId }),
      refusal('hint.record-their-return-first'),
    );
  const now = ctx.clock();
  const token = newSecretToken();
  const reset = {
    id: uuidv7(ctx.clock),
    memberId: input.memberId,
    token,
    expiresAt: new Date(now.getTime() + ctx.auth.passwordResetLifetimeMs).toISOString(),
  };
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('password_resets')
      .set({ used_at: now.toISOString() })
      .where('member_id', '=', input.memberId)
      .where('used_at', 'is', null)
      .execute();
    await tx
      .insertInto('password_resets')
      .values({
        id: reset.id,
        token_hash: tokenHash(token),
        member_id: input.memberId,
        issued_by: actor!.memberId,
        created_at: now.toISOString(),
        expires_at: reset.expiresAt,
        used_at: null,
      })
      .execute();
  });
  return reset;
}
