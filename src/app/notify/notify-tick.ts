import type { AppContext } from '../context.js';
import { runDueJobs } from '../jobs/job-queue.js';
import { JOB_HANDLERS } from '../witnessing/witnessing-tick.js';
import { queueDigestJobs, queueImmediateMail, recordForEveryone } from './mail-sweep.js';
import { queueWebhooks } from './webhooks.js';

export interface NotifyReport {
  recorded: number;
  mailed: number;
  webhooks: number;
  jobsRun: number;
}

/**
 * One sweep of messages that reach people: with mail configured, record every member's current
 * notices in the log, queue immediate mail and the digest jobs; queue webhook deliveries of
 * proposals opened and decided; then run the jobs that are due. `serveHttp` calls it every
 * notify interval; several servers may sweep at once (every queued message has a dedupe key).
 */
export async function notifyTick(ctx: AppContext): Promise<NotifyReport> {
  let recorded = 0;
  let mailed = 0;
  if (ctx.notify?.mail) {
    recorded = await recordForEveryone(ctx);
    mailed = await queueImmediateMail(ctx);
    await queueDigestJobs(ctx);
  }
  const webhooks = await queueWebhooks(ctx);
  return { recorded, mailed, webhooks, jobsRun: await runDueJobs(ctx, JOB_HANDLERS) };
}
