import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { changeMemberLevel } from '../members/change-member-level.js';
import { applyGovernanceParameters } from './apply-governance-parameters.js';
import { recordParameterVersion } from '../distribution/record-parameter-version.js';
import { requireProposal } from './proposal-facts.js';
import { applyFederationDecision } from '../federation/apply-federation-decision.js';

/** What carrying out a closed proposal did. */
export type Application =
  /** The change is on the ledger, in the event `seq`, with the proposal as its decision. */
  | { status: 'applied'; seq: number }
  /** Nothing for the node to do: it did not pass, or people carry it out (general, budget, policy). */
  | { status: 'nothing-to-apply'; reason: string }
  /** It passed but the change is not possible (the member left meanwhile, an invalid or overlapping parameter document…). */
  | { status: 'refused'; reason: string };

/**
 * The seam where a passed decision takes effect. Membership changes are carried out now, by the
 * node, as `changeMemberLevel` with `{ kind: 'proposal', proposalId }` as the decision, so the
 * ledger links the effect to the decision. CAT parameter changes become the next parameter version
 * from the document's own `effectiveFrom`, decided by the proposal (refused when the document is
 * invalid or overlaps another version).
 * Safe to call again: a proposal is carried out once.
 *
 * @example const application = await applyPassedProposal(ctx, proposalId); // { status: 'applied', seq: 42 }
 */
export async function applyPassedProposal(
  ctx: AppContext,
  proposalId: string,
): Promise<Application> {
  const proposal = await requireProposal(ctx.store.db, proposalId);
  if (proposal.status !== 'closed' || proposal.outcome !== 'passed') {
    return {
      status: 'nothing-to-apply',
      reason: `the proposal is ${proposal.status === 'closed' ? proposal.outcome : proposal.status}`,
    };
  }
  if (proposal.executedSeq !== null) return { status: 'applied', seq: proposal.executedSeq };
  switch (proposal.change.kind) {
    case 'policy-amendment':
      if (proposal.change.governanceParameters)
        return applyGovernanceParameters(ctx, proposalId, proposal.change.governanceParameters);
      return {
        status: 'nothing-to-apply',
        reason: 'a policy-amendment proposal is carried out by people',
      };
    case 'membership-change': {
      const { membership } = proposal.change;
      return carryOut(() =>
        changeMemberLevel(ctx, null, { ...membership, decision: { kind: 'proposal', proposalId } }),
      );
    }
    case 'cat-parameter-change': {
      const { parameters } = proposal.change;
      return carryOut(() =>
        recordParameterVersion(ctx, null, parameters, { kind: 'proposal', proposalId }),
      );
    }
    case 'federation': {
      const { federation } = proposal.change;
      return carryOut(async () => {
        const done = await applyFederationDecision(ctx, proposalId, federation);
        return { events: done.status === 'applied' ? [{ seq: done.seq }] : [] };
      });
    }
    default:
      return {
        status: 'nothing-to-apply',
        reason: `a ${proposal.change.kind} proposal is carried out by people`,
      };
  }
}

/** Runs the use case that carries a decision out; the domain refusing it (the member left meanwhile, an overlapping document) is an outcome, not a failure. */
async function carryOut(
  change: () => Promise<{ events: readonly { seq: number }[] }>,
): Promise<Application> {
  try {
    const { events } = await change();
    return { status: 'applied', seq: events[events.length - 1]!.seq };
  } catch (error) {
    if (error instanceof AppError)
      return {
        status: 'refused',
        reason: [error.message, ...error.problems.map((p) => `${p.field}: ${p.message}`)].join(' '),
      };
    throw error;
  }
}
