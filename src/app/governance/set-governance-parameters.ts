import type { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { GOVERNANCE_PARAMETERS_SET } from '../../core/governance/proposal-events.js';
import { governanceParameters } from '../../core/governance/vocabulary.js';
import type { JsonObject } from '../../core/ledger/canonical.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { appendEvents } from '../append-events.js';
import type { AppContext } from '../context.js';
import { readConstituencies } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../members/use-case-steps.js';

export type SetGovernanceParametersInput = z.input<typeof governanceParameters>;

/**
 * Records new governance parameters, replacing the old ones whole. Founders set them for now; the
 * seam for "only by proposal" is the `governance.parameters.set` rule in the policy table, which a
 * DisCO will hand over to a passed `policy-amendment` proposal.
 *
 * @example await setGovernanceParameters(ctx, founder, { quorum: { 'worker-members': { numerator: 1, denominator: 2 } } });
 */
export async function setGovernanceParameters(ctx: AppContext, actor: Actor | null, input: SetGovernanceParametersInput): Promise<{ events: LedgerEvent[] }> {
  const parameters = parseInput(governanceParameters, input, 'The governance parameters cannot be set.');
  ensureAllowed('governance.parameters.set', actor);
  const known = new Set((await readConstituencies(ctx.store.db)).map((c) => c.slug));
  const named = [
    ...Object.entries(parameters.voters).flatMap(([kind, slugs]) => (slugs ?? []).map((s, i) => [`voters.${kind}[${i}]`, s] as const)),
    ...Object.keys(parameters.quorum).map((s) => [`quorum.${s}`, s] as const),
    ...Object.keys(parameters.weights).map((s) => [`weights.${s}`, s] as const),
  ];
  refuseIf(
    named.filter(([, s]) => !known.has(s)).map(([field, s]) => ({ field, message: `there is no constituency "${s}"` })),
    'The governance parameters name an unknown constituency.',
  );
  return { events: await appendEvents(ctx, [draftOf(ctx, actor, GOVERNANCE_PARAMETERS_SET, { parameters: parameters as unknown as JsonObject })]) };
}
