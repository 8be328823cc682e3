import {
  FEDERATION_FOLLOW_DECIDED,
  FEDERATION_UNFOLLOW_DECIDED,
  type FederationChange,
} from '../../core/federation/federation-events.js';
import type { AppContext } from '../context.js';
import { AppError, conflict, refusal } from '../errors.js';
import type { Application } from '../governance/apply-passed-proposal.js';
import { appendEvents } from '../ledger/append-events.js';
import { draftOf } from '../use-case-steps.js';
import { trustLog } from '../witnessing/witness-logs.js';
import { ownActorId } from './federation-app-names.js';
import { federationOutbox } from './outbox.js';
import { requireFederation } from './resolve-peer.js';

/** The id of the Follow a `federation` proposal sends: one per decision, so a replay is the same. */
export function followId(ctx: AppContext, proposalId: string): string {
  return `${ownActorId(requireFederation(ctx))}/follows/${proposalId}`;
}

/**
 * Carries out a passed `federation` proposal. Follow: the ledger records the decision, our
 * witness starts cosigning the peer's log, a Follow goes to the peer, and when the peer's own
 * Follow is already here our decision accepts it (each side's decision is its consent). Unfollow:
 * recorded, and an Undo of our Follow goes to the peer. Once per proposal, checked inside the
 * write transaction.
 *
 * @example await applyFederationDecision(ctx, proposalId, change.federation); // { status: 'applied', seq }
 */
export async function applyFederationDecision(
  ctx: AppContext,
  proposalId: string,
  change: FederationChange,
): Promise<Application> {
  requireFederation(ctx);
  const { peer } = change;
  const draft =
    change.action === 'follow'
      ? draftOf(ctx, null, FEDERATION_FOLLOW_DECIDED, { peer, proposalId })
      : draftOf(ctx, null, FEDERATION_UNFOLLOW_DECIDED, { peerActorId: peer.actorId, proposalId });
  const executedSeq = async (db: AppContext['store']['db']) =>
    (
      await db
        .selectFrom('proposals')
        .select('executed_seq')
        .where('id', '=', proposalId)
        .executeTakeFirstOrThrow()
    ).executed_seq;
  let seq: number;
  try {
    const events = await appendEvents(ctx, [draft], {
      guard: async (db) => {
        if ((await executedSeq(db)) !== null)
          throw conflict(refusal('refusal.proposal-was-carried-out-meanwhile'));
      },
    });
    seq = events[0]!.seq;
  } catch (error) {
    const done =
      error instanceof AppError && error.code === 'conflict'
        ? await executedSeq(ctx.store.db)
        : null;
    if (done === null) throw error;
    return { status: 'applied', seq: done };
  }
  if (change.action === 'follow') {
    if (peer.logKey) await trustLog(ctx, peer.logKey).catch(() => undefined);
    await federationOutbox.toPeer(ctx, peer.actorId, {
      type: 'Follow',
      id: followId(ctx, proposalId),
      object: peer.actorId,
    });
    await acceptPendingFollow(ctx, peer.actorId);
  } else {
    const relation = await ctx.store.db
      .selectFrom('federation_relations')
      .select('decided_by')
      .where('peer_actor_id', '=', peer.actorId)
      .executeTakeFirst();
    await federationOutbox.toPeer(ctx, peer.actorId, {
      type: 'Undo',
      object: {
        type: 'Follow',
        ...(relation?.decided_by ? { id: followId(ctx, relation.decided_by) } : {}),
        actor: ownActorId(requireFederation(ctx)),
        object: peer.actorId,
      },
    });
  }
  return { status: 'applied', seq };
}

/** When both sides decided, our Accept of the peer's Follow goes out (again, harmlessly). */
export async function acceptPendingFollow(ctx: AppContext, peerActorId: string): Promise<void> {
  const relation = await ctx.store.db
    .selectFrom('federation_relations')
    .select(['we_follow', 'they_follow', 'their_follow_id'])
    .where('peer_actor_id', '=', peerActorId)
    .executeTakeFirst();
  if (!relation || relation.we_follow !== 1 || relation.they_follow !== 1) return;
  await federationOutbox.toPeer(ctx, peerActorId, {
    type: 'Accept',
    object: { type: 'Follow', id: relation.their_follow_id, actor: peerActorId },
  });
}
