import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { changeMemberLevel } from '../members/change-member-level.js';
import { applyGovernanceParameters } from './apply-governance-parameters.js';
import { requireProposal } from './proposal-facts.js';

/** What carrying out a closed proposal did. */
export type Application =
  /** The change is on the ledger, in the event `seq`, with the proposal as its decision. */
  | { status: 'applied'; seq: number }
  /** It passed, but this version cannot carry out its kind yet (CAT parameters). */
  | { status: 'pending'; reason: string }
  /** Nothing for the node to do: it did not pass, or people carry it out (general, budget, policy). */
  | { status: 'nothing-to-apply'; reason: string }
  /** It passed but the change is no longer possible (the member left meanwhile…). */
  | { status: 'refused'; reason: string };

/**
 * The seam where a passed decision takes effect. Membership changes are carried out now, by the
 * node, as `changeMemberLevel` with `{ kind: 'proposal', proposalId }` as the decision, so the
 * ledger links the effect to the decision. CAT parameter changes are recorded (the document is on
 * the ledger in the proposal) and wait for the distribution issue, which will apply them here.
 * Safe to call again: a proposal is carried out once.
 *
 * @example const application = await applyPassedProposal(ctx, proposalId); // { status: 'applied', seq: 42 }
 */
export async function applyPassedProposal(ctx: AppContext, proposalId: string): Promise<Application> {
  const proposal = await requireProposal(ctx.store.db, proposalId);
  if (proposal.status !== 'closed' || proposal.outcome !== 'passed') {
    return { status: 'nothing-to-apply', reason: `the proposal is ${proposal.status === 'closed' ? proposal.outcome : proposal.status}` };
  }
  if (proposal.executedSeq !== null) return { status: 'applied', seq: proposal.executedSeq };
  switch (proposal.change.kind) {
    case 'policy-amendment':
      if (proposal.change.governanceParameters) return applyGovernanceParameters(ctx, proposalId, proposal.change.governanceParameters);
      return { status: 'nothing-to-apply', reason: 'a policy-amendment proposal is carried out by people' };
    case 'membership-change':
      try {
        const { events } = await changeMemberLevel(ctx, null, { ...proposal.change.membership, decision: { kind: 'proposal', proposalId } });
        return { status: 'applied', seq: events[events.length - 1]!.seq };
      } catch (error) {
        if (error instanceof AppError) return { status: 'refused', reason: [error.message, ...error.problems.map((p) => `${p.field}: ${p.message}`)].join(' ') };
        throw error;
      }
    case 'cat-parameter-change':
      return { status: 'pending', reason: 'CAT parameters are applied by the distribution issue; the passed document is on the ledger' };
    default:
      return { status: 'nothing-to-apply', reason: `a ${proposal.change.kind} proposal is carried out by people` };
  }
}
