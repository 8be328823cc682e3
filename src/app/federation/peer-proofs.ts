import { z } from 'zod';
import { peerEventProof, type PeerEventProof } from '../../core/federation/economy-events.js';
import { verifyCheckpointSignature } from '../../core/ledger/checkpoint.js';
import {
  envelopeOf,
  hashEnvelope,
  nodeSignatureMessage,
  type LedgerEvent,
} from '../../core/ledger/event.js';
import { verifySignature } from '../../core/ledger/keys.js';
import {
  formatVerifierKey,
  makeVerifierKey,
  SIGNATURE_TYPE_COSIGNATURE_V1,
} from '../../core/ledger/signed-note.js';
import { leafHash, verifyInclusion } from '../../core/ledger/merkle.js';
import type { AppContext } from '../context.js';
import { getEventWithProof } from '../ledger/ledger-proofs.js';
import { makeCheckpoint } from '../ledger/make-checkpoint.js';
import { showCheckpointNote } from '../witnessing/checkpoint-note.js';
import { peerCheckpointAccepted } from './economy-federation.js';

/**
 * This node's event with the proof a peer needs: the node signs a checkpoint of its ledger as it
 * now stands (or reuses the one at that size) and proves the event's inclusion against it.
 *
 * @example const proof = await proveOwnEvent(ctx, events[0]!);
 */
export async function proveOwnEvent(ctx: AppContext, event: LedgerEvent): Promise<PeerEventProof> {
  const checkpoint = await makeCheckpoint(ctx);
  const { proof } = await getEventWithProof(ctx.store, event.seq, checkpoint.treeSize);
  return {
    eventHash: event.hash,
    leafIndex: proof.leafIndex,
    path: proof.path,
    checkpoint: {
      format: checkpoint.format,
      ledgerId: checkpoint.ledgerId,
      treeSize: checkpoint.treeSize,
      root: checkpoint.root,
      time: checkpoint.time,
      nodeKey: checkpoint.nodeKey,
      sig: checkpoint.sig,
    },
  };
}

/**
 * This node's event proved against the first checkpoint covering it that the peer's witness
 * cosigned, with as many distinct cosignatures as the peer publishes it requires (its
 * `disco:receipt-cosignatures`, recorded on the relation; never counting our own witness, which
 * the peer does not), with the cosigned note; null while there is none yet (the witnessing beat
 * submits each new checkpoint to the witnesses at the checkpoint cadence).
 *
 * @example const proof = await proveOwnEventCosigned(ctx, offer, peerActorId);
 */
export async function proveOwnEventCosigned(
  ctx: AppContext,
  event: LedgerEvent,
  peerActorId: string,
): Promise<PeerEventProof | null> {
  const relation = await ctx.store.db
    .selectFrom('federation_relations')
    .select(['witness_key', 'receipt_cosignatures'])
    .where('peer_actor_id', '=', peerActorId)
    .executeTakeFirst();
  if (!relation?.witness_key) return null;
  const peerWitness = relation.witness_key;
  const own = ownWitnessKey(ctx);
  const cosigned = await ctx.store.db
    .selectFrom('checkpoint_cosignatures')
    .select('tree_size')
    .where('tree_size', '>=', event.seq)
    .where('witness_key', '!=', own ?? '')
    .where('tree_size', 'in', (eb) =>
      eb
        .selectFrom('checkpoint_cosignatures')
        .select('tree_size')
        .where('witness_key', '=', peerWitness)
        .where('tree_size', '>=', event.seq),
    )
    .groupBy('tree_size')
    // One row per witness and size (its primary key): the rows are the distinct cosigners.
    .having((eb) => eb.fn.countAll(), '>=', Number(relation.receipt_cosignatures))
    .orderBy('tree_size')
    .executeTakeFirst();
  if (!cosigned) return null;
  const { checkpoint, note } = await showCheckpointNote(ctx, Number(cosigned.tree_size));
  const { proof } = await getEventWithProof(ctx.store, event.seq, checkpoint.treeSize);
  return {
    eventHash: event.hash,
    leafIndex: proof.leafIndex,
    path: proof.path,
    checkpoint: {
      format: checkpoint.format,
      ledgerId: checkpoint.ledgerId,
      treeSize: checkpoint.treeSize,
      root: checkpoint.root,
      time: checkpoint.time,
      nodeKey: checkpoint.nodeKey,
      sig: checkpoint.sig,
    },
    cosigned: note,
  };
}

/** This node's own witness's key as it signs cosignatures, or null when it runs none. */
function ownWitnessKey(ctx: AppContext): string | null {
  const witness = ctx.witnessing?.witness;
  if (!witness) return null;
  return formatVerifierKey(
    makeVerifierKey(
      witness.keyName,
      SIGNATURE_TYPE_COSIGNATURE_V1,
      Buffer.from(witness.signer.publicKey, 'base64url'),
    ),
  );
}

const ledgerEventShape = z.object({
  format: z.literal('disco-cat/event@1'),
  seq: z.number().int().positive(),
  prev: z.string(),
  type: z.string(),
  schema: z.number().int(),
  payload: z.record(z.string(), z.json()),
  actor: z.string().nullable(),
  time: z.string(),
  hash: z.string(),
  nodeSig: z.string(),
});

/**
 * A peer's ledger event of the expected type, when it is genuine: its hash is the hash of its
 * envelope, the peer's node signed it, and the proof puts it in the peer's signed checkpoint.
 * Null for anything else; what it carries is then the caller's to compare with the activity.
 *
 * @example const offer = await verifiedPeerEvent(ctx, peer, activity['disco:event'], activity['disco:proof'], 'solidarity.transfer.offered');
 */
export async function verifiedPeerEvent(
  ctx: AppContext,
  peer: string,
  rawEvent: unknown,
  rawProof: unknown,
  type: string,
): Promise<{ event: LedgerEvent; proof: PeerEventProof } | null> {
  const parsedEvent = ledgerEventShape.safeParse(rawEvent);
  const parsedProof = peerEventProof.safeParse(rawProof);
  if (!parsedEvent.success || !parsedProof.success) return null;
  const event = rawEvent as LedgerEvent;
  const proof = parsedProof.data;
  if (event.type !== type || proof.eventHash !== event.hash) return null;
  if (hashEnvelope(envelopeOf(event)) !== event.hash) return null;
  const key = proof.checkpoint.nodeKey;
  if (!verifySignature(key, nodeSignatureMessage(event.hash), event.nodeSig)) return null;
  if (!verifyCheckpointSignature(proof.checkpoint)) return null;
  if (proof.leafIndex !== event.seq - 1) return null;
  const included = verifyInclusion(
    proof.leafIndex,
    proof.checkpoint.treeSize,
    leafHash(Buffer.from(event.hash, 'hex')),
    proof.path.map((h) => Buffer.from(h, 'hex')),
    Buffer.from(proof.checkpoint.root, 'hex'),
  );
  if (!included) return null;
  if (!(await peerCheckpointAccepted(ctx, peer, proof))) return null;
  return { event, proof };
}
