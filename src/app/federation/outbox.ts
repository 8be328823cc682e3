import { message } from '../../core/messages/codes.js';
import type { AppContext } from '../context.js';
import { uuidv7 } from '../ids.js';
import { enqueueJob, JobFailure, PermanentJobFailure, type Job } from '../jobs/job-queue.js';
import { actorKeyPairs } from './actor-keys.js';
import { ownActorId } from './federation-app-names.js';
import type { ActivityJson, FederationOutbox } from './federation-port.js';
import { requireFederation, readPeerActor } from './resolve-peer.js';
import { guardedFetch } from './guarded-fetch.js';
import { proveActivity } from './object-proofs.js';

export const DELIVERY_JOB = 'federation.deliver';
/** A delivery waiting for a checkpoint covering its ledger event that the peer's witness cosigned. */
export const COSIGNED_PROOF_JOB = 'federation.await-cosigned-proof';
const AS_CONTEXT = 'https://www.w3.org/ns/activitystreams';
/*
 * A delivery whose proof is older than this is proved again as it goes: receivers refuse proofs
 * older than their window (an hour by default, ten minutes at the least), and a peer that was
 * down for a day must still take what waited for it.
 */
const REPROVE_AFTER_MS = 5 * 60_000;

export interface DeliveryPayload {
  peerActorId: string;
  activity: ActivityJson;
}

/** The activity as this DisCO sends it: its context, its id and this actor, filled in when absent. */
export function completeActivity(ctx: AppContext, activity: ActivityJson): ActivityJson {
  const fed = requireFederation(ctx);
  const actor = ownActorId(fed);
  return {
    '@context': AS_CONTEXT,
    ...activity,
    id:
      typeof activity['id'] === 'string'
        ? activity['id']
        : `${actor}/activities/${uuidv7(ctx.clock)}`,
    actor,
  };
}

/**
 * The federation outbox over the durable job table: each activity, proved once with the actor's
 * Ed25519 key (FEP-8b32), is one job per recipient, delivered signed (HTTP Signatures with the
 * actor's RSA key) by whichever server claims it,
 * retried with backoff when the peer fails or hangs, given up when it refuses the activity itself.
 */
export const federationOutbox: FederationOutbox = {
  async toPeer(ctx, peerActorId, activity) {
    if (await awaitsCosignedProof(ctx, peerActorId, activity)) {
      const payload: DeliveryPayload = { peerActorId, activity: completeActivity(ctx, activity) };
      // The wait for the witness uses no attempt (cosigned-delivery.ts): the default retries are
      // for the job's own failures.
      await enqueueJob(ctx, { kind: COSIGNED_PROOF_JOB, payload });
      return;
    }
    await enqueueDelivery(ctx, peerActorId, completeActivity(ctx, activity));
  },
  async toFollowers(ctx, activity) {
    const complete = await proveActivity(ctx, completeActivity(ctx, activity));
    const followers = await ctx.store.db
      .selectFrom('federation_relations')
      .select('peer_actor_id')
      .where('they_follow', '=', 1)
      .execute();
    for (const { peer_actor_id } of followers) {
      const payload: DeliveryPayload = { peerActorId: peer_actor_id, activity: complete };
      await enqueueJob(ctx, { kind: DELIVERY_JOB, payload });
    }
  },
};

/**
 * Whether the activity carries one of our ledger events with its proof, to a peer whose witness
 * witnesses us: that peer accepts the proof only against a checkpoint its witness cosigned.
 */
async function awaitsCosignedProof(
  ctx: AppContext,
  peerActorId: string,
  activity: ActivityJson,
): Promise<boolean> {
  if (!activity['disco:event'] || !activity['disco:proof']) return false;
  const relation = await ctx.store.db
    .selectFrom('federation_relations')
    .select('witness_key')
    .where('peer_actor_id', '=', peerActorId)
    .executeTakeFirst();
  return relation?.witness_key != null;
}

/** Queues the complete activity for one peer, proved with the actor's key. */
export async function enqueueDelivery(
  ctx: AppContext,
  peerActorId: string,
  activity: ActivityJson,
): Promise<void> {
  const payload: DeliveryPayload = { peerActorId, activity: await proveActivity(ctx, activity) };
  await enqueueJob(ctx, { kind: DELIVERY_JOB, payload });
}

function proofIsFresh(ctx: AppContext, activity: ActivityJson): boolean {
  const proof = activity['proof'] as { created?: unknown } | undefined;
  const created = Date.parse(String(proof?.created));
  return created >= ctx.clock().getTime() - REPROVE_AFTER_MS;
}

async function inboxOf(ctx: AppContext, peerActorId: string): Promise<string> {
  const row = await ctx.store.db
    .selectFrom('federation_relations')
    .select('inbox')
    .where('peer_actor_id', '=', peerActorId)
    .executeTakeFirst();
  return row?.inbox ?? (await readPeerActor(ctx, peerActorId)).inbox;
}

/** The job handler: signs the activity and posts it to the peer's inbox, bounded in time and size. */
export async function deliverActivity(ctx: AppContext, job: Job): Promise<void> {
  const fed = requireFederation(ctx);
  const payload = job.payload as DeliveryPayload;
  const { peerActorId } = payload;
  const activity = proofIsFresh(ctx, payload.activity)
    ? payload.activity
    : await proveActivity(ctx, payload.activity);
  const inbox = await inboxOf(ctx, peerActorId);
  const { signRequest } = await import('@fedify/fedify');
  const [rsa] = await actorKeyPairs(ctx);
  const body = JSON.stringify(activity);
  const unsigned = new Request(inbox, {
    method: 'POST',
    headers: { 'content-type': 'application/activity+json', accept: 'application/activity+json' },
    body,
  });
  const signed = await signRequest(
    unsigned,
    rsa!.privateKey,
    new URL(`${ownActorId(fed)}#main-key`),
  );
  const answer = await guardedFetch(fed, inbox, {
    method: 'POST',
    headers: signed.headers,
    body,
  });
  if (answer.status >= 200 && answer.status < 300) return;
  const reason = message('job.failure.inbox-answered', { inbox, status: answer.status });
  const said = answer.text.slice(0, 200);
  // A peer that cannot yet verify us (401) or is busy may accept later; these it never will.
  if ([400, 404, 410, 413, 422].includes(answer.status))
    throw new PermanentJobFailure(reason, said);
  throw new JobFailure(reason, said);
}
