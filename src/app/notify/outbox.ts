import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
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

/**
 * Adds many jobs in few statements, each unless one with its key was ever added (a digest run
 * queues one mail per member). Returns how many it added.
 *
 * @example await enqueueManyOnce(ctx, mails.map((m) => ({ kind: 'mail', dedupeKey: m.key, payload: m })));
 */
export async function enqueueManyOnce(
  ctx: AppContext,
  jobs: readonly { kind: string; payload: unknown; dedupeKey: string }[],
  db: Kysely<Database> = ctx.store.db,
): Promise<number> {
  const now = ctx.clock().toISOString();
  const maxAttempts = ctx.notify?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  let added = 0;
  for (let i = 0; i < jobs.length; i += 200) {
    const result = await db
      .insertInto('jobs')
      .values(
        jobs.slice(i, i + 200).map((job) => ({
          id: uuidv7(ctx.clock),
          kind: job.kind,
          dedupe_key: job.dedupeKey,
          payload: JSON.stringify(job.payload),
          state: 'pending' as const,
          attempts: 0,
          max_attempts: maxAttempts,
          run_at: now,
          locked_until: null,
          last_error: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}
