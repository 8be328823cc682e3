import { message } from '../../core/messages/codes.js';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppContext } from '../context.js';
import type { Job } from '../jobs/job-queue.js';
import { JobFailure, PermanentJobFailure } from '../jobs/job-queue.js';
import type { MailSettings } from './notify-context.js';
import type { Language } from './notification-settings.js';
import { enqueueOnce, MAIL_JOB } from './outbox.js';

/** A mail as queued: rendered when queued, so a retry sends the very same words. */
export interface MailPayload {
  to: string;
  subject: string;
  text: string;
  language: Language;
  /** The one-click unsubscribe URL (RFC 8058); absent on invitations and password links. */
  unsubscribeUrl?: string;
  /** Whom it is for, for the deliveries list (never shown to other members). */
  memberId?: string;
  purpose: 'notice' | 'digest' | 'invitation' | 'password-reset';
}

/** Bounds on one SMTP conversation, well under the job lease (60 s), so a hung server frees the job. */
const SMTP_TIMEOUT_MS = 15_000;

const transports = new WeakMap<MailSettings, Transporter>();

function transportOf(mail: MailSettings): Transporter {
  let transport = transports.get(mail);
  if (!transport) {
    const timeout = mail.timeoutMs ?? SMTP_TIMEOUT_MS;
    transport = nodemailer.createTransport(mail.smtpUrl, {
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      ...(mail.dkim
        ? {
            dkim: {
              ...mail.dkim,
              // The RFC 8058 headers must be covered, or receivers ignore one-click unsubscribe.
              headerFieldNames:
                'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Content-Transfer-Encoding:Content-Language:List-Unsubscribe:List-Unsubscribe-Post',
            },
          }
        : {}),
    });
    transports.set(mail, transport);
  }
  return transport;
}

/**
 * Queues a mail once under `dedupeKey`. Does nothing (and answers false) on a node without mail.
 *
 * @example await queueMail(ctx, `mail:invitation:${id}`, { to, subject, text, language: 'es', purpose: 'invitation' });
 */
export async function queueMail(
  ctx: AppContext,
  dedupeKey: string,
  mail: MailPayload,
): Promise<boolean> {
  if (!ctx.notify?.mail) return false;
  return enqueueOnce(ctx, { kind: MAIL_JOB, dedupeKey, payload: mail });
}

/**
 * The `mail` job: one SMTP send. An unreachable or failing server throws, so the job is retried
 * with backoff; a message the server refuses for good (a 5xx on the recipient) is given up.
 * The Message-ID is the job's id, so a receiver can tell a resend after a crash from a new mail.
 */
export async function sendMailJob(ctx: AppContext, job: Job): Promise<void> {
  const mail = ctx.notify?.mail;
  if (!mail) throw new JobFailure(message('job.failure.no-smtp-settings'));
  const payload = job.payload as MailPayload;
  const host = new URL(mail.publicUrl).hostname;
  try {
    await transportOf(mail).sendMail({
      from: mail.from,
      to: payload.to,
      subject: payload.subject,
      text: payload.text,
      messageId: `<${job.id}@${host}>`,
      headers: {
        'Content-Language': payload.language,
        ...(payload.unsubscribeUrl
          ? {
              'List-Unsubscribe': `<${payload.unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            }
          : {}),
      },
    });
  } catch (error) {
    const { responseCode: code, command } = error as { responseCode?: number; command?: string };
    const detail = withoutSecrets(
      `SMTP: ${error instanceof Error ? error.message : String(error)}`,
      mail.smtpUrl,
    );
    // A 5xx refusal of this message (no such mailbox, refused content) will not change by trying
    // again; a refused login or connection is the node's settings, fixed by an operator: retried.
    const aboutMessage = /^(MAIL|RCPT|DATA)/i.test(command ?? '');
    const said =
      code !== undefined
        ? message('job.failure.smtp-refused', { status: code })
        : message('job.failure.smtp-failed');
    if (aboutMessage && code !== undefined && code >= 500 && code < 600)
      throw new PermanentJobFailure(said, '', detail);
    throw new JobFailure(said, '', detail);
  }
}

/** A reason kept in the job table and shown to founders must not carry the SMTP password. */
export function withoutSecrets(reason: string, smtpUrl: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(smtpUrl).password);
  } catch {
    // no password to hide
  }
  return password ? reason.split(password).join('***') : reason;
}
