import type { AppContext } from '../context.js';
import { uuidv7 } from '../ids.js';
import { DEFAULT_MAX_ATTEMPTS } from '../jobs/job-queue.js';

/*
 * Messages leave through the durable job table (migration 0100): each is a job with a dedupe key
 * naming what it delivers (`mail:notice:<log row>`, `webhook:<hook>:outcome:<proposal>`), added
 * once and never refreshed, so a sweep that runs on several servers, or twice, queues it once.
 */

export const MAIL_JOB = 'mail';
export const DIGEST_JOB = 'digest';
export const WEBHOOK_JOB = 'webhook';
/** The kinds of job founders see in the deliveries list. */
export const DELIVERY_JOB_KINDS = [MAIL_JOB, DIGEST_JOB, WEBHOOK_JOB] as const;

/**
 * Adds a job unless one with this key was ever added. Returns whether it added it.
 *
 * @example await enqueueOnce(ctx, { kind: 'mail', dedupeKey: `mail:notice:${rowId}`, payload });
 */
export async function enqueueOnce(
  ctx: AppContext,
  job: { kind: string; payload: unknown; dedupeKey: string; maxAttempts?: number },
): Promise<boolean> {
  const now = ctx.clock().toISOString();
  const result = await ctx.store.db
    .insertInto('jobs')
    .values({
      id: uuidv7(ctx.clock),
      kind: job.kind,
      dedupe_key: job.dedupeKey,
      payload: JSON.stringify(job.payload),
      state: 'pending',
      attempts: 0,
      max_attempts: job.maxAttempts ?? ctx.notify?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      run_at: now,
      locked_until: null,
      last_error: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
