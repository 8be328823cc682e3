import { message } from '../../core/messages/codes.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import type { AppContext } from '../context.js';
import { JobNotReady, type Job } from '../jobs/job-queue.js';
import { enqueueDelivery, type DeliveryPayload } from './outbox.js';
import { proveOwnEventCosigned } from './peer-proofs.js';

/** How long a wait lasts before looking again, on a node that signs no checkpoints of its own. */
const FALLBACK_WAIT_MS = 5 * 60_000;

/**
 * The job handler of an activity that carries one of our ledger events to a DisCO that witnesses
 * us: once a checkpoint covering the event has that DisCO's witness cosignature, and as many
 * cosignatures as that DisCO publishes it requires (peer-proofs.ts), the activity's
 * proof is replaced by the proof against that checkpoint and its cosigned note, and it is queued
 * for delivery. Until then it is put back with its attempt given back (a witness that is down
 * for a day exhausts nothing), due again after a checkpoint interval; a cosignature arriving wakes
 * it sooner (submit-checkpoint.ts).
 */
export async function deliverWithCosignedProof(ctx: AppContext, job: Job): Promise<void> {
  const { peerActorId, activity } = job.payload as DeliveryPayload;
  const event = activity['disco:event'] as LedgerEvent;
  const proof = await proveOwnEventCosigned(ctx, event, peerActorId);
  if (!proof)
    throw new JobNotReady(
      message('job.failure.waiting-for-cosigned-checkpoint', {
        seq: event.seq,
        peer: peerActorId.slice(0, 200),
      }),
      ctx.witnessing?.checkpointIntervalMs ?? FALLBACK_WAIT_MS,
    );
  await enqueueDelivery(ctx, peerActorId, { ...activity, 'disco:proof': proof });
}
