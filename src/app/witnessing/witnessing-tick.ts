import type { AppContext } from '../context.js';
import { enqueueJob, runDueJobs, type JobHandler } from '../jobs/job-queue.js';
import { readLedgerInfo } from '../ledger/ledger-info.js';
import { makeCheckpoint } from '../ledger/make-checkpoint.js';
import { EXCLUSIVE_LOCKS, unlessRunningElsewhere } from '../../store/exclusive-transaction.js';
import { digestJob } from '../notify/mail-sweep.js';
import { DIGEST_JOB, MAIL_JOB, WEBHOOK_JOB } from '../notify/outbox.js';
import { sendMailJob } from '../notify/send-mail.js';
import { deliverWebhookJob } from '../notify/webhooks.js';
import { configuredWitnesses } from './configured-witnesses.js';
import { announceCheckpoint } from '../federation/checkpoint-announcements.js';
import { runFedifyMessage, FEDIFY_MESSAGE_JOB } from '../federation/job-message-queue.js';
import { deliverActivity, DELIVERY_JOB } from '../federation/outbox.js';
import { deliverWithCosignedProof } from '../federation/cosigned-delivery.js';
import { COSIGNED_PROOF_JOB } from '../federation/outbox.js';
import {
  submitCheckpointToWitness,
  WITNESS_SUBMISSION,
  type WitnessSubmissionPayload,
} from './submit-checkpoint.js';

/** Every kind of job the node runs, by kind. */
export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  [WITNESS_SUBMISSION]: submitCheckpointToWitness,
  [MAIL_JOB]: sendMailJob,
  [DIGEST_JOB]: digestJob,
  [WEBHOOK_JOB]: deliverWebhookJob,
  [DELIVERY_JOB]: deliverActivity,
  [FEDIFY_MESSAGE_JOB]: runFedifyMessage,
  [COSIGNED_PROOF_JOB]: deliverWithCosignedProof,
};

export interface TickReport {
  /** The size of a checkpoint this tick signed, when writes were left uncovered. */
  checkpointed: number | null;
  enqueued: number;
  jobsRun: number;
}

/**
 * One beat of the node's witnessing: signs a checkpoint over writes that none covers yet (the
 * append transaction signs one only when the last is older than the interval, so the last writes
 * of a burst wait for this beat), queues the latest checkpoint for every configured witness that
 * has not cosigned it, and runs the jobs that are due. `serveHttp` calls it every interval.
 */
export async function witnessingTick(
  ctx: AppContext,
  handlers: Readonly<Record<string, JobHandler>> = JOB_HANDLERS,
): Promise<TickReport> {
  const info = await readLedgerInfo(ctx);
  if (!info || !ctx.node || ctx.node.publicKey !== info.nodeKey) {
    return { checkpointed: null, enqueued: 0, jobsRun: await runDueJobs(ctx, handlers) };
  }
  const { size } = await ctx.store.head();
  let latest = await ctx.store.latestCheckpoint();
  let checkpointed: number | null = null;
  if (size > (latest?.treeSize ?? 0)) {
    // Every server sharing the database beats; one signing is enough, and two at once would sign
    // two checkpoints of one tree size, of which the store keeps only the first.
    const signed = await unlessRunningElsewhere(ctx.store, EXCLUSIVE_LOCKS.checkpointSigning, () =>
      makeCheckpoint(ctx),
    );
    if (signed) {
      latest = signed;
      checkpointed = signed.treeSize;
    }
  }
  let enqueued = 0;
  if (latest && ctx.witnessing?.publicHost) {
    const progress = new Map(
      (
        await ctx.store.db
          .selectFrom('witness_progress')
          .select(['witness_key', 'cosigned_size'])
          .execute()
      ).map((p) => [p.witness_key, p.cosigned_size]),
    );
    for (const witness of await configuredWitnesses(ctx)) {
      if ((progress.get(witness.key) ?? 0) >= latest.treeSize) continue;
      const pending = await ctx.store.db
        .selectFrom('jobs')
        .select(['payload', 'state'])
        .where('dedupe_key', '=', `witness:${witness.key}`)
        .executeTakeFirst();
      // A refusal of this very checkpoint stands until there is a new one to offer.
      const offered = pending && (JSON.parse(pending.payload) as WitnessSubmissionPayload).treeSize;
      if (pending && pending.state !== 'done' && offered === latest.treeSize) continue;
      const payload: WitnessSubmissionPayload = {
        witnessKey: witness.key,
        treeSize: latest.treeSize,
      };
      await enqueueJob(ctx, {
        kind: WITNESS_SUBMISSION,
        payload,
        dedupeKey: `witness:${witness.key}`,
      });
      enqueued++;
    }
  }
  const jobsRun = await runDueJobs(ctx, handlers);
  // Federated DisCOs hear of each checkpoint at this cadence, once its witnesses had their turn.
  if (await announceCheckpoint(ctx))
    return { checkpointed, enqueued, jobsRun: jobsRun + (await runDueJobs(ctx, handlers)) };
  return { checkpointed, enqueued, jobsRun };
}
