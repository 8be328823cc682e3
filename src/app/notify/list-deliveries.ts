import type { Actor } from '../../core/access/actor.js';
import type { Message } from '../../core/messages/codes.js';
import type { AppContext } from '../context.js';
import { jobErrorSaid } from '../jobs/job-queue.js';
import { ensureAllowed } from '../use-case-steps.js';
import { DELIVERY_JOB_KINDS } from './outbox.js';
import type { MailPayload } from './send-mail.js';
import type { WebhookPayload } from './webhooks.js';

export interface DeliveryView {
  id: string;
  kind: (typeof DELIVERY_JOB_KINDS)[number];
  /** `failed`: given up; `pending`: waiting for its next try. */
  state: 'pending' | 'failed';
  /** The member a mail was for (by name), or the webhook's address. */
  to: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  /** `lastError` as a code, for the reader's language; null on failures kept before codes. */
  lastErrorSaid: Message | null;
  nextTry: string | null;
  updatedAt: string;
}

/**
 * Mail, digests and webhook deliveries that failed at least once: those waiting for a retry and
 * those given up, newest first, with the reason. For founders; a mail shows whom it was for by
 * name, never its address or words.
 *
 * @example (await listDeliveries(ctx, founder))[0]?.lastError // 'the receiver answered 500'
 */
export async function listDeliveries(
  ctx: AppContext,
  actor: Actor | null,
  limit = 100,
): Promise<DeliveryView[]> {
  ensureAllowed('notification.deliveries', actor);
  const db = ctx.store.db;
  const rows = await db
    .selectFrom('jobs')
    .select([
      'id',
      'kind',
      'state',
      'payload',
      'attempts',
      'max_attempts',
      'last_error',
      'last_error_code',
      'last_error_params',
      'run_at',
      'updated_at',
    ])
    .where('kind', 'in', [...DELIVERY_JOB_KINDS])
    .where((eb) =>
      eb.or([
        eb('state', '=', 'failed'),
        eb.and([eb('state', '=', 'pending'), eb('attempts', '>', 0)]),
      ]),
    )
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
  const names = new Map(
    (await db.selectFrom('members').select(['id', 'display_name']).execute()).map((m) => [
      m.id,
      m.display_name,
    ]),
  );
  const hooks = new Map(
    (await db.selectFrom('webhooks').select(['id', 'url']).execute()).map((h) => [h.id, h.url]),
  );
  return rows.map((r) => {
    const payload = JSON.parse(r.payload) as Partial<MailPayload & WebhookPayload>;
    const to =
      r.kind === 'webhook'
        ? (hooks.get(payload.webhookId ?? '') ?? '')
        : r.kind === 'digest'
          ? 'digest'
          : (names.get(payload.memberId ?? '') ?? payload.purpose ?? '');
    return {
      id: r.id,
      kind: r.kind as DeliveryView['kind'],
      state: r.state === 'failed' ? 'failed' : 'pending',
      to,
      attempts: Number(r.attempts),
      maxAttempts: Number(r.max_attempts),
      lastError: r.last_error,
      lastErrorSaid: jobErrorSaid(r),
      nextTry: r.state === 'pending' ? r.run_at : null,
      updatedAt: r.updated_at,
    };
  });
}
