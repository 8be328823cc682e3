import {
  isCosignatureVerifierKey,
  parseVerifierKey,
  type VerifierKey,
} from '../../core/ledger/signed-note.js';
import type { AppContext } from '../context.js';
import { readGovernanceParameters } from '../governance/governance-parameters.js';

export interface ConfiguredWitness {
  url: string;
  /** The vkey as configured. */
  key: string;
  verifier: VerifierKey;
}

/**
 * The witnesses the governed parameter names, in its order, then every DisCO this one federates
 * with (both sides decided by a `federation` proposal) that publishes a witness: a federation
 * decision is also the decision to be witnessed by that DisCO.
 */
export async function configuredWitnesses(ctx: AppContext): Promise<ConfiguredWitness[]> {
  const { witnesses } = await readGovernanceParameters(ctx.store.db);
  const federated = await ctx.store.db
    .selectFrom('federation_relations')
    .select(['witness_url', 'witness_key'])
    .where('we_follow', '=', 1)
    .where('they_follow', '=', 1)
    .where('witness_url', 'is not', null)
    .where('witness_key', 'is not', null)
    .orderBy('peer_actor_id')
    .execute();
  const governed = new Set(witnesses.map((w) => w.key));
  return [
    ...witnesses,
    ...federated
      .map((f) => ({ url: f.witness_url!, key: f.witness_key! }))
      .filter((w) => !governed.has(w.key) && isCosignatureVerifierKey(w.key)),
  ].map((w) => ({ url: w.url, key: w.key, verifier: parseVerifierKey(w.key) }));
}

/** `<prefix>/add-checkpoint`, whether or not the configured URL ends with a slash. */
export function witnessEndpoint(url: string, path: string): string {
  return `${url.replace(/\/+$/, '')}/${path}`;
}
