import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { refusal } from '../errors.js';
import { mailLink } from '../notify/mail-link.js';
import { LANGUAGES } from '../notify/notification-settings.js';
import { parseInput } from '../use-case-steps.js';
import type { AuthContext } from './auth-context.js';
import { memberInvitationTerms } from './invitation-terms.js';
import { issueInvitation, type IssuedInvitation } from './issue-invitation.js';

export const inviteByMailInput = memberInvitationTerms.extend({
  /** Where to mail the invitation link; without it, the link is only answered, to hand over. */
  mailTo: z.email('an email address, like ana@coop.example').max(320).optional(),
  /** The language of the mail (English when left out). */
  mailLanguage: z.enum(LANGUAGES).optional(),
});
export type InviteByMailInput = z.input<typeof inviteByMailInput>;

/**
 * Issues an invitation and, when an address is given and the node sends mail, mails its link in
 * the language asked. `mailed` says whether a mail was queued: without mail configured the token
 * is answered as ever, to be handed over by hand.
 *
 * @example const { token, mailed } = await inviteByMail(actx, founder, { level: null, constituencyIds: ['supporters'], mailTo: 'bo@coop.example', mailLanguage: 'es' });
 */
export async function inviteByMail(
  ctx: AuthContext,
  actor: Actor | null,
  input: InviteByMailInput,
): Promise<IssuedInvitation & { mailed: boolean; mailConfigured: boolean }> {
  const { mailTo, mailLanguage, ...terms } = parseInput(
    inviteByMailInput,
    input,
    refusal('refusal.invitation-cannot-be-issued'),
  );
  const invitation = await issueInvitation(ctx, actor, terms);
  const mailed = mailTo
    ? await mailLink(ctx, {
        purpose: 'invitation',
        id: invitation.id,
        to: mailTo,
        language: mailLanguage ?? 'en',
        path: `/join#${invitation.token}`,
        expiresAt: invitation.expiresAt,
      })
    : false;
  return { ...invitation, mailed, mailConfigured: ctx.notify?.mail !== undefined };
}
