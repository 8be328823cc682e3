/**
 * The event types a member may sign: those a member records by their own act, as its actor.
 * Not here, because the node records them itself: the genesis, a proposal's close and the
 * ballots revealed by it. A key's registration is not signable either: it is how a key comes to
 * speak for a member, so no key of that member can vouch for it before it is recorded.
 *
 * docs/events.md reads this list; `requireMemberSignatures` (governance parameters) may name only
 * these types.
 */
export const SIGNABLE_EVENT_TYPES = [
  'disco.renamed',
  'constituency.defined',
  'constituency.rights-changed',
  'member.added',
  'member.level-changed',
  'member.left',
  'member.returned',
  'member.constituency-joined',
  'member.constituency-left',
  'member.mentor-assigned',
  'member.mentor-removed',
  'member.milestone-recorded',
  'member.commitment-recorded',
  'member.key-revoked',
  'member.leave-recorded',
  'member.leave-ended',
  'circle.created',
  'circle.joined',
  'circle.left',
  'circle.steward-appointed',
  'circle.stewardship-ended',
  'value.contribution.logged',
  'value.contribution.edited',
  'value.contribution.validated',
  'value.contribution.disputed',
  'value.dispute.withdrawn',
  'value.dispute.resolved',
  'value.rate.set',
  'value.stage-multipliers.set',
  'value.validation-rules.set',
  'value.duty-rules.set',
  'value.dater-care-release.set',
  'value.casual-rule.set',
  'value.project.created',
  'value.project.updated',
  'value.commons-resource.registered',
  'proposal.opened',
  'proposal.amended',
  'proposal.withdrawn',
  'proposal.ballot-cast',
  'proposal.ballot-sealed',
  'proposal.outcome-stated',
  'proposal.comment-posted',
  'proposal.comment-edited',
  'proposal.comment-reaction',
  'governance.parameters-set',
  'delegation.set',
  'delegation.revoked',
  'finance.income.recorded',
  'finance.expense.recorded',
  'cat.parameters.set',
  'distribution.run.committed',
  'distribution.payout.recorded',
] as const;

export type SignableEventType = (typeof SIGNABLE_EVENT_TYPES)[number];

const signable: ReadonlySet<string> = new Set(SIGNABLE_EVENT_TYPES);

/** Whether a member may sign events of this type (and a DisCO may require them to). */
export function isSignable(type: string): type is SignableEventType {
  return signable.has(type);
}
