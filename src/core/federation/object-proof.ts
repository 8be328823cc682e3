import { createHash } from 'node:crypto';
import { canonicalBytes } from '../ledger/canonical.js';

/*
 * Object Integrity Proofs (FEP-8b32) with the `eddsa-jcs-2022` cryptosuite of W3C Data Integrity
 * EdDSA: the signature is over SHA-256 of the canonical (RFC 8785, the ledger's own JCS) proof
 * options followed by SHA-256 of the canonical document without its proof. Signing is done here
 * over the JSON as it travels, because Fedify's `signObject` signs its own re-compaction of a
 * vocabulary object, which drops the `disco:` terms (the ledger event and its inclusion proof)
 * that most need protecting. Fedify's `verifyObject` checks the result (see object-proofs.ts).
 */

export const DATA_INTEGRITY_CONTEXT = 'https://w3id.org/security/data-integrity/v1';
export const EDDSA_JCS_2022 = 'eddsa-jcs-2022';

/** A Data Integrity proof as it travels in `proof`. */
export interface ObjectProof {
  type: 'DataIntegrityProof';
  cryptosuite: typeof EDDSA_JCS_2022;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  /** XML Schema dateTime in whole seconds, as Temporal prints it back to the verifier. */
  created: string;
  /** Multibase base58btc (`z…`) of the 64-byte Ed25519 signature. */
  proofValue: string;
}

type JsonDocument = Record<string, unknown>;

/** The document with the Data Integrity context added to its `@context`, which the proof terms need. */
export function withDataIntegrityContext<T extends JsonDocument>(doc: T): T {
  const context = doc['@context'];
  const list = context === undefined ? [] : Array.isArray(context) ? context : [context];
  if (list.includes(DATA_INTEGRITY_CONTEXT)) return doc;
  return { ...doc, '@context': [...list, DATA_INTEGRITY_CONTEXT] };
}

/** The `created` a proof carries: Temporal's print of the instant drops zero milliseconds. */
export function proofCreated(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

/**
 * The bytes an `eddsa-jcs-2022` signature covers: SHA-256 of the canonical proof options (with
 * the document's `@context`) followed by SHA-256 of the canonical document without `proof`.
 *
 * @example const data = proofHashData(activity, { type: 'DataIntegrityProof', ... });
 */
export function proofHashData(doc: JsonDocument, options: Omit<ObjectProof, 'proofValue'>): Buffer {
  const unsecured: JsonDocument = { ...doc };
  delete unsecured['proof'];
  const config = { '@context': doc['@context'], ...options };
  return Buffer.concat([
    createHash('sha256').update(canonicalBytes(config)).digest(),
    createHash('sha256').update(canonicalBytes(unsecured)).digest(),
  ]);
}

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Multibase base58btc (`z` prefix), as Data Integrity encodes `proofValue`. */
export function multibaseBase58btc(bytes: Uint8Array): string {
  let n = 0n;
  for (const byte of bytes) n = (n << 8n) | BigInt(byte);
  let digits = '';
  while (n > 0n) {
    digits = BASE58_ALPHABET[Number(n % 58n)] + digits;
    n /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    digits = `1${digits}`;
  }
  return `z${digits}`;
}

/**
 * The document signed: the Data Integrity context added, then a proof over everything else.
 * `sign` is the Ed25519 signature of the given bytes by the key `verificationMethod` names.
 *
 * @example const signed = await attachProof(activity, `${actor}#key-2`, new Date(), (d) => subtle.sign('Ed25519', key, d));
 */
export async function attachProof<T extends JsonDocument>(
  doc: T,
  verificationMethod: string,
  at: Date,
  sign: (data: Buffer) => Promise<ArrayBuffer | Uint8Array>,
): Promise<T & { proof: ObjectProof }> {
  const withContext = withDataIntegrityContext(doc);
  const options: Omit<ObjectProof, 'proofValue'> = {
    type: 'DataIntegrityProof',
    cryptosuite: EDDSA_JCS_2022,
    verificationMethod,
    proofPurpose: 'assertionMethod',
    created: proofCreated(at),
  };
  const signature = new Uint8Array(await sign(proofHashData(withContext, options)));
  return { ...withContext, proof: { ...options, proofValue: multibaseBase58btc(signature) } };
}
