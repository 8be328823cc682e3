import { canonicalBytes, type JsonObject } from './canonical.js';
import { sha256 } from './hash.js';
import { verifySignature, type Signer } from './keys.js';

export const EVENT_FORMAT = 'disco-cat/event@1';
export const INTENT_FORMAT = 'disco-cat/intent@1';
/** Prefix of the message a node signs, so an event signature can never pass for any other signature. */
const NODE_SIGNATURE_CONTEXT = Buffer.from('disco-cat/event-signature@1\n', 'utf8');

/** What someone asks the ledger to record, before it has a place in the chain. */
export interface EventDraft {
  type: string;
  /** Version of the payload schema for this type. */
  schema: number;
  payload: JsonObject;
  /** The member who acts, or null when the node itself acts (genesis, checkpoints of state, closing deadlines). */
  actor: string | null;
  /** ISO 8601 UTC, from the injected clock. */
  time: string;
  /** The acting member's signature over the draft, when the member signs on their own device. */
  memberSig?: MemberSignature;
}

/** A member's Ed25519 signature over the canonical intent of a draft (see `intentBytes`). */
export interface MemberSignature {
  publicKey: string;
  sig: string;
}

/** The hashed part of an event: a draft placed in the chain. */
export interface EventEnvelope extends EventDraft {
  format: typeof EVENT_FORMAT;
  /** 1 for the first event; the Merkle leaf index is seq - 1. */
  seq: number;
  /** Hash of the event at seq - 1, or 64 zeros for the first event. */
  prev: string;
}

/** An event as stored and exported: the envelope, its hash and the node's signature of that hash. */
export interface LedgerEvent extends EventEnvelope {
  hash: string;
  nodeSig: string;
}

export function envelopeOf(event: LedgerEvent): EventEnvelope {
  const { hash: _hash, nodeSig: _nodeSig, ...envelope } = event;
  return envelope;
}

/** The canonical bytes of an envelope: fields absent from a draft (no memberSig) are absent here too. */
export function envelopeBytes(envelope: EventEnvelope): Buffer {
  const { memberSig, ...rest } = envelope;
  return canonicalBytes(memberSig ? { ...rest, memberSig } : rest);
}

/** SHA-256 of the canonical envelope, hex. */
export function hashEnvelope(envelope: EventEnvelope): string {
  return sha256(envelopeBytes(envelope)).toString('hex');
}

export function nodeSignatureMessage(hashHex: string): Buffer {
  return Buffer.concat([NODE_SIGNATURE_CONTEXT, Buffer.from(hashHex, 'hex')]);
}

/** What a member signs: the draft without seq and prev, which the member cannot know in advance. */
export function intentBytes(draft: EventDraft): Buffer {
  return canonicalBytes({
    format: INTENT_FORMAT,
    type: draft.type,
    schema: draft.schema,
    payload: draft.payload,
    actor: draft.actor,
    time: draft.time,
  });
}

export function signIntent(draft: EventDraft, member: Signer): EventDraft {
  return {
    ...draft,
    memberSig: { publicKey: member.publicKey, sig: member.sign(intentBytes(draft)) },
  };
}

export function verifyMemberSignature(draft: EventDraft): boolean {
  if (!draft.memberSig) return true;
  return verifySignature(draft.memberSig.publicKey, intentBytes(draft), draft.memberSig.sig);
}

/**
 * Places a draft in the chain after `prev` and signs it with the node key.
 *
 * @example sealEvent(draft, 1, ZERO_HASH, nodeSigner)
 */
export function sealEvent(draft: EventDraft, seq: number, prev: string, node: Signer): LedgerEvent {
  const envelope: EventEnvelope = {
    format: EVENT_FORMAT,
    seq,
    prev,
    type: draft.type,
    schema: draft.schema,
    payload: draft.payload,
    actor: draft.actor,
    time: draft.time,
    ...(draft.memberSig ? { memberSig: draft.memberSig } : {}),
  };
  const hash = hashEnvelope(envelope);
  return { ...envelope, hash, nodeSig: node.sign(nodeSignatureMessage(hash)) };
}
