import {
  delegatesFor,
  resolveDelegations,
  type Delegation,
} from '../../core/governance/delegation.js';
import type { RecordedBallot } from '../../core/governance/tally-proposal.js';
import type { ProposalKind } from '../../core/governance/vocabulary.js';
import type { AppContext } from '../context.js';
import { loadActor } from '../members/load-actor.js';
import { readGovernanceParameters } from './governance-parameters.js';
import type { ProposalRecord } from './proposal-facts.js';
import { standingsOf } from './voter-standing.js';

/** A vote counted through delegation: whose it is, and the delegates it went through (the last one voted). */
export interface DelegatedVote {
  voterId: string;
  via: string[];
}

/**
 * The ballots counted for members who did not vote but delegated (when the DisCO allows
 * delegation): each is the ballot of the first delegate down their chain who voted, with the
 * delegator's own weight, binding and constituencies, and only for a delegator who may vote on the
 * proposal now. Read at the close, so a delegation set or revoked before the deadline counts.
 *
 * @example const { ballots, votes } = await delegatedBallots(ctx, proposal, direct);
 */
export async function delegatedBallots(
  ctx: AppContext,
  proposal: ProposalRecord,
  direct: readonly RecordedBallot[],
): Promise<{ ballots: RecordedBallot[]; votes: DelegatedVote[] }> {
  const db = ctx.store.db;
  if (!(await readGovernanceParameters(db)).delegation.enabled) return { ballots: [], votes: [] };
  const rows = await db.selectFrom('delegations').selectAll().execute();
  const delegations: Delegation[] = rows.map((r) => ({
    delegatorId: r.delegator_id,
    delegateId: r.delegate_id,
    circleId: r.circle_id,
    topic: r.topic as ProposalKind | null,
  }));
  const byVoter = new Map(direct.map((b) => [b.voterId, b]));
  const chains = resolveDelegations(new Set(byVoter.keys()), delegatesFor(delegations, proposal));
  const ballots: RecordedBallot[] = [];
  const votes: DelegatedVote[] = [];
  for (const [delegatorId, via] of chains) {
    const delegator = await loadActor(ctx, delegatorId);
    if (!delegator || delegator.status !== 'active') continue;
    const standing = (await standingsOf(ctx, delegator))(proposal.kind);
    if (standing.constituencyIds.length === 0) continue;
    ballots.push({
      voterId: delegatorId,
      ballot: byVoter.get(via[via.length - 1]!)!.ballot,
      ...standing,
    });
    votes.push({ voterId: delegatorId, via });
  }
  return { ballots, votes };
}
