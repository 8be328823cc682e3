import { DEFAULT_RECEIPT_COSIGNATURES } from './federation-settings.js';
import { RoutedStore } from '../../store/read-routing.js';
import type { Store } from '../../store/store.js';
import type { PeerEventProof } from '../../core/federation/economy-events.js';
import { parseCheckpointText } from '../../core/ledger/checkpoint-note.js';
import { verifyCosignature } from '../../core/ledger/cosignature.js';
import {
  makeVerifierKey,
  NoteFormatError,
  parseSignedNote,
  parseVerifierKey,
  SIGNATURE_TYPE_COSIGNATURE_V1,
  verifyNoteSignature,
  type VerifierKey,
} from '../../core/ledger/signed-note.js';
import type { AppContext } from '../context.js';
import { configuredWitnesses } from '../witnessing/configured-witnesses.js';
import { AppError, refusal } from '../errors.js';
import { ownActorId } from './federation-app-names.js';
import type { FederationOutbox } from './federation-port.js';
import { federationOutbox } from './outbox.js';
import { federatesWith } from './receive-activity.js';

/*
 * Where the economy meets the federation layer. The protocol half (Fedify, the inbox, the job
 * table, the federation relation) attaches its outbox and this DisCO's actor id to the store; a
 * node with no public URL and nothing attached is not federated and publishes nothing. Tests of
 * the economy alone attach an in-process loopback instead (`loopback-federation.ts`).
 */

export interface DomainFederation {
  /** This DisCO's ActivityPub actor id. */
  actorId: string;
  outbox: FederationOutbox;
}

const attached = new WeakMap<Store, DomainFederation>();

/** The HTTP app wraps the store to route reads; the federation belongs to the store beneath. */
const keyOf = (store: Store): Store => (store instanceof RoutedStore ? store.primary : store);

/**
 * Connects a node's store to the federation layer; every context on that store then publishes.
 *
 * @example attachFederation(ctx.store, { actorId: 'https://a.example/actor', outbox });
 */
export function attachFederation(store: Store, federation: DomainFederation): void {
  attached.set(keyOf(store), federation);
}

/**
 * The federation layer of this node, or null when it is not federated: what a test attached, or
 * else the ActivityPub actor and its job-table outbox when the node has a public URL.
 */
export function federationOf(ctx: AppContext): DomainFederation | null {
  const testAttached = attached.get(keyOf(ctx.store));
  if (testAttached) return testAttached;
  if (!ctx.federation?.publicUrl) return null;
  return { actorId: ownActorId(ctx.federation), outbox: federationOutbox };
}

/** The federation layer, or a 409 saying the node is not federated. */
export function requireFederation(ctx: AppContext): DomainFederation {
  const federation = federationOf(ctx);
  if (!federation)
    throw new AppError(409, 'not-federated', refusal('refusal.federation-not-configured'));
  return federation;
}

/** A 422 unless the actor is a federated DisCO. */
export async function refuseUnlessFederated(ctx: AppContext, actorId: string): Promise<void> {
  if (await federatesWith(ctx, actorId)) return;
  throw new AppError(
    422,
    'refused',
    refusal('refusal.federation-peer-unknown', { peer: actorId }),
    undefined,
    [{ field: 'peer', message: `${actorId} is not a DisCO this one federates with` }],
  );
}

/** The peers' names, for views: their handles, or their actor ids when they have none. */
export async function peerNames(ctx: AppContext): Promise<Map<string, string>> {
  const relations = await ctx.store.db
    .selectFrom('federation_relations')
    .select(['peer_actor_id', 'handle'])
    .execute();
  return new Map(relations.map((r) => [r.peer_actor_id, r.handle ?? r.peer_actor_id]));
}

/**
 * Whether a peer's checkpoint may stand behind a receipt. Between DisCOs that witness each other
 * (the peer publishes its log key and this node runs a witness) it must come as a signed note
 * that the peer's log key signed and a witness this node trusts for that peer cosigned: a
 * checkpoint signed on demand would let a peer that shows two histories prove an event in the one
 * it hides. A peer of the in-process loopback, which runs no witnesses, needs only the ledger key
 * it published. A checkpoint of any other ledger than the one the peer's actor publishes proves
 * nothing of its.
 */
export async function peerCheckpointAccepted(
  ctx: AppContext,
  peer: string,
  proof: PeerEventProof,
): Promise<boolean> {
  const { checkpoint } = proof;
  const relation = await ctx.store.db
    .selectFrom('federation_relations')
    .select(['log_key', 'witness_key'])
    .where('peer_actor_id', '=', peer)
    .executeTakeFirst();
  if (relation?.log_key && ctx.witnessing?.witness) {
    let logKey: VerifierKey;
    try {
      logKey = parseVerifierKey(relation.log_key);
    } catch (error) {
      if (error instanceof NoteFormatError) return false;
      throw error;
    }
    return cosignedBy(
      proof,
      logKey,
      await witnessesTrustedFor(ctx, relation.witness_key),
      ctx.federation?.receiptCosignatures ?? DEFAULT_RECEIPT_COSIGNATURES,
    );
  }
  return relation?.log_key != null && logKeyIs(relation.log_key, checkpoint.nodeKey);
}

/**
 * The witnesses whose cosignature on a peer's checkpoint counts here: this node's own, the ones
 * its governed parameter names and every other federated DisCO's (a federation decision is a
 * decision to trust that DisCO as a witness). Never the peer's own witness: a DisCO vouching for
 * its own log proves nothing about which history it shows.
 */
async function witnessesTrustedFor(
  ctx: AppContext,
  peerWitnessKey: string | null,
): Promise<VerifierKey[]> {
  const own = ctx.witnessing!.witness!;
  const trusted = [
    makeVerifierKey(
      own.keyName,
      SIGNATURE_TYPE_COSIGNATURE_V1,
      Buffer.from(own.signer.publicKey, 'base64url'),
    ),
  ];
  for (const witness of await configuredWitnesses(ctx))
    if (witness.key !== peerWitnessKey) trusted.push(witness.verifier);
  return trusted;
}

function logKeyIs(logKey: string, nodeKey: string): boolean {
  try {
    return parseVerifierKey(logKey).publicKey.equals(Buffer.from(nodeKey, 'base64url'));
  } catch {
    return false;
  }
}

/**
 * Whether the proof's note is its checkpoint, signed by the log key and cosigned by at least
 * `needed` distinct trusted witnesses (a line under any other key is ignored, whatever name it
 * gives, and a witness counts once however many lines it signed).
 */
function cosignedBy(
  proof: PeerEventProof,
  logKey: VerifierKey,
  trusted: VerifierKey[],
  needed: number,
): boolean {
  if (!proof.cosigned) return false;
  const { checkpoint } = proof;
  if (!Buffer.from(checkpoint.nodeKey, 'base64url').equals(logKey.publicKey)) return false;
  try {
    const note = parseSignedNote(proof.cosigned);
    const text = parseCheckpointText(note.text);
    if (text.origin !== logKey.keyName) return false;
    if (text.treeSize !== checkpoint.treeSize || text.root !== checkpoint.root) return false;
    if (!note.signatures.some((s) => verifyNoteSignature(note.text, s, logKey))) return false;
    const cosigners = trusted.filter((witness) =>
      note.signatures.some((s) => verifyCosignature(note.text, s, witness) !== null),
    );
    return new Set(cosigners.map((w) => w.publicKey.toString('hex'))).size >= needed;
  } catch (error) {
    if (error instanceof NoteFormatError) return false;
    throw error;
  }
}
