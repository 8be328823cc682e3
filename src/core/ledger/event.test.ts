import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalString } from './canonical.js';
import {
  envelopeOf,
  eventHashBytes,
  hashEnvelope,
  nodeSignatureMessage,
  sealEvent,
  sealEventText,
  signIntent,
  verifyMemberSignature,
  type EventDraft,
} from './event.js';
import { sha256, ZERO_HASH } from './hash.js';
import { generateEd25519KeyPair, signerFromPem, verifySignature } from './keys.js';

const node = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const member = signerFromPem(generateEd25519KeyPair().privateKeyPem);
const draft: EventDraft = {
  type: 'disco.renamed',
  schema: 1,
  payload: { name: 'Guerrilla Media Collective' },
  actor: 'm1',
  time: '2026-11-24T10:00:00.000Z',
};

describe('events', () => {
  it('canonicalises JSON as RFC 8785 says: sorted keys, no spaces, ES number form', () => {
    expect(canonicalString({ b: [1e21, 0.5, -0], a: 'é', c: { z: null, y: true } })).toBe(
      '{"a":"é","b":[1e+21,0.5,0],"c":{"y":true,"z":null}}',
    );
  });

  it('hashes the same content to the same hash whatever the key order', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())),
        (payload) => {
          const reversed = Object.fromEntries(Object.entries(payload).reverse());
          const a = sealEvent({ ...draft, payload }, 1, ZERO_HASH, node);
          const b = sealEvent({ ...draft, payload: reversed }, 1, ZERO_HASH, node);
          expect(a.hash).toBe(b.hash);
        },
      ),
    );
  });

  it('seals a draft: the hash covers the envelope and the node signs the hash', () => {
    const event = sealEvent(draft, 7, 'ab'.repeat(32), node);
    expect(event.hash).toBe(hashEnvelope(envelopeOf(event)));
    expect(verifySignature(node.publicKey, nodeSignatureMessage(event.hash), event.nodeSig)).toBe(
      true,
    );
    expect(hashEnvelope({ ...envelopeOf(event), seq: 8 })).not.toBe(event.hash);
    expect(hashEnvelope({ ...envelopeOf(event), payload: { name: 'x' } })).not.toBe(event.hash);
  });

  it('binds a member signature into the event so it cannot be stripped or moved', () => {
    const signed = signIntent(draft, member);
    expect(verifyMemberSignature(signed)).toBe(true);
    expect(verifyMemberSignature({ ...signed, payload: { name: 'other' } })).toBe(false);
    const event = sealEvent(signed, 1, ZERO_HASH, node);
    expect(event.memberSig?.publicKey).toBe(member.publicKey);
    const { memberSig: _dropped, ...stripped } = envelopeOf(event);
    expect(hashEnvelope(stripped)).not.toBe(event.hash);
  });

  it('hashes exactly the bytes RFC 8785 gives the whole envelope, on the fast path and off it', () => {
    const general = (envelope: object) =>
      sha256(Buffer.from(canonicalString(envelope))).toString('hex');
    const text = fc.string({ unit: 'binary' }).filter((t) => !/[\uD800-\uDFFF]/u.test(t));
    const json = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(text, tie('value'), { maxKeys: 3 }),
      ),
    }));
    fc.assert(
      fc.property(
        fc.record({
          type: text,
          schema: fc.integer({ min: 0 }),
          payload: fc.dictionary(text, json.value, { maxKeys: 4 }),
          actor: fc.option(text),
          time: text,
          signed: fc.boolean(),
          seq: fc.integer({ min: 1 }),
        }),
        ({ signed, seq, ...fields }) => {
          const d = {
            ...fields,
            ...(signed ? { memberSig: { publicKey: 'k\u00e9y', sig: 's"ig' } } : {}),
          } as EventDraft;
          const sealed = sealEventText(d, seq, ZERO_HASH, node);
          const envelope = envelopeOf(sealed.event);
          expect(sealed.event.hash).toBe(general(envelope));
          expect(sealed.hashBytes.toString('hex')).toBe(sealed.event.hash);
          expect(sealed.payloadText).toBe(canonicalString(d.payload));
          expect(hashEnvelope(envelope)).toBe(sealed.event.hash);
          expect(eventHashBytes(sealed.event).toString('hex')).toBe(sealed.event.hash);
        },
      ),
    );
    // Off the fast path: a key too many is hashed with the rest, a missing field is omitted.
    const event = sealEvent(draft, 3, ZERO_HASH, node);
    const extra = { ...envelopeOf(event), extra: 1 };
    expect(hashEnvelope(extra)).toBe(general(extra));
    expect(hashEnvelope(extra)).not.toBe(event.hash);
    const { actor: _actor, ...actorless } = envelopeOf(event);
    expect(hashEnvelope(actorless as never)).toBe(general(actorless));
    const { payload: _payload, ...payloadless } = envelopeOf(event);
    expect(hashEnvelope(payloadless as never)).toBe(general(payloadless));
    // The verifier's form hashes the event as its envelope, whatever it carries besides.
    for (const changed of [
      { ...event, extra: 1 },
      { ...event, actor: undefined },
      { ...event, payload: undefined },
      { ...event, memberSig: undefined },
    ])
      expect(eventHashBytes(changed as never).toString('hex')).toBe(
        hashEnvelope(envelopeOf(changed as never)),
      );
  });

  it('treats malformed keys and signatures as invalid rather than throwing', () => {
    expect(verifySignature('short', Buffer.from('x'), 'sig')).toBe(false);
    expect(verifySignature(node.publicKey, Buffer.from('x'), 'AAAA')).toBe(false);
  });
});
