import type { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { GOVERNANCE_PARAMETERS_SET } from '../../core/governance/proposal-events.js';
import { governanceParameters } from '../../core/governance/vocabulary.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { AppError, refusal } from '../errors.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { checkParameterConstituencies } from './governance-parameters.js';

export type SetGovernanceParametersInput = z.input<typeof governanceParameters>;

/**
 * Records the DisCO's first governance parameters (a founder's bootstrap). Once a document is on
 * the ledger, only a passed `policy-amendment` proposal carrying new parameters changes it
 * (`applyPassedProposal`); this refuses with 409, checked inside the write transaction so that two
 * founders cannot both bootstrap.
 *
 * @example await setGovernanceParameters(ctx, founder, { quorum: { 'worker-members': { numerator: 1, denominator: 2 } } });
 */
export async function setGovernanceParameters(
  ctx: AppContext,
  actor: Actor | null,
  input: SetGovernanceParametersInput,
): Promise<{ events: LedgerEvent[] }> {
  const parameters = parseInput(
    governanceParameters,
    input,
    refusal('refusal.governance-parameters-cannot-be-set'),
  );
  ensureAllowed('governance.parameters.set', actor);
  await checkParameterConstituencies(ctx.store.db, parameters, '');
  const draft = draftOf(ctx, actor, GOVERNANCE_PARAMETERS_SET, {
    parameters,
  });
  const events = await appendEvents(ctx, [draft], {
    guard: async (db) => {
      if (
        await db
          .selectFrom('governance_parameters')
          .select('id')
          .where('id', '=', 1)
          .executeTakeFirst()
      ) {
        throw new AppError(
          409,
          'parameters-set',
          refusal('refusal.governance-parameters-already-set'),
          refusal('hint.propose-governance-parameters'),
        );
      }
    },
  });
  return { events };
}
