import { parseVerifierKey, type VerifierKey } from '../../core/ledger/signed-note.js';
import type { AppContext } from '../context.js';
import { readGovernanceParameters } from '../governance/governance-parameters.js';

export interface ConfiguredWitness {
  url: string;
  /** The vkey as configured. */
  key: string;
  verifier: VerifierKey;
}

/** The witnesses the governed parameter names, in its order. */
export async function configuredWitnesses(ctx: AppContext): Promise<ConfiguredWitness[]> {
  const { witnesses } = await readGovernanceParameters(ctx.store.db);
  return witnesses.map((w) => ({ url: w.url, key: w.key, verifier: parseVerifierKey(w.key) }));
}

/** `<prefix>/add-checkpoint`, whether or not the configured URL ends with a slash. */
export function witnessEndpoint(url: string, path: string): string {
  return `${url.replace(/\/+$/, '')}/${path}`;
}
