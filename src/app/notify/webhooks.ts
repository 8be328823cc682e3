import { message } from '../../core/messages/codes.js';
import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { invalid, notFound, refusal } from '../errors.js';
import { uuidv7 } from '../ids.js';
import { JobFailure, PermanentJobFailure, type Job } from '../jobs/job-queue.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { occurrencesBetween } from '../../core/rhythms/recurrence.js';
import { rhythmFromRow, selectRhythms } from '../rhythms/rhythm-facts.js';
import { GATHERING_WINDOW_MS, ledgerAlarms } from './care-notices.js';
import { enqueueOnce, WEBHOOK_JOB } from './outbox.js';
import { decidedAs } from './notification-log.js';
import { noticeText, wordsOf } from './mail-words.js';
import { settingsOfMembers } from './notification-settings.js';
import type { Language } from './notification-settings.js';

/*
 * Outgoing webhooks of the DisCO or of a circle: when a proposal in their scope opens or is
 * decided, when one of their rhythms' gatherings is a day away, and (the DisCO's) when a witness
 * refuses the node's checkpoint, a POST of `{"text": …}` (Mattermost, Slack and their bridges) or of a JSON body signed
 * with HMAC-SHA256 (`Disco-Signature: t=<unix seconds>,v1=<hex of HMAC(secret, "<t>.<body>")>`).
 */

const NEWS_WINDOW_MS = 7 * 24 * 3_600_000;

export interface WebhookView {
  id: string;
  circleId: string | null;
  format: 'chat' | 'signed-json';
  url: string;
  createdAt: string;
  /** Shown once, when the hook is added (`signed-json`). */
  secret?: string;
}

export const addWebhookInput = z.strictObject({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .describe('where to POST'),
  format: z.enum(['chat', 'signed-json']),
  /** A circle's hook; the DisCO's when left out. */
  circleId: z.string().min(1).max(100).optional(),
});

/**
 * Adds a webhook of the DisCO or of a circle (founders).
 *
 * @example await addWebhook(ctx, ana, { url: 'https://chat.coop/hooks/x', format: 'chat' });
 */
export async function addWebhook(
  ctx: AppContext,
  actor: Actor | null,
  input: z.input<typeof addWebhookInput>,
): Promise<WebhookView> {
  const parsed = parseInput(addWebhookInput, input, refusal('refusal.webhook-cannot-be-added'));
  ensureAllowed('webhook.manage', actor);
  if (parsed.circleId) {
    const circle = await ctx.store.db
      .selectFrom('circles')
      .select('id')
      .where('id', '=', parsed.circleId)
      .executeTakeFirst();
    if (!circle)
      throw invalid(refusal('refusal.webhook-cannot-be-added'), [
        { field: 'circleId', message: `there is no circle "${parsed.circleId}"` },
      ]);
  }
  const view: WebhookView = {
    id: uuidv7(ctx.clock),
    circleId: parsed.circleId ?? null,
    format: parsed.format,
    url: parsed.url,
    createdAt: ctx.clock().toISOString(),
    ...(parsed.format === 'signed-json' ? { secret: randomBytes(32).toString('base64url') } : {}),
  };
  await ctx.store.db
    .insertInto('webhooks')
    .values({
      id: view.id,
      circle_id: view.circleId,
      format: view.format,
      url: view.url,
      secret: view.secret ?? null,
      created_by: actor!.memberId,
      created_at: view.createdAt,
      removed_at: null,
    })
    .execute();
  return view;
}

/** The webhooks of the DisCO and its circles (founders). */
export async function listWebhooks(ctx: AppContext, actor: Actor | null): Promise<WebhookView[]> {
  ensureAllowed('webhook.manage', actor);
  const rows = await ctx.store.db
    .selectFrom('webhooks')
    .selectAll()
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    circleId: r.circle_id,
    format: r.format,
    url: r.url,
    createdAt: r.created_at,
  }));
}

