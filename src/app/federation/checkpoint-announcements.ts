import { parseCheckpointText } from '../../core/ledger/checkpoint-note.js';
import {
  NoteFormatError,
  parseSignedNote,
  parseVerifierKey,
  verifyNoteSignature,
} from '../../core/ledger/signed-note.js';
import type { AppContext } from '../context.js';
import { showCheckpointNote } from '../witnessing/checkpoint-note.js';
import { WITNESS_SUBMISSION } from '../witnessing/submit-checkpoint.js';
import type { InboundHandler } from './federation-port.js';
import { federationOutbox } from './outbox.js';
import { StoreKvStore } from './store-kv.js';

export const CHECKPOINT_MEDIA_TYPE = 'text/x.tlog.checkpoint';
const ANNOUNCED = ['federation', 'announced-size'] as const;

/** What a peer last announced, and any proof that it showed two histories. */
export interface PeerCheckpointView {
  treeSize: number;
  cosignatures: number;
  at: string;
}
export interface EquivocationEvidence {
  /** The note the peer announced. */
  announced: string;
  /** The root our witness cosigned at the same size, hex. */
  witnessedRoot: string;
  treeSize: number;
  at: string;
}

const peerKey = (peer: string) => ['federation', 'peer-checkpoint', peer] as const;
const evidenceKey = (peer: string) => ['federation', 'equivocation', peer] as const;

/**
 * At the checkpoint cadence (from the witnessing beat, not on every write): once the witnesses
 * had their turn at the latest checkpoint, announces it with its cosignatures to every DisCO that
 * follows this one, so any two of them can compare what they were shown.
 *
 * @example await announceCheckpoint(ctx); // true when an Announce was queued
 */
export async function announceCheckpoint(ctx: AppContext): Promise<boolean> {
  if (!ctx.federation?.publicUrl || !ctx.node) return false;
  const latest = await ctx.store.latestCheckpoint();
  if (!latest || ctx.node.publicKey !== latest.nodeKey) return false;
  const kv = new StoreKvStore(ctx);
  if (((await kv.get<number>(ANNOUNCED)) ?? 0) >= latest.treeSize) return false;
  const waiting = await ctx.store.db
    .selectFrom('jobs')
    .select('id')
    .where('kind', '=', WITNESS_SUBMISSION)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  if (waiting) return false;
  const { note } = await showCheckpointNote(ctx, latest.treeSize);
  await federationOutbox.toFollowers(ctx, {
    type: 'Announce',
    object: { type: 'Note', mediaType: CHECKPOINT_MEDIA_TYPE, content: note },
  });
  await kv.set(ANNOUNCED, latest.treeSize);
  return true;
}

/**
 * A federated DisCO's checkpoint announcement: checked against the log key its actor published,
 * kept as its latest, and compared with what our witness cosigned for it. The same size under
 * another root is two histories: the evidence is kept and shown with the relation.
 */
export const receiveCheckpointAnnouncement: InboundHandler = async (
  ctx,
  { peerActorId, activity },
) => {
  const object = activity['object'] as { mediaType?: unknown; content?: unknown } | undefined;
  if (activity.type !== 'Announce' || object?.mediaType !== CHECKPOINT_MEDIA_TYPE) return 'ignored';
  if (typeof object.content !== 'string') return 'handled';
  const relation = await ctx.store.db
    .selectFrom('federation_relations')
    .select('log_key')
    .where('peer_actor_id', '=', peerActorId)
    .executeTakeFirst();
  if (!relation?.log_key) return 'handled';
  let note, checkpoint;
  try {
    note = parseSignedNote(object.content);
    checkpoint = parseCheckpointText(note.text);
  } catch (error) {
    if (error instanceof NoteFormatError) return 'handled';
    throw error;
  }
  const logKey = parseVerifierKey(relation.log_key);
  if (checkpoint.origin !== logKey.keyName) return 'handled';
  if (!note.signatures.some((s) => verifyNoteSignature(note.text, s, logKey))) return 'handled';
  const kv = new StoreKvStore(ctx);
  const at = ctx.clock().toISOString();
  const view: PeerCheckpointView = {
    treeSize: checkpoint.treeSize,
    cosignatures: note.signatures.length - 1,
    at,
  };
  await kv.set(peerKey(peerActorId), view);
  const witnessed = await ctx.store.db
    .selectFrom('witnessed_logs')
    .select(['size', 'root'])
    .where('origin', '=', checkpoint.origin)
    .executeTakeFirst();
  if (
    witnessed &&
    Number(witnessed.size) === checkpoint.treeSize &&
    witnessed.root !== checkpoint.root
  ) {
    const evidence: EquivocationEvidence = {
      announced: object.content,
      witnessedRoot: witnessed.root,
      treeSize: checkpoint.treeSize,
      at,
    };
    await kv.set(evidenceKey(peerActorId), evidence);
  }
  return 'handled';
};

/** What the peer last announced, and the evidence of two histories if any. */
export async function peerCheckpointState(
  ctx: AppContext,
  peerActorId: string,
): Promise<{ announced: PeerCheckpointView | null; equivocation: EquivocationEvidence | null }> {
  const kv = new StoreKvStore(ctx);
  return {
    announced: (await kv.get<PeerCheckpointView>(peerKey(peerActorId))) ?? null,
    equivocation: (await kv.get<EquivocationEvidence>(evidenceKey(peerActorId))) ?? null,
  };
}
