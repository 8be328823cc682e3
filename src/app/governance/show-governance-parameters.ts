import type { Actor } from '../../core/access/actor.js';
import type { GovernanceParameters } from '../../core/governance/vocabulary.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';
import { readGovernanceParameters } from './governance-parameters.js';

/**
 * The governance parameters in force, for members.
 *
 * @example (await showGovernanceParameters(ctx, actor)).quorum
 */
export async function showGovernanceParameters(
  ctx: AppContext,
  actor: Actor | null,
): Promise<GovernanceParameters> {
  ensureAllowed('governance.parameters.show', actor);
  return readGovernanceParameters(ctx.store.db);
}
