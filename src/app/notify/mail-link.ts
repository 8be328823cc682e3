import type { AppContext } from '../context.js';
import { wordsOf } from './mail-words.js';
import type { Language } from './notification-settings.js';
import { queueMail } from './send-mail.js';

/**
 * Queues the mail that carries a one-time link (an invitation, a password link) once per link.
 * Answers false on a node without mail, where the link is handed over by hand as before.
 * The secret travels in the link's fragment, so it never reaches a web server's access log.
 *
 * @example await mailLink(ctx, { purpose: 'invitation', id, to, language: 'es', path: `/join#${token}`, expiresAt });
 */
export async function mailLink(
  ctx: AppContext,
  link: {
    purpose: 'invitation' | 'password-reset';
    id: string;
    to: string;
    language: Language;
    path: string;
    expiresAt: string;
  },
): Promise<boolean> {
  const mail = ctx.notify?.mail;
  if (!mail) return false;
  const profile = await ctx.store.db.selectFrom('disco_profile').select('name').executeTakeFirst();
  const disco = profile?.name ?? 'disco-cat';
  const w = wordsOf(link.language);
  const url = new URL(link.path, mail.publicUrl).href;
  const invitation = link.purpose === 'invitation';
  return queueMail(ctx, `mail:${link.purpose}:${link.id}`, {
    to: link.to,
    subject: invitation ? w.invitationSubject(disco) : w.resetSubject(disco),
    text: invitation
      ? w.invitationBody(disco, url, link.expiresAt)
      : w.resetBody(disco, url, link.expiresAt),
    language: link.language,
    purpose: link.purpose,
  });
}