/** Removes a webhook; deliveries already queued still run. */
export async function removeWebhook(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<void> {
  const row = await ctx.store.db
    .selectFrom('webhooks')
    .select(['id', 'circle_id'])
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  ensureAllowed('webhook.manage', actor);
  if (!row) throw notFound(refusal('refusal.no-webhook-id', { id }), refusal('hint.list-webhooks'));
  await ctx.store.db
    .updateTable('webhooks')
    .set({ removed_at: ctx.clock().toISOString() })
    .where('id', '=', id)
    .execute();
}

export interface WebhookPayload {
  webhookId: string;
  event: 'proposal-opened' | 'proposal-decided' | 'rhythm-starting' | 'ledger-alarm';
  /** For the proposal events. */
  proposalId?: string;
  /** For `rhythm-starting`. */
  rhythmId?: string;
  title: string;
  text: string;
  at: string;
}

/**
 * Queues, once per hook, proposal, and event, a delivery for proposals opened or decided in a
 * hook's scope since it was added (and within the last seven days).
 */
export async function queueWebhooks(ctx: AppContext): Promise<number> {
  const db = ctx.store.db;
  const hooks = await db
    .selectFrom('webhooks')
    .selectAll()
    .where('removed_at', 'is', null)
    .execute();
  if (hooks.length === 0) return 0;
  const since = new Date(ctx.clock().getTime() - NEWS_WINDOW_MS).toISOString();
  const proposals = await db
    .selectFrom('proposals')
    .select([
      'id',
      'title',
      'circle_id',
      'status',
      'opened_at',
      'ended_at',
      'outcome',
      'outcome_statement',
    ])
    .where((eb) => eb.or([eb('opened_at', '>=', since), eb('ended_at', '>=', since)]))
    .execute();
  const base = ctx.witnessing?.publicHost
    ? `https://${ctx.witnessing.publicHost}`
    : ctx.notify?.mail?.publicUrl;
  // A hook speaks the mail language of the founder who added it: a channel is theirs to set up.
  const settings = await settingsOfMembers(ctx, [...new Set(hooks.map((h) => h.created_by))]);
  const languageOf = (hook: { created_by: string }): Language =>
    settings.get(hook.created_by)?.language ?? 'en';
  let queued = 0;
  for (const hook of hooks)
    for (const p of proposals) {
      if (p.circle_id !== hook.circle_id) continue;
      const link = base ? ` ${new URL(`/proposals/${p.id}`, base).href}` : '';
      const events: Omit<WebhookPayload, 'webhookId' | 'proposalId' | 'title'>[] = [];
      if (p.opened_at >= hook.created_at && p.opened_at >= since)
        events.push({
          event: 'proposal-opened',
          text: `${noticeText(languageOf(hook), 'proposal-opened', { title: p.title })}${link}`,
          at: p.opened_at,
        });
      if (
        p.status === 'closed' &&
        p.ended_at &&
        p.ended_at >= hook.created_at &&
        p.ended_at >= since
      )
        events.push({
          event: 'proposal-decided',
          text: `${noticeText(languageOf(hook), 'outcome', {
            title: p.title,
            ...decidedAs(p),
          })}${link}`,
          at: p.ended_at,
        });
      for (const e of events)
        if (
          await enqueueOnce(ctx, {
            kind: WEBHOOK_JOB,
            dedupeKey: `webhook:${hook.id}:${e.event}:${p.id}`,
            payload: {
              webhookId: hook.id,
              proposalId: p.id,
              title: p.title,
              ...e,
            } satisfies WebhookPayload,
          })
        )
          queued++;
    }
  return queued + (await queueSharedNews(ctx, hooks, since, base, languageOf));
}

/**
 * The news of the DisCO or a circle beyond proposals: each gathering of a hook's scope that starts
 * within a day, and for the DisCO's hooks each witness refusal since the hook was added.
 */
async function queueSharedNews(
  ctx: AppContext,
  hooks: readonly {
    id: string;
    circle_id: string | null;
    created_at: string;
    created_by: string;
  }[],
  since: string,
  base: string | undefined,
  languageOf: (hook: { created_by: string }) => Language,
): Promise<number> {
  const now = ctx.clock();
  const until = new Date(now.getTime() + GATHERING_WINDOW_MS);
  const rhythms = (await selectRhythms(ctx.store.db).where('r.ended_at', 'is', null).execute()).map(
    rhythmFromRow,
  );
  const alarms = await ledgerAlarms(ctx, since);
  const link = (path: string) => (base ? ` ${new URL(path, base).href}` : '');
  let queued = 0;
  for (const hook of hooks) {
    const news: { key: string; payload: Omit<WebhookPayload, 'webhookId'> }[] = [];
    for (const r of rhythms) {
      if (r.circleId !== hook.circle_id) continue;
      for (const o of occurrencesBetween(r, now, until, 5)) {
        const title = `${r.name} (${o.local.replace('T', ' ')}, ${r.timeZone})`;
        news.push({
          key: `rhythm-starting:${r.rhythmId}:${o.at}`,
          payload: {
            event: 'rhythm-starting',
            rhythmId: r.rhythmId,
            title,
            text: `${noticeText(languageOf(hook), 'rhythm-starting', { title })}${link('/rhythms')}`,
            at: o.at,
          },
        });
      }
    }
    if (hook.circle_id === null)
      for (const a of alarms)
        if (a.at >= hook.created_at)
          news.push({
            key: a.id,
            payload: {
              event: 'ledger-alarm',
              title: a.title,
              text: `${noticeText(languageOf(hook), 'ledger-alarm', { title: a.title })}. ${wordsOf(languageOf(hook)).checkWithMonitor}${link('/ledger')}`,
              at: a.at,
            },
          });
    for (const n of news)
      if (
        await enqueueOnce(ctx, {
          kind: WEBHOOK_JOB,
          dedupeKey: `webhook:${hook.id}:${n.key}`,
          payload: { webhookId: hook.id, ...n.payload } satisfies WebhookPayload,
        })
      )
        queued++;
  }
  return queued;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as receivers check it. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * The `webhook` job: one POST, bounded by the webhook timeout (AbortSignal). A timeout, a
 * network error, a 5xx, 408 or 429 is retried with backoff; another 4xx, or a removed hook,
 * gives up at once.
 */
export async function deliverWebhookJob(ctx: AppContext, job: Job): Promise<void> {
  const payload = job.payload as WebhookPayload;
  const hook = await ctx.store.db
    .selectFrom('webhooks')
    .selectAll()
    .where('id', '=', payload.webhookId)
    .executeTakeFirst();
  if (!hook || hook.removed_at !== null)
    throw new PermanentJobFailure(message('job.failure.webhook-removed'));
  const body =
    hook.format === 'chat'
      ? JSON.stringify({ text: payload.text })
      : JSON.stringify({
          type: payload.event,
          ...(payload.proposalId ? { proposalId: payload.proposalId } : {}),
          ...(payload.rhythmId ? { rhythmId: payload.rhythmId } : {}),
          ...(hook.circle_id ? { circleId: hook.circle_id } : {}),
          title: payload.title,
          text: payload.text,
          at: payload.at,
          delivery: job.id,
        });
  const timestamp = Math.floor(ctx.clock().getTime() / 1000);
  const timeoutMs = ctx.notify?.webhookTimeoutMs ?? 10_000;
  let response: Response;
  try {
    response = await fetch(hook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(hook.format === 'signed-json' && hook.secret
          ? {
              'Disco-Signature': webhookSignature(hook.secret, timestamp, body),
              'Disco-Delivery': job.id,
            }
          : {}),
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError')
      throw new JobFailure(message('job.failure.no-answer-within', { ms: timeoutMs }));
    throw new JobFailure(
      message('job.failure.receiver-unreachable'),
      '',
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error),
    );
  }
  await response.body?.cancel();
  if (response.ok) return;
  const reason = message('job.failure.receiver-answered', { status: response.status });
  if (
    response.status >= 400 &&
    response.status < 500 &&
    response.status !== 408 &&
    response.status !== 429
  )
    throw new PermanentJobFailure(reason);
  throw new JobFailure(reason);
}
