import { GOVERNANCE_PARAMETERS_SET } from '../../core/governance/proposal-events.js';
import type { GovernanceParameters } from '../../core/governance/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { AppError, conflict, refusal } from '../errors.js';
import { draftOf } from '../use-case-steps.js';
import type { Application } from './apply-passed-proposal.js';

/**
 * Puts the governance parameters a passed proposal carried in force, as the node, naming the
 * proposal (which then shows `executedSeq`). Once per proposal, checked inside the write
 * transaction so that two nodes closing together apply it once.
 *
 * @example await applyGovernanceParameters(ctx, proposalId, change.governanceParameters); // { status: 'applied', seq }
 */
export async function applyGovernanceParameters(
  ctx: AppContext,
  proposalId: string,
  parameters: GovernanceParameters,
): Promise<Application> {
  const draft = draftOf(ctx, null, GOVERNANCE_PARAMETERS_SET, {
    parameters,
    proposalId,
  });
  const executedSeq = async (db: AppContext['store']['db']) =>
    (
      await db
        .selectFrom('proposals')
        .select('executed_seq')
        .where('id', '=', proposalId)
        .executeTakeFirstOrThrow()
    ).executed_seq;
  try {
    const events = await appendEvents(ctx, [draft], {
      guard: async (db) => {
        if ((await executedSeq(db)) !== null)
          throw conflict(refusal('refusal.proposal-was-carried-out-meanwhile'));
      },
    });
    return { status: 'applied', seq: events[0]!.seq };
  } catch (error) {
    const seq =
      error instanceof AppError && error.code === 'conflict'
        ? await executedSeq(ctx.store.db)
        : null;
    if (seq === null) throw error;
    return { status: 'applied', seq };
  }
}
