import type { RuleProblem } from './rule-problem.js';
import type { MembershipDecision } from './vocabulary.js';

/** The DisCO settings that govern how membership changes are decided. */
export interface MembershipSettings {
  /** Once governance is in place a DisCO may switch this on, and founders can no longer act alone. */
  membershipChangesRequireProposal: boolean;
}

export const DEFAULT_MEMBERSHIP_SETTINGS: MembershipSettings = {
  membershipChangesRequireProposal: false,
};

export type DecisionKind = MembershipDecision['kind'];

/**
 * The kinds of decision that may carry a membership change under these settings: the single
 * place where "founders act" gives way to "the collective decides".
 *
 * @example acceptableDecisionKinds({ membershipChangesRequireProposal: true }) // ['proposal']
 */
export function acceptableDecisionKinds(settings: MembershipSettings): DecisionKind[] {
  return settings.membershipChangesRequireProposal ? ['proposal'] : ['founder-action', 'proposal'];
}

/**
 * @example decisionProblems({ kind: 'founder-action' }, DEFAULT_MEMBERSHIP_SETTINGS) // []
 */
export function decisionProblems(
  decision: MembershipDecision,
  settings: MembershipSettings,
): RuleProblem[] {
  if (acceptableDecisionKinds(settings).includes(decision.kind)) return [];
  return [{ field: 'decision.kind', message: 'this DisCO decides membership changes by proposal' }];
}
