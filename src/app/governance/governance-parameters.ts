import { refusal } from '../errors.js';
import type { Kysely } from 'kysely';
import {
  DEFAULT_GOVERNANCE_PARAMETERS,
  governanceParameters,
  type GovernanceParameters,
} from '../../core/governance/vocabulary.js';
import type { Database } from '../../store/schema.js';
import { readConstituencies } from '../members/member-facts.js';
import { refuseIf } from '../use-case-steps.js';

/**
 * The governance parameters in force: the last ones set, or the defaults (every constituency with
 * the vote right votes on everything, weight 1, no quorum, no delegation).
 *
 * @example const params = await readGovernanceParameters(ctx.store.db);
 */
export async function readGovernanceParameters(
  db: Kysely<Database>,
): Promise<GovernanceParameters> {
  const row = await db
    .selectFrom('governance_parameters')
    .select('parameters')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row
    ? governanceParameters.parse(JSON.parse(row.parameters))
    : DEFAULT_GOVERNANCE_PARAMETERS;
}

/**
 * Refuses (422) parameters that name a constituency the DisCO does not have, each problem under
 * `prefix` (`''` for the parameters themselves, `change.governanceParameters.` in a proposal).
 *
 * @example await checkParameterConstituencies(db, params, 'change.governanceParameters.');
 */
export async function checkParameterConstituencies(
  db: Kysely<Database>,
  parameters: GovernanceParameters,
  prefix: string,
): Promise<void> {
  const known = new Set((await readConstituencies(db)).map((c) => c.slug));
  const named = [
    ...Object.entries(parameters.voters).flatMap(([kind, slugs]) =>
      (slugs ?? []).map((s, i) => [`voters.${kind}[${i}]`, s] as const),
    ),
    ...Object.keys(parameters.quorum).map((s) => [`quorum.${s}`, s] as const),
    ...Object.keys(parameters.weights).map((s) => [`weights.${s}`, s] as const),
  ];
  refuseIf(
    named
      .filter(([, s]) => !known.has(s))
      .map(([field, s]) => ({
        field: `${prefix}${field}`,
        message: `there is no constituency "${s}"`,
      })),
    refusal('refusal.governance-parameters-unknown-constituency'),
  );
}
