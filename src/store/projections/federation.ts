import {
  FEDERATION_FOLLOW_ACCEPTED,
  FEDERATION_FOLLOW_DECIDED,
  FEDERATION_FOLLOW_RECEIVED,
  FEDERATION_UNFOLLOW_DECIDED,
  FEDERATION_UNFOLLOW_RECEIVED,
  type FederationPeer,
} from '../../core/federation/federation-events.js';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Projector } from './projector.js';

/** Writes what the peer's actor published, keeping the relation's flags. */
async function upsertPeer(
  db: Kysely<Database>,
  peer: FederationPeer,
  seq: number,
  time: string,
  flags: Partial<{
    we_follow: number;
    they_follow: number;
    they_accepted: number;
    their_follow_id: string;
    decided_by: string;
  }>,
): Promise<void> {
  const described = {
    handle: peer.handle,
    inbox: peer.inbox,
    witness_url: peer.witnessUrl,
    witness_key: peer.witnessKey,
    log_key: peer.logKey,
    receipt_cosignatures: peer.receiptCosignatures ?? 1,
    seq,
    updated_at: time,
  };
  await db
    .insertInto('federation_relations')
    .values({
      peer_actor_id: peer.actorId,
      we_follow: 0,
      they_follow: 0,
      they_accepted: 0,
      their_follow_id: null,
      decided_by: null,
      ...described,
      ...flags,
    })
    .onConflict((oc) => oc.column('peer_actor_id').doUpdateSet({ ...described, ...flags }))
    .execute();
}

/**
 * Every DisCO this one federates with or was asked to: who decided to follow whom, and what
 * each peer's actor publishes for witnessing.
 *
 * @example await db.selectFrom('federation_relations').selectAll().where('we_follow', '=', 1).execute();
 */
export const federationProjector: Projector = {
  name: 'federation',
  tables: ['federation_relations'],
  types: [
    FEDERATION_FOLLOW_DECIDED,
    FEDERATION_UNFOLLOW_DECIDED,
    FEDERATION_FOLLOW_RECEIVED,
    FEDERATION_FOLLOW_ACCEPTED,
    FEDERATION_UNFOLLOW_RECEIVED,
  ],
  async apply(db, event) {
    const update = (peerActorId: string, set: Record<string, number | string | null>) =>
      db
        .updateTable('federation_relations')
        .set({ ...set, seq: event.seq, updated_at: event.time })
        .where('peer_actor_id', '=', peerActorId)
        .execute();
    switch (event.type) {
      case FEDERATION_FOLLOW_DECIDED:
        return void (await upsertPeer(db, event.payload.peer, event.seq, event.time, {
          we_follow: 1,
          they_accepted: 0,
          decided_by: event.payload.proposalId,
        }));
      case FEDERATION_FOLLOW_RECEIVED:
        return void (await upsertPeer(db, event.payload.peer, event.seq, event.time, {
          they_follow: 1,
          their_follow_id: event.payload.activityId,
        }));
      case FEDERATION_UNFOLLOW_DECIDED:
        return void (await update(event.payload.peerActorId, {
          we_follow: 0,
          they_accepted: 0,
          decided_by: event.payload.proposalId,
        }));
      case FEDERATION_FOLLOW_ACCEPTED:
        return void (await update(event.payload.peerActorId, { they_accepted: 1 }));
      case FEDERATION_UNFOLLOW_RECEIVED:
        return void (await update(event.payload.peerActorId, {
          they_follow: 0,
          their_follow_id: null,
        }));
      default:
        return;
    }
  },
};
