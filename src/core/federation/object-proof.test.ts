import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  attachProof,
  DATA_INTEGRITY_CONTEXT,
  multibaseBase58btc,
  proofCreated,
  proofHashData,
} from './object-proof.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const decodeBase58 = (text: string): Buffer => {
  let n = 0n;
  for (const c of text) n = n * 58n + BigInt(BASE58.indexOf(c));
  const hex = n.toString(16);
  const zeros = text.length - text.replace(/^1+/, '').length;
  return Buffer.concat([Buffer.alloc(zeros), Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex')]);
};

describe('eddsa-jcs-2022 object proofs', () => {
  it('encodes multibase base58btc as the multibase test vectors do, leading zeros as ones', () => {
    expect(multibaseBase58btc(Buffer.from('yes mani !'))).toBe('z7paNL19xttacUY');
    expect(multibaseBase58btc(Buffer.from('\0\0yes mani !'))).toBe('z117paNL19xttacUY');
  });

  it('prints created in whole seconds, as a verifier re-prints it', () => {
    expect(proofCreated(new Date('2026-12-03T14:45:44.678Z'))).toBe('2026-12-03T14:45:44Z');
  });

  it('signs the canonical document and proof options; any changed field breaks the signature', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const activity = {
      '@context': 'https://www.w3.org/ns/activitystreams',
      type: 'Create',
      id: 'https://a.example/activities/1',
      actor: 'https://a.example/actor',
      object: { type: 'Note', content: 'commons entry', 'disco:licence': 'PPL' },
    };
    const signed = await attachProof(
      activity,
      'https://a.example/actor#key-2',
      new Date('2026-12-03T14:00:00.000Z'),
      async (data) => sign(null, data, privateKey),
    );
    expect(signed['@context']).toEqual([
      'https://www.w3.org/ns/activitystreams',
      DATA_INTEGRITY_CONTEXT,
    ]);
    const { proofValue, ...options } = signed.proof;
    expect(options).toEqual({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      verificationMethod: 'https://a.example/actor#key-2',
      proofPurpose: 'assertionMethod',
      created: '2026-12-03T14:00:00Z',
    });
    expect(proofValue.startsWith('z')).toBe(true);
    const signature = decodeBase58(proofValue.slice(1));
    expect(signature).toHaveLength(64);
    const holds = (doc: Record<string, unknown>, opts = options) =>
      verify(null, proofHashData(doc, opts), publicKey, signature);
    expect(holds(signed)).toBe(true);
    // Key order is no part of what is signed (RFC 8785).
    expect(holds(Object.fromEntries(Object.entries(signed).reverse()))).toBe(true);
    expect(holds({ ...signed, object: { ...activity.object, 'disco:licence': 'MIT' } })).toBe(
      false,
    );
    expect(holds({ ...signed, id: 'https://a.example/activities/2' })).toBe(false);
    expect(holds(signed, { ...options, created: '2026-12-03T14:00:01Z' })).toBe(false);
  });
});
