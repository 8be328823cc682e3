import { webcrypto } from 'node:crypto';

type CryptoKeyPair = webcrypto.CryptoKeyPair;
import type { AppContext } from '../context.js';

type Algorithm = 'RSASSA-PKCS1-v1_5' | 'Ed25519';

const PARAMS = {
  // HTTP Signatures (draft-cavage), which most ActivityPub servers still verify only with RSA.
  'RSASSA-PKCS1-v1_5': {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
  // Object Integrity Proofs (FEP-8b32, eddsa-jcs-2022).
  Ed25519: { name: 'Ed25519' },
} as const;

/** The actor's key pairs, RSA first (Fedify signs deliveries with the first RSA key). */
export type ActorKeyPairs = CryptoKeyPair[];

async function importPair(alg: Algorithm, privateJwk: string, publicJwk: string) {
  const params = PARAMS[alg];
  return {
    privateKey: await webcrypto.subtle.importKey('jwk', JSON.parse(privateJwk), params, true, [
      'sign',
    ]),
    publicKey: await webcrypto.subtle.importKey('jwk', JSON.parse(publicJwk), params, true, [
      'verify',
    ]),
  } as CryptoKeyPair;
}

/**
 * The actor's own key pairs, made on first use and kept in `federation_keys`, so every server on
 * one database signs with the same keys. They are never the ledger key, which signs only the
 * ledger (it is published in the actor for verifying the ledger alone).
 *
 * @example const [rsa, ed25519] = await actorKeyPairs(ctx);
 */
export async function actorKeyPairs(ctx: AppContext): Promise<ActorKeyPairs> {
  const pairs: CryptoKeyPair[] = [];
  for (const alg of ['RSASSA-PKCS1-v1_5', 'Ed25519'] as const) {
    let row = await ctx.store.db
      .selectFrom('federation_keys')
      .selectAll()
      .where('algorithm', '=', alg)
      .executeTakeFirst();
    if (!row) {
      const made = (await webcrypto.subtle.generateKey(PARAMS[alg], true, [
        'sign',
        'verify',
      ])) as CryptoKeyPair;
      // Two servers starting together: the first row wins and both read it back.
      await ctx.store.db
        .insertInto('federation_keys')
        .values({
          algorithm: alg,
          private_jwk: JSON.stringify(await webcrypto.subtle.exportKey('jwk', made.privateKey)),
          public_jwk: JSON.stringify(await webcrypto.subtle.exportKey('jwk', made.publicKey)),
          created_at: ctx.clock().toISOString(),
        })
        .onConflict((oc) => oc.column('algorithm').doNothing())
        .execute();
      row = await ctx.store.db
        .selectFrom('federation_keys')
        .selectAll()
        .where('algorithm', '=', alg)
        .executeTakeFirstOrThrow();
    }
    pairs.push(await importPair(alg, row.private_jwk, row.public_jwk));
  }
  return pairs;
}
