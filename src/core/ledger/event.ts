import { canonicalBytes, canonicalString, type JsonObject } from './canonical.js';
import { HASH_BYTES, sha256, sha256Of } from './hash.js';
import { verifySignature, type Signer } from './keys.js';

export const EVENT_FORMAT = 'disco-cat/event@1';
export const INTENT_FORMAT = 'disco-cat/intent@1';
const FORMAT_TEXT = JSON.stringify(EVENT_FORMAT);
const ENVELOPE_KEYS = new Set([
  'actor',
  'format',
  'memberSig',
  'payload',
  'prev',
  'schema',
  'seq',
  'time',
  'type',
]);
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
  return canonicalBytes(envelopeFields(envelope));
}

/** SHA-256 of the canonical envelope, hex. */
export function hashEnvelope(envelope: EventEnvelope): string {
  // A payload left out (an imported event missing it) is for the general canonicaliser to omit.
  const text =
    envelope.payload === undefined
      ? undefined
      : envelopeTextWith(envelope, canonicalString(envelope.payload));
  return (text === undefined ? sha256(envelopeBytes(envelope)) : sha256Of(text)).toString('hex');
}

/**
 * The 32 bytes `hashEnvelope(envelopeOf(event))` is the hex of, without copying the event into an
 * envelope first: a verifier hashes every event of a ledger, and wants the bytes (for the Merkle
 * leaf and the signed message) more than the hex.
 *
 * @example eventHashBytes(event).toString('hex') === event.hash // when the event is intact
 */
export function eventHashBytes(event: LedgerEvent): Buffer {
  if (event.payload !== undefined) {
    let plain = true;
    for (const key in event)
      if (!ENVELOPE_KEYS.has(key) && key !== 'hash' && key !== 'nodeSig') plain = false;
    const text = plain ? fieldsText(event, canonicalString(event.payload)) : undefined;
    if (text !== undefined) return sha256Of(text);
  }
  return Buffer.from(hashEnvelope(envelopeOf(event)), 'hex');
}

export function nodeSignatureMessage(hashHex: string): Buffer {
  return Buffer.concat([NODE_SIGNATURE_CONTEXT, Buffer.from(hashHex, 'hex')]);
}

/** `nodeSignatureMessage` from the hash's 32 bytes, as sealing has them, without decoding hex. */
export function nodeSignatureMessageOf(hashBytes: Buffer): Buffer {
  const message = Buffer.allocUnsafe(NODE_SIGNATURE_CONTEXT.length + HASH_BYTES);
  NODE_SIGNATURE_CONTEXT.copy(message, 0);
  hashBytes.copy(message, NODE_SIGNATURE_CONTEXT.length);
  return message;
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
  return sealEventText(draft, seq, prev, node).event;
}

/** A sealed event with its payload's canonical text and its hash's bytes, as the store writes them. */
export interface SealedEvent {
  event: LedgerEvent;
  /** `canonicalString(event.payload)`: the stored form of the payload. */
  payloadText: string;
  /** `event.hash` as bytes, the Merkle leaf's data. */
  hashBytes: Buffer;
}

/**
 * `sealEvent`, canonicalising the payload only once: its text goes into the envelope's bytes (for
 * the hash) and to the store (for the row), instead of being produced again for each.
 *
 * @example const { event, payloadText } = sealEventText(draft, 1, ZERO_HASH, nodeSigner);
 */
export function sealEventText(
  draft: EventDraft,
  seq: number,
  prev: string,
  node: Signer | null,
): SealedEvent {
  // The event is built once, in its final key order, and given its hash and signature below:
  // an envelope object and a copy of it per event were most of an append's garbage.
  const { type, schema, payload, actor, time, memberSig } = draft;
  const event: LedgerEvent = memberSig
    ? {
        format: EVENT_FORMAT,
        seq,
        prev,
        type,
        schema,
        payload,
        actor,
        time,
        memberSig,
        hash: '',
        nodeSig: '',
      }
    : {
        format: EVENT_FORMAT,
        seq,
        prev,
        type,
        schema,
        payload,
        actor,
        time,
        hash: '',
        nodeSig: '',
      };
  const payloadText = canonicalString(payload);
  const text = fieldsText(event, payloadText);
  const hashBytes = sha256Of(text ?? canonicalString(envelopeFields(envelopeOf(event))));
  event.hash = hashBytes.toString('hex');
  // Without a signer the caller signs `nodeSignatureMessageOf(hashBytes)` itself before the event
  // goes anywhere (a bulk append signs off its thread): the hash does not cover the signature.
  if (node) event.nodeSig = node.sign(nodeSignatureMessageOf(hashBytes));
  return { event, payloadText, hashBytes };
}

function envelopeFields(envelope: EventEnvelope): object {
  const { memberSig, ...rest } = envelope;
  return memberSig ? { ...rest, memberSig } : rest;
}

/**
 * The envelope's canonical text around a payload already canonical: RFC 8785 orders an object's
 * keys by their UTF-16 code units, which for the envelope's fixed keys is the order written here.
 * Undefined (the general canonicaliser must decide) when the object holds any other key (an
 * imported event with a field too many must not hash as if it had none) or a field is not of its
 * declared type, e.g. an `actor` left undefined by a JavaScript caller, which canonical JSON omits.
 */
function envelopeTextWith(envelope: EventEnvelope, payloadText: string): string | undefined {
  for (const key in envelope) if (!ENVELOPE_KEYS.has(key)) return undefined;
  return fieldsText(envelope, payloadText);
}

/** `envelopeTextWith` for an object whose keys are known to be the envelope's (and at most `hash` and `nodeSig`, which it ignores). */
function fieldsText(envelope: EventEnvelope, payloadText: string): string | undefined {
  const { actor, format, memberSig, prev, schema, seq, time, type } = envelope;
  if (
    format !== EVENT_FORMAT ||
    !(actor === null || typeof actor === 'string') ||
    typeof prev !== 'string' ||
    typeof schema !== 'number' ||
    typeof seq !== 'number' ||
    typeof time !== 'string' ||
    typeof type !== 'string'
  )
    return undefined;
  return (
    `{"actor":${actor === null ? 'null' : canonicalString(actor)},"format":${FORMAT_TEXT}` +
    (memberSig ? `,"memberSig":${canonicalString(memberSig)}` : '') +
    `,"payload":${payloadText},"prev":${canonicalString(prev)},"schema":${canonicalString(schema)}` +
    `,"seq":${canonicalString(seq)},"time":${canonicalString(time)},"type":${canonicalString(type)}}`
  );
}
