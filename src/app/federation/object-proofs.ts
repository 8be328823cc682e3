import { webcrypto } from 'node:crypto';
import type { CryptographicKey, Multikey } from '@fedify/fedify';
import { attachProof } from '../../core/federation/object-proof.js';
import type { AppContext } from '../context.js';
import { actorKeyPairs } from './actor-keys.js';
import { ownActorId } from './federation-app-names.js';
import type { ActivityJson } from './federation-port.js';
import {
  DEFAULT_PROOF_MAX_AGE_MS,
  PROOF_FUTURE_LEEWAY_MS,
  type FederationContext,
} from './federation-settings.js';
import { requireFederation } from './resolve-peer.js';

/*
 * Fedify numbers an actor's key pairs in the order the key-pairs dispatcher gives them: the RSA
 * key (HTTP Signatures) is `#main-key`, the Ed25519 key (object proofs) `#key-2`. The ledger's
 * node key, also published in the actor as `#ledger-key`, never signs a proof.
 */
const ED25519_KEY_FRAGMENT = '#key-2';
const LEDGER_KEY_FRAGMENT = '#ledger-key';

/** The id of this actor's Ed25519 key, the `verificationMethod` of its proofs. */
export function proofKeyId(fed: FederationContext): string {
  return `${ownActorId(fed)}${ED25519_KEY_FRAGMENT}`;
}

/**
 * The activity with an `eddsa-jcs-2022` proof (FEP-8b32) by this actor's own Ed25519 key, so it
 * stays attributable to this DisCO wherever it is relayed or kept, not only on the delivery that
 * carried it. Signed once per activity, whatever the number of recipients.
 *
 * @example const signed = await proveActivity(ctx, completeActivity(ctx, activity));
 */
export async function proveActivity(
  ctx: AppContext,
  activity: ActivityJson,
): Promise<ActivityJson> {
  const fed = requireFederation(ctx);
  const [, ed25519] = await actorKeyPairs(ctx);
  return attachProof(activity, proofKeyId(fed), ctx.clock(), (data) =>
    webcrypto.subtle.sign('Ed25519', ed25519!.privateKey, data),
  );
}

/*
 * Peers' proof keys, kept for the life of the process. A stale key costs nothing: Fedify fetches
 * the key afresh when a cached one fails to verify, and a peer's key changes only by rotation.
 */
const keyCaches = new WeakMap<FederationContext, Map<string, CryptographicKey | Multikey | null>>();

function keyCacheOf(fed: FederationContext) {
  let keys = keyCaches.get(fed);
  if (!keys) {
    keys = new Map();
    keyCaches.set(fed, keys);
  }
  const cache = keys;
  return {
    get: async (keyId: URL) => cache.get(keyId.href),
    set: async (keyId: URL, key: CryptographicKey | Multikey | null) => {
      if (key === null) cache.delete(keyId.href);
      else cache.set(keyId.href, key);
    },
  };
}

/**
 * How an inbound activity's object proofs stand: `too-old` when one was made longer ago than this
 * node accepts, `from-future` when one is dated over the leeway ahead of its clock.
 */
export type ProofCheck = 'absent' | 'valid' | 'invalid' | 'too-old' | 'from-future';

/** Where a proof's `created` falls against this node's window; null when it is inside. */
function outsideWindow(ctx: AppContext, created: unknown): ProofCheck | null {
  const at = typeof created === 'string' ? Date.parse(created) : NaN;
  if (Number.isNaN(at)) return 'invalid';
  const now = ctx.clock().getTime();
  if (at > now + PROOF_FUTURE_LEEWAY_MS) return 'from-future';
  if (at < now - (ctx.federation?.proofMaxAgeMs ?? DEFAULT_PROOF_MAX_AGE_MS)) return 'too-old';
  return null;
}

/**
 * Whether an inbound activity's proofs hold: every proof verifies over the JSON as received,
 * with a key its actor publishes, and none is made with a ledger key. Fedify's inbox, given a bad
 * proof, falls back to the HTTP signature; this lets the node refuse it instead, since a proof
 * that does not verify means the object was altered or forged after it was signed. A proof dated
 * outside the node's window is refused before any signature is checked.
 *
 * @example if ((await checkActivityProof(ctx, json)) === 'invalid') return 401;
 */
export async function checkActivityProof(ctx: AppContext, json: unknown): Promise<ProofCheck> {
  if (typeof json !== 'object' || json === null || !('proof' in json)) return 'absent';
  const fed = requireFederation(ctx);
  const proofs = (json as { proof: unknown }).proof;
  const list = Array.isArray(proofs) ? proofs : [proofs];
  for (const proof of list) {
    const method = (proof as { verificationMethod?: unknown } | null)?.verificationMethod;
    if (typeof method !== 'string' || method.endsWith(LEDGER_KEY_FRAGMENT)) return 'invalid';
  }
  for (const proof of list) {
    const outside = outsideWindow(ctx, (proof as { created?: unknown }).created);
    if (outside) return outside;
  }
  const { Activity, verifyObject } = await import('@fedify/fedify');
  const { guardedDocumentLoader } = await import('./federation-app.js');
  const loader = guardedDocumentLoader(fed);
  try {
    const verified = await verifyObject(Activity, json, {
      documentLoader: loader,
      contextLoader: loader,
      keyCache: keyCacheOf(fed),
    });
    return verified ? 'valid' : 'invalid';
  } catch {
    // Not an activity Fedify can read at all: it cannot be shown to be what was signed.
    return 'invalid';
  }
}
