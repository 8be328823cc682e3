import type { ConstituencyRights, DatingStage, MembershipLevel } from '../access/actor.js';
import type { GovernanceParameters, ProposalKind } from './vocabulary.js';

export interface ConstituencyFacts {
  id: string;
  slug: string;
  rights: ConstituencyRights;
}

/** What decides whether and how a member votes: their level and their constituencies. */
export interface VoterFacts {
  level: MembershipLevel | null;
  datingStage: DatingStage | null;
  constituencies: readonly ConstituencyFacts[];
}

export interface VoterStanding {
  /** The constituencies the member votes in on this kind of proposal; none means they may not vote. */
  constituencyIds: string[];
  /** Whether the ballot decides, or is only shown beside the result. */
  binding: boolean;
  weight: number;
}

/**
 * The constituencies that vote on a kind of proposal: those with the `vote` right, narrowed to the
 * ones the parameters list for that kind, if they list any.
 *
 * @example votingConstituencies(DEFAULT_GOVERNANCE_PARAMETERS, 'general', all).map((c) => c.slug) // ['worker-members']
 */
export function votingConstituencies<C extends ConstituencyFacts>(
  params: GovernanceParameters,
  kind: ProposalKind,
  constituencies: readonly C[],
): C[] {
  const listed = params.voters[kind];
  return constituencies.filter(
    (c) => c.rights.vote && (listed === undefined || listed.includes(c.slug)),
  );
}

/**
 * How a member votes on a kind of proposal. A dater in stage 1 or 2 votes but not bindingly (the
 * DisCO's mentoring model); anyone else binds when one of their voting constituencies has the
 * `bindingVote` right. The weight is the largest of their voting constituencies' weights, so
 * belonging to two constituencies never counts a person twice.
 *
 * @example voterStanding(DEFAULT_GOVERNANCE_PARAMETERS, 'general', { level: 'dating', datingStage: 1, constituencies: [workers] })
 * // { constituencyIds: [workers.id], binding: false, weight: 1 }
 */
export function voterStanding(
  params: GovernanceParameters,
  kind: ProposalKind,
  voter: VoterFacts,
): VoterStanding {
  const voting = votingConstituencies(params, kind, voter.constituencies);
  const earlyDater =
    voter.level === 'dating' && voter.datingStage !== null && voter.datingStage < 3;
  return {
    constituencyIds: voting.map((c) => c.id),
    binding: !earlyDater && voting.some((c) => c.rights.bindingVote),
    weight: Math.max(1, ...voting.map((c) => params.weights[c.slug] ?? 1)),
  };
}
