import type { Kysely } from 'kysely';
import { DEFAULT_GOVERNANCE_PARAMETERS, governanceParameters, type GovernanceParameters } from '../../core/governance/vocabulary.js';
import type { Database } from '../../store/schema.js';

/**
 * The governance parameters in force: the last ones set, or the defaults (every constituency with
 * the vote right votes on everything, weight 1, no quorum).
 *
 * @example const params = await readGovernanceParameters(ctx.store.db);
 */
export async function readGovernanceParameters(db: Kysely<Database>): Promise<GovernanceParameters> {
  const row = await db.selectFrom('governance_parameters').select('parameters').where('id', '=', 1).executeTakeFirst();
  return row ? governanceParameters.parse(JSON.parse(row.parameters)) : DEFAULT_GOVERNANCE_PARAMETERS;
}
