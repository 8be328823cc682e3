import type { AppContext } from '../context.js';
import { runDueJobs } from '../jobs/job-queue.js';
import { JOB_HANDLERS } from '../witnessing/witnessing-tick.js';
import { sweepCheckins } from '../checkins/checkin-facts.js';
import { queueDigestJobs, queueImmediateMail, recordIfChanged } from './mail-sweep.js';
import { queueWebhooks } from './webhooks.js';

export interface NotifyReport {
  recorded: number;
  mailed: number;
  webhooks: number;
  jobsRun: number;
  /** Check-ins deleted because they outlived the DisCO's retention period. */
  checkinsDeleted: number;
}

/**
 * One sweep of messages that reach people: delete check-ins past the retention period (before
 * anything reads them); with mail configured, record every member's current notices in the log
 * when their sources changed, queue immediate mail and the digest jobs; queue webhook deliveries
 * (proposals opened and decided, gatherings starting, ledger alarms); then run the jobs that are
 * due. `serveHttp` calls it every notify interval; several servers may sweep at once (every
 * queued message has a dedupe key, and deleting what is expired twice deletes nothing more).
 */
export async function notifyTick(ctx: AppContext): Promise<NotifyReport> {
  const checkinsDeleted = await sweepCheckins(ctx);
  let recorded = 0;
  let mailed = 0;
  if (ctx.notify?.mail) {
    recorded = await recordIfChanged(ctx);
    mailed = await queueImmediateMail(ctx);
    await queueDigestJobs(ctx);
  }
  const webhooks = await queueWebhooks(ctx);
  return {
    recorded,
    mailed,
    webhooks,
    jobsRun: await runDueJobs(ctx, JOB_HANDLERS),
    checkinsDeleted,
  };
}
