import type { Accept, Activity, Follow, Undo } from '@fedify/fedify';
import {
  FEDERATION_FOLLOW_ACCEPTED,
  FEDERATION_FOLLOW_RECEIVED,
  FEDERATION_UNFOLLOW_RECEIVED,
} from '../../core/federation/federation-events.js';
import { isoNow } from '../clock.js';
import type { AppContext } from '../context.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { appendEvents } from '../ledger/append-events.js';
import { draftOf } from '../use-case-steps.js';
import { acceptPendingFollow } from './apply-federation-decision.js';
import { ownActorId } from './federation-app-names.js';
import type { ActivityJson } from './federation-port.js';
import { INBOUND_HANDLERS } from './inbound-handlers.js';
import { readPeerActor, requireFederation } from './resolve-peer.js';

/*
 * Fedify calls these only after the inbox verified the HTTP signature and that the signer is the
 * activity's actor (otherwise it answers 401 and nothing reaches here). What remains is whether
 * this DisCO lets that actor change anything, and whether the activity was already handled.
 */

interface Relation {
  we_follow: number;
  they_follow: number;
  they_accepted: number;
  their_follow_id: string | null;
}

async function relationOf(ctx: AppContext, peerActorId: string): Promise<Relation | undefined> {
  return ctx.store.db
    .selectFrom('federation_relations')
    .select(['we_follow', 'they_follow', 'they_accepted', 'their_follow_id'])
    .where('peer_actor_id', '=', peerActorId)
    .executeTakeFirst();
}

/** Whether this DisCO federates with the actor: both sides decided to follow the other. */
export async function federatesWith(ctx: AppContext, peerActorId: string): Promise<boolean> {
  const relation = await relationOf(ctx, peerActorId);
  return relation?.we_follow === 1 && relation.they_follow === 1;
}

/**
 * Notes the activity id as handled; false when it already was (a replay, or another server got
 * it first). The mark goes when handling fails, so a retry of the same activity is handled.
 */
