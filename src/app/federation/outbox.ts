import type { AppContext } from '../context.js';
import { uuidv7 } from '../ids.js';
import { enqueueJob, JobFailure, PermanentJobFailure, type Job } from '../jobs/job-queue.js';
import { actorKeyPairs } from './actor-keys.js';
import { ownActorId } from './federation-app-names.js';
import type { ActivityJson, FederationOutbox } from './federation-port.js';
import { requireFederation, readPeerActor } from './resolve-peer.js';
import { guardedFetch } from './guarded-fetch.js';

export const DELIVERY_JOB = 'federation.deliver';
const AS_CONTEXT = 'https://www.w3.org/ns/activitystreams';

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
 * The federation outbox over the durable job table: each activity is one job per recipient,
 * delivered signed (HTTP Signatures with the actor's RSA key) by whichever server claims it,
 * retried with backoff when the peer fails or hangs, given up when it refuses the activity itself.
 */
export const federationOutbox: FederationOutbox = {
  async toPeer(ctx, peerActorId, activity) {
    const payload: DeliveryPayload = { peerActorId, activity: completeActivity(ctx, activity) };
    await enqueueJob(ctx, { kind: DELIVERY_JOB, payload });
  },
  async toFollowers(ctx, activity) {
    const complete = completeActivity(ctx, activity);
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
  const { peerActorId, activity } = job.payload as DeliveryPayload;
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
  const reason = `${inbox} answered ${answer.status}`;
  const said = answer.text.slice(0, 200);
  // A peer that cannot yet verify us (401) or is busy may accept later; these it never will.
  if ([400, 404, 410, 413, 422].includes(answer.status))
    throw new PermanentJobFailure(reason, said);
  throw new JobFailure(reason, said);
}
