import type { Actor } from '../../core/access/actor.js';
import { mailLink } from '../notify/mail-link.js';
import type { AuthContext } from './auth-context.js';
import { issuePasswordReset, type IssuedPasswordReset } from './issue-password-reset.js';

/**
 * Issues a password link and, when `mail` is asked and the node sends mail, mails it to the
 * member's account address in their mail language. `mailed` says whether a mail was queued:
 * without mail configured the token is answered as ever, to be handed over by hand.
 *
 * @example const { mailed } = await passwordLinkByMail(actx, founder, { memberId: ana, mail: true });
 */
export async function passwordLinkByMail(
  ctx: AuthContext,
  actor: Actor | null,
  input: { memberId: string; mail: boolean },
): Promise<IssuedPasswordReset & { mailed: boolean; mailConfigured: boolean }> {
  const reset = await issuePasswordReset(ctx, actor, { memberId: input.memberId });
  let mailed = false;
  if (input.mail && ctx.notify?.mail) {
    const db = ctx.store.db;
    const account = await db
      .selectFrom('accounts')
      .select('email')
      .where('member_id', '=', input.memberId)
      .executeTakeFirstOrThrow();
    const profile = await db
      .selectFrom('notification_profiles')
      .select('language')
      .where('member_id', '=', input.memberId)
      .executeTakeFirst();
    mailed = await mailLink(ctx, {
      purpose: 'password-reset',
      id: reset.id,
      to: account.email,
      language: profile?.language ?? 'en',
      path: `/reset-password#${reset.token}`,
      expiresAt: reset.expiresAt,
    });
  }
  return { ...reset, mailed, mailConfigured: ctx.notify?.mail !== undefined };
}