async function firstTime(ctx: AppContext, activityId: string, peer: string): Promise<boolean> {
  const result = await ctx.store.db
    .insertInto('federation_seen')
    .values({ activity_id: activityId, peer_actor_id: peer, seen_at: ctx.clock().toISOString() })
    .onConflict((oc) => oc.column('activity_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Whether an inbound activity's id was already handled, from the actor it names: a replay, which
 * the inbox answers without verifying it again. Another actor reusing the id is not a replay of
 * it, and goes the whole way (where the id, already taken, records nothing).
 *
 * @example if (await alreadyHandled(ctx, json)) return 202;
 */
export async function alreadyHandled(ctx: AppContext, json: unknown): Promise<boolean> {
  const { id, actor } = (json ?? {}) as { id?: unknown; actor?: unknown };
  const actorId = typeof actor === 'string' ? actor : (actor as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string' || typeof actorId !== 'string') return false;
  const seen = await ctx.store.db
    .selectFrom('federation_seen')
    .select('peer_actor_id')
    .where('activity_id', '=', id)
    .executeTakeFirst();
  return seen?.peer_actor_id === actorId;
}

async function once(
  ctx: AppContext,
  activity: Activity,
  handle: (peerActorId: string) => Promise<void>,
): Promise<void> {
  const peer = activity.actorId?.href;
  const id = activity.id?.href;
  if (!peer || !id) return;
  if (!(await firstTime(ctx, id, peer))) return;
  try {
    await handle(peer);
  } catch (error) {
    await ctx.store.db.deleteFrom('federation_seen').where('activity_id', '=', id).execute();
    throw error;
  }
}

/**
 * Another DisCO asks to federate. Its request is recorded once per actor (a new Follow id from an
 * actor whose request stands adds nothing, unless this DisCO decided to follow it: then the new
 * id replaces the stored one) and waits for this DisCO's own `federation` decision;
 * when that decision was already taken, it is accepted now. Requests this DisCO did not ask for
 * are recorded only within their origin's hourly allowance (counted in the append's transaction),
 * so a server minting actors or Follow
 * ids cannot fill the ledger; the rest are dropped unrecorded, and a redelivery may come in later.
 */
export async function receiveFollow(ctx: AppContext, follow: Follow): Promise<void> {
  const fed = requireFederation(ctx);
  const peerActorId = follow.actorId?.href;
  const id = follow.id?.href;
  if (follow.objectId?.href !== ownActorId(fed) || !peerActorId || !id) return;
  const relation = await relationOf(ctx, peerActorId);
  const solicited = relation?.we_follow === 1;
  if (
    relation?.they_follow !== 1 &&
    !solicited &&
    !(await withinAllowance(ctx.store.db, ctx, peerActorId))
  )
    return;
  try {
    await once(ctx, follow, async () => {
      const now = await relationOf(ctx, peerActorId);
      if (now?.they_follow === 1) {
        // A DisCO we decided to follow that follows again (it lost its state, or re-decided)
        // answers for the new Follow from now on: its Undo will name that one.
        if (now.we_follow === 1 && now.their_follow_id !== id)
          await appendEvents(ctx, [
            draftOf(ctx, null, FEDERATION_FOLLOW_RECEIVED, {
              peer: await readPeerActor(ctx, peerActorId),
              activityId: id,
            }),
          ]);
        return acceptPendingFollow(ctx, peerActorId);
      }
      const peer = await readPeerActor(ctx, peerActorId);
      await appendEvents(
        ctx,
        [draftOf(ctx, null, FEDERATION_FOLLOW_RECEIVED, { peer, activityId: id })],
        // Counted and logged in the append's transaction, serialized with every other append, so
        // Follows arriving at once cannot all pass the count before any is logged.
        solicited ? {} : { guard: (db) => logWithinAllowance(db, ctx, peerActorId, id) },
      );
      await acceptPendingFollow(ctx, peerActorId);
    });
  } catch (error) {
    if (!(error instanceof OverAllowance)) throw error;
  }
}

const HOUR = 3_600_000;

class OverAllowance extends Error {}

/** Whether the actor's origin may still have an unsolicited Follow recorded this hour. */
async function withinAllowance(
  db: Kysely<Database>,
  ctx: AppContext,
  peerActorId: string,
): Promise<boolean> {
  const since = new Date(ctx.clock().getTime() - HOUR).toISOString();
  const row = await db
    .selectFrom('federation_follow_log')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('origin', '=', new URL(peerActorId).origin)
    .where('received_at', '>', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0) < requireFederation(ctx).unsolicitedFollowsPerOriginPerHour;
}

/** Inside the append: refuses a Follow over its origin's allowance, else logs it against it. */
async function logWithinAllowance(
  db: Kysely<Database>,
  ctx: AppContext,
  peerActorId: string,
  activityId: string,
): Promise<void> {
  if (!(await withinAllowance(db, ctx, peerActorId))) throw new OverAllowance();
  await db
    .insertInto('federation_follow_log')
    .values({
      activity_id: activityId,
      origin: new URL(peerActorId).origin,
      peer_actor_id: peerActorId,
      received_at: isoNow(ctx.clock),
    })
    .onConflict((oc) => oc.column('activity_id').doNothing())
    .execute();
}

/**
 * The peer accepted our Follow: recorded once, and only from a DisCO we decided to follow. An
 * Accept of anything else (an Offer of a transfer) goes to the domains' handlers.
 */
export async function receiveAccept(ctx: AppContext, accept: Accept): Promise<void> {
  if (!(await isOfFollow(accept))) return receiveOther(ctx, accept);
  await once(ctx, accept, async (peerActorId) => {
    const relation = await relationOf(ctx, peerActorId);
    if (relation?.we_follow !== 1 || relation.they_accepted === 1) return;
    await appendEvents(ctx, [
      draftOf(ctx, null, FEDERATION_FOLLOW_ACCEPTED, { peerActorId, activityId: accept.id!.href }),
    ]);
  });
}

/** Whether an Accept or Undo is about a Follow: its object is one, inline or by our follow id. */
async function isOfFollow(activity: Accept | Undo): Promise<boolean> {
  const json = (await activity.toJsonLd()) as ActivityJson;
  const object = json['object'] as { type?: string } | string | undefined;
  if (typeof object === 'string') return object.includes('/follows/');
  return object?.type === 'Follow';
}

/** The peer undid its Follow; any other Undo goes to the domains' handlers. */
export async function receiveUndo(ctx: AppContext, undo: Undo): Promise<void> {
  if (!(await isOfFollow(undo))) return receiveOther(ctx, undo);
  await once(ctx, undo, async (peerActorId) => {
    if ((await relationOf(ctx, peerActorId))?.they_follow !== 1) return;
    await appendEvents(ctx, [
      draftOf(ctx, null, FEDERATION_UNFOLLOW_RECEIVED, { peerActorId, activityId: undo.id!.href }),
    ]);
  });
}

/**
 * Any other activity: only from a DisCO this one federates with, once per id, handed to the
 * first domain handler that takes it (see inbound-handlers.ts). From anyone else it is dropped.
 */
export async function receiveOther(ctx: AppContext, activity: Activity): Promise<void> {
  const peer = activity.actorId?.href;
  if (!peer || !(await federatesWith(ctx, peer))) return;
  const json = (await activity.toJsonLd()) as ActivityJson;
  await once(ctx, activity, async (peerActorId) => {
    for (const handler of INBOUND_HANDLERS) {
      if ((await handler(ctx, { peerActorId, activity: json })) === 'handled') return;
    }
  });
}
