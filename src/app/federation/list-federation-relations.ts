import type { AppContext } from '../context.js';
import { notFound, refusal } from '../errors.js';
import { showWitnessStatus, type WitnessStatus } from '../witnessing/witness-status.js';
import {
  peerCheckpointState,
  type EquivocationEvidence,
  type PeerCheckpointView,
} from './checkpoint-announcements.js';

export interface FederationRelationView {
  peerActorId: string;
  handle: string | null;
  /** federated: both decided; we-asked: our Follow waits for their decision; asked-us: theirs waits for ours; ended: neither follows now. */
  status: 'federated' | 'we-asked' | 'asked-us' | 'ended';
  weFollow: boolean;
  theyFollow: boolean;
  theyAccepted: boolean;
  /** The proposal that decided our latest follow or unfollow. */
  decidedBy: string | null;
  /** How far the peer, as our witness, cosigned our ledger; null when it is not our witness. */
  witness: WitnessStatus | null;
  /** The peer's latest checkpoint as it announced it to us. */
  announced: PeerCheckpointView | null;
  /** Proof that the peer showed us a checkpoint our witness saw otherwise (two histories). */
  equivocation: EquivocationEvidence | null;
  updatedAt: string;
}

function statusOf(weFollow: boolean, theyFollow: boolean): FederationRelationView['status'] {
  if (weFollow && theyFollow) return 'federated';
  if (weFollow) return 'we-asked';
  if (theyFollow) return 'asked-us';
  return 'ended';
}

/**
 * Every DisCO this one federates with or was asked to, with the witness status of each.
 *
 * @example const relations = await listFederationRelations(ctx); // [{ status: 'federated', witness: { cosignedSize: 12 } }]
 */
export async function listFederationRelations(ctx: AppContext): Promise<FederationRelationView[]> {
  const rows = await ctx.store.db
    .selectFrom('federation_relations')
    .selectAll()
    .orderBy('peer_actor_id')
    .execute();
  const witnesses = (await showWitnessStatus(ctx)).witnesses;
  const views: FederationRelationView[] = [];
  for (const row of rows) {
    const weFollow = row.we_follow === 1;
    const theyFollow = row.they_follow === 1;
    views.push({
      peerActorId: row.peer_actor_id,
      handle: row.handle,
      status: statusOf(weFollow, theyFollow),
      weFollow,
      theyFollow,
      theyAccepted: row.they_accepted === 1,
      decidedBy: row.decided_by,
      witness: witnesses.find((w) => w.key === row.witness_key) ?? null,
      ...(await peerCheckpointState(ctx, row.peer_actor_id)),
      updatedAt: row.updated_at,
    });
  }
  return views;
}

/** One relation, by the peer's actor id or handle. */
export async function showFederationRelation(
  ctx: AppContext,
  peer: string,
): Promise<FederationRelationView> {
  const found = (await listFederationRelations(ctx)).find(
    (r) => r.peerActorId === peer || r.handle === peer.replace(/^@/, ''),
  );
  if (!found) throw notFound(refusal('refusal.federation-relation-unknown', { peer }));
  return found;
}
