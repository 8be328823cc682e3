/* What the ledger's algorithms say (run explanations, tallies, the Sankey's nodes, the activity feed) in English: see catalogue.ts. */

export const en = {
  'run.floor.full': 'Floor: {basis}; paid before the pots are shared = {amount}',
  'run.floor.full-limited': 'Floor: {basis}, {limit}; paid before the pots are shared = {amount}',
  'run.floor.shared':
    'Floor: {basis} = {demandAmount}, but all floors together ({allFloorsAmount}) exceed the net liquidity {liquidityAmount}, so floors are shared pro rata: {demandAmount} of {allFloorsAmount} = {amount}',
  'run.floor.shared-limited':
    'Floor: {basis}, {limit} = {demandAmount}, but all floors together ({allFloorsAmount}) exceed the net liquidity {liquidityAmount}, so floors are shared pro rata: {demandAmount} of {allFloorsAmount} = {amount}',
  'run.floor-basis.own': 'own floor {floorAmount}',
  'run.floor-basis.default': 'the floor {floorAmount}',
  'run.floor-basis.smoothing-leave':
    'smoothing floor {floorAmount} ({percent} of the average payout {averageAmount} over the last {periods} period(s), while on leave)',
  'run.floor-basis.smoothing-leave-dates':
    'smoothing floor {floorAmount} ({percent} of the average payout {averageAmount} over the last {periods} period(s), while on leave {leaves})',
  'run.leave.from-to': 'from {from} to {to}',
  'run.leave.open': 'from {from} (no end date yet)',
  'run.floor-basis.smoothing-care':
    'smoothing floor {floorAmount} ({percent} of the average payout {averageAmount} over the last {periods} period(s), while carrying heavy care work)',
  'run.floor-basis.smoothing-care-hours':
    'smoothing floor {floorAmount} ({percent} of the average payout {averageAmount} over the last {periods} period(s), while carrying heavy care work: {hours} hours of care logged, threshold {threshold})',
  'run.limit.cap': 'limited to the cap {capAmount}',
  'run.limit.claims': 'limited to the claims {claimsAmount}',
  'run.pot.full':
    'Pot "{pot}" {potAmount} covers all {allClaimsAmount} of claims in it: claims {amount} paid in full',
  'run.pot.shared':
    'Pot "{pot}" {potAmount} shared pro rata to claims: claims {claimsAmount} of {allClaimsAmount} in total = {amount}',
  'run.rounding.floors': 'Rounding of the floors: +{amount} (largest remainder)',
  'run.rounding.pot': 'Rounding in pot "{pot}": +{amount} (largest remainder)',
  'run.rounding.overflow': 'Rounding of the overflow: +{amount} (largest remainder)',
  'run.cap': 'Cap {capAmount} per period: {cutAmount} taken back from pot "{pot}" (it stays owed)',
  'run.overflow.full':
    'Overflow: unspent pot money {overflowAmount} covers all {allWeightsAmount} that members can still receive: {amount} paid in full',
  'run.overflow.shared':
    'Overflow: unspent pot money {overflowAmount} shared pro rata to what members can still receive (unpaid claims, within caps): {weightAmount} of {allWeightsAmount} = {amount}',
  'run.paid-claims.one': 'Paid oldest first: 1 claim, earned on {from}',
  'run.paid-claims.many': 'Paid oldest first: {count} claims, earned from {from} to {to}',
  'run.total': 'Total paid {paidAmount}; still owed after this run {owedAmount}',
  'unpaid.claims-not-reached':
    'Nothing paid: the money of this run did not reach the open claims of {claimsAmount} (they stay owed)',
  'unpaid.historical-care':
    'Nothing paid: care work done while dating ({historicalAmount}) is historical, payable only once dating ends',
  'unpaid.casual-not-payable':
    'Nothing paid: casual work ({recordedAmount}) is recorded but not payable under the casual rule',
  'unpaid.on-leave': 'Nothing paid: on leave with no open claims and no smoothing floor',
  'unpaid.no-claims': 'Nothing paid: no open claims in the period',
  'tally.binding.one': '1 binding ballot (total weight {weight}).',
  'tally.binding.many': '{ballots} binding ballots (total weight {weight}).',
  'tally.non-binding.one':
    '1 non-binding ballot (total weight {weight}) shown beside the result but not deciding it.',
  'tally.non-binding.many':
    '{ballots} non-binding ballots (total weight {weight}) shown beside the result but not deciding it.',
  'tally.set-aside': 'Ballot of {memberId} set aside: {problems}.',
  'tally.no-binding': 'No binding ballots were cast, so nothing is decided.',
  'tally.quorum-not-met':
    'Quorum not met in {missing}: the counts above are shown but decide nothing.',
  'tally.quorum-missing': '{constituency} ({participated} of {eligible}, {required} needed)',
  'tally.delegated': '{count} counted through delegation.',
  'tally.unopened':
    '{count} sealed ballot(s) could not be opened (the node lost their openings) and were not counted.',
  'tally.objection': '{label} from {memberId} {state}{resolution}: "{reason}".',
  'tally.label.objection': 'Objection',
  'tally.label.non-binding-objection': 'Non-binding objection',
  'tally.label.block': 'Block',
  'tally.label.non-binding-block': 'Non-binding block',
  'tally.objection-state.standing': 'stands',
  'tally.objection-state.withdrawn': 'was withdrawn',
  'tally.objection-state.resolved': 'was resolved',
  'tally.resolution': ' ({text})',
  'tally.option-count': '{option} {count}',
  'tally.shown': 'Shown, not binding: {counts}.',
  'tally.winner': 'Winner: {option}.',
  'tally.tie': 'Tie between {options}.',
  'tally.tie-break':
    'A single winner is required, so the tie goes to the option first in {order}: {option}.',
  'tally.order.given': 'the given tie-break order',
  'tally.order.proposal': "the proposal's option order",
  'tally.yes-no':
    'Yes {yes}, no {no}, abstain {abstain} (abstentions count as taking part, not in the ratio).',
  'tally.shown-yes-no': 'Shown, not binding: {counts}',
  'tally.majority.all-abstained':
    'Everyone abstained: with no yes or no votes the proposal cannot pass.',
  'tally.majority.even':
    'Yes and no are equal; a majority needs more yes than no, so the proposal fails.',
  'tally.majority.passed': 'Yes has {share} of the yes and no votes: the proposal passed.',
  'tally.majority.failed': 'Yes has {share} of the yes and no votes: the proposal failed.',
  'tally.consent.counts':
    'Consent {consent}; objections standing {standing}, withdrawn {withdrawn}, resolved {resolved}.',
  'tally.consent.passes': 'No objection stands: the proposal passes.',
  'tally.consent.one-stands':
    'An objection stands: the proposal does not pass until it is resolved or withdrawn.',
  'tally.consent.many-stand':
    '{count} objections stand: the proposal does not pass until they are resolved or withdrawn.',
  'tally.consent.shown': 'Shown, not binding: consent {consent}, objections standing {standing}.',
  'tally.approval.counts': 'Approvals: {counts}.',
  'tally.dot.counts': 'Dots ({dots} per voter, times ballot weight): {counts}.',
  'tally.dot.counts-capped':
    'Dots ({dots} per voter, at most {maxPerOption} per option, times ballot weight): {counts}.',
  'tally.score.total': 'Scores from {min} to {max}, highest total wins: {counts}.',
  'tally.score.mean':
    'Scores from {min} to {max}, highest mean among those who scored it wins: {counts}.',
  'tally.score.unscored': '{option} unscored',
  'tally.score.option-mean': '{option} mean {total}/{raters} (about {mean})',
  'tally.irv.round': 'Round {round}: {counts} ({inPlay} in play, {exhausted} exhausted). {then}',
  'tally.irv.only-left': '{option} is the only option left and wins.',
  'tally.irv.majority':
    '{option} has more than half of the votes in play ({votes} of {inPlay}) and wins.',
  'tally.irv.all-tied':
    'Every remaining option has {votes} votes and had {first} first preferences, so only an arbitrary order could single one out: a tie.',
  'tally.irv.elimination': '{eliminated}; {transfers}.',
  'tally.irv.fewest': '{option} eliminated (fewest votes)',
  'tally.irv.fewest-first':
    '{options} tie for fewest votes ({votes}); {option} had the fewest first preferences in round 1 ({first}), so {option} is eliminated',
  'tally.irv.order-some':
    '{options} tie for fewest votes ({votes}) and {fewestOptions} for fewest first preferences ({first}); {option} comes last in {order}, so {option} is eliminated',
  'tally.irv.order-all':
    '{options} tie for fewest votes ({votes}) and first preferences ({first}); {option} comes last in {order}, so {option} is eliminated',
  'tally.irv.transfers': 'its votes go to: {counts}',
  'tally.irv.to-exhausted': 'no further choice (exhausted) {count}',
  'tally.irv.no-transfers': 'it had no votes to pass on',
  'tally.irv.shown':
    'Shown, not binding: first preferences {counts}; counted alone these ballots would end with {options}.',
  'tally.schulze.pairwise':
    'Pairwise: how much weight ranked each option (row) above each other option:',
  'tally.schulze.paths':
    'Strongest paths (a path is a chain of pairwise wins; its strength is its weakest win):',
  'tally.schulze.row': '  {option}: {counts}',
  'tally.schulze.winner':
    '{option} has a path at least as strong as the path back against every other option: {paths}.',
  'tally.schulze.path': '{option}→{other} {strength} vs {other}→{option} {back}',
  'tally.schulze.shown':
    'Shown, not binding: counted alone these ballots would give the Schulze winner set {options}.',
  'tally.sense-check.response': '{option} {count} ({share})',
  'tally.sense-check.responses': 'Responses: {counts}.',
  'tally.sense-check.note':
    'A sense check gauges the mood of the group; it does not decide anything.',
  'tally.lazy.counts':
    'Support on record {support}; objections standing {standing}, withdrawn {withdrawn}, resolved {resolved}.',
  'tally.lazy.open-standing':
    'The deadline ({deadline}) has not passed: an objection stands for now.',
  'tally.lazy.open-clear':
    'The deadline ({deadline}) has not passed: no objection so far, so it will pass unless someone objects.',
  'tally.lazy.fails': 'An objection stands at the deadline: the proposal does not pass.',
  'tally.lazy.passes':
    'No objection stands at the deadline; silence counts as assent: the proposal passes.',
  'tally.consensus.counts':
    'Agree {agree}, stand aside {standAside}, blocks standing {standing}, blocks lifted {lifted}.',
  'tally.consensus.blocked': 'A block stands: there is no consensus.',
  'tally.consensus.reached': 'No block stands: consensus reached.',
  'tally.consensus.share-reached':
    'No block stands. Agree must be at least {share} of all responses ({needed} of {total}); agree is {agree}: consensus reached.',
  'tally.consensus.share-missed':
    'No block stands. Agree must be at least {share} of all responses ({needed} of {total}); agree is {agree}: too many stood aside, no consensus.',
  'tally.consensus.shown':
    'Shown, not binding: agree {agree}, stand aside {standAside}, blocks standing {standing}.',
  'tally.supermajority.no-base':
    'No votes count towards the threshold, so the proposal cannot pass.',
  'tally.supermajority.threshold':
    'Threshold: {comparison} {share} {base}, i.e. {needed} of {total}; yes has {yes}: the proposal {result}.',
  'tally.supermajority.at-least': 'at least',
  'tally.supermajority.more-than': 'more than',
  'tally.supermajority.base-decisive': 'of yes and no votes',
  'tally.supermajority.base-all': 'of all votes cast, abstentions included',
  'tally.supermajority.passed': 'passed',
  'tally.supermajority.failed': 'failed',
  'tally.meeting.heading': 'Slots, best first (most yes, then most if-need-be):',
  'tally.meeting.slot':
    '{rank}. {option}: yes {yes}, if need be {ifNeedBe}, no {no}, unmarked {unmarked}.',
  'tally.meeting.shown': 'Shown, not binding:',
  'flow.source.client': 'Client payments',
  'flow.source.grant': 'Grants',
  'flow.source.donation': 'Donations',
  'flow.source.solidarity': 'Solidarity from federated DisCOs',
  'flow.source.other': '{source}',
  'flow.income': 'Income of {period} (net of fees)',
  'flow.bucket': '{bucket}',
  'flow.pot': '{pot}',
  'flow.member': '{memberId}',
  'flow.retained': 'Retained in {bucket}',
  'flow.solidarity.from': 'Solidarity from {disco}',
  'flow.solidarity.to': 'Solidarity to {disco}',
  'flow.solidarity.buckets': 'Solidarity paid from the buckets',
  'run.appreciation.shared':
    'Appreciation: {percent} of pot "{pot}" ({poolAmount}) shared by thanks received: {thanks} of {allThanks} thanks = {amount}',
  'run.appreciation.limited':
    'Appreciation: {percent} of pot "{pot}" ({poolAmount}) shared by thanks received: {thanks} of {allThanks} thanks = {shareAmount}, limited to what can be paid (open claims in the pot, within the cap) = {amount}; the rest stays in the pot',
  'run.income.mutual-credit':
    'The income shared includes {creditAmount} received in mutual credit from federated DisCOs ({count} transfers), as the CAT parameters count it',
  // Activity feed and search (issue 17).
  'activity.commons-updated': '{memberId} changed a resource of the commons',
  'activity.commons-withdrawn': '{memberId} withdrew a resource from the commons',
  'activity.evaluation-opened': '{memberId} opened the evaluation of {quarter}',
  'activity.evaluation-reflected': '{memberId} added a reflection to an evaluation',
  'activity.evaluation-closed': '{memberId} closed an evaluation',
  'activity.solidarity-offered': '{memberId} offered {amount} in solidarity to {peer}',
  'activity.solidarity-offer-received': '{peer} offered {amount} in solidarity',
  'activity.solidarity-accepted': '{memberId} accepted the solidarity of {peer}',
  'activity.solidarity-receipted': '{peer} confirmed a solidarity transfer',
  'activity.solidarity-cancelled': 'A solidarity transfer with {peer} was cancelled',
  'activity.solidarity-refunded':
    'A solidarity transfer {peer} withdrew after it was accepted was returned',
  'activity.solidarity-refund-receipted':
    '{peer} returned a solidarity transfer withdrawn after it accepted it',
  'activity.credit-line-set': '{memberId} set the credit line with {peer}',
  'activity.credit-transfer': 'Mutual credit moved with {peer}',
  'activity.federation-follow-decided': 'The DisCO decided to follow {peer}',
  'activity.federation-unfollow-decided': 'The DisCO decided to stop following {peer}',
  'activity.federation-follow-received': '{peer} asked to follow the DisCO',
  'activity.federation-follow-accepted': '{peer} accepted the DisCO as a follower',
  'activity.federation-unfollow-received': '{peer} stopped following the DisCO',
  'activity.node-recorded': 'The node recorded a change',
  'activity.ledger-started': 'The ledger of {name} began',
  'activity.disco-renamed': 'The DisCO was renamed {name}',
  'activity.constituency-defined': '{memberId} defined the constituency {name}',
  'activity.constituency-rights-changed':
    '{memberId} changed the rights of the constituency {constituency}',
  'activity.member-added': '{memberId} joined the DisCO',
  'activity.member-level-changed': '{memberId} moved to a new membership level',
  'activity.member-left': '{memberId} left the DisCO',
  'activity.member-returned': '{memberId} came back to the DisCO',
  'activity.member-constituency-joined': '{memberId} joined the constituency {constituency}',
  'activity.member-constituency-left': '{memberId} left the constituency {constituency}',
  'activity.mentor-assigned': '{memberId} has a new mentor',
  'activity.mentor-removed': 'A mentor of {memberId} stepped back',
  'activity.milestone-recorded': '{memberId} reached the milestone “{title}”',
  'activity.commitment-recorded': '{memberId} recorded their commitment',
  'activity.key-registered': '{memberId} registered a signing key',
  'activity.key-revoked': 'A signing key of {memberId} was revoked',
  'activity.leave-recorded': '{memberId} is on leave from {from}',
  'activity.leave-ended': 'The leave of {memberId} ends on {lastDay}',
  'activity.circle-created': '{memberId} created the {circle} circle',
  'activity.circle-joined': '{memberId} joined the {circle} circle',
  'activity.circle-left': '{memberId} left the {circle} circle',
  'activity.steward-appointed': '{memberId} became a steward of the {circle} circle',
  'activity.stewardship-ended': '{memberId} is no longer a steward of the {circle} circle',
  'activity.quantity.hours': '{quantity} h',
  'activity.quantity.other': '{quantity} {unit}',
  'activity.stream.livelihood': 'livelihood',
  'activity.stream.love': 'love',
  'activity.stream.care': 'care',
  'activity.contribution-logged': '{memberId} logged {quantity} of {stream} work',
  'activity.contribution-logged-in-circle':
    '{memberId} logged {quantity} of {stream} work in the {circle} circle',
  'activity.contribution-corrected': '{memberId} corrected a contribution',
  'activity.contribution-acknowledged': '{memberId} acknowledged a contribution',
  'activity.contribution-disputed': '{memberId} disputed a contribution',
  'activity.dispute-withdrawn': '{memberId} withdrew a dispute',
  'activity.dispute-resolved': 'A dispute on a contribution was settled',
  'activity.value-rules-changed': '{memberId} changed the value rules',
  'activity.project-created': '{memberId} started the livelihood project “{name}”',
  'activity.project-updated': '{memberId} updated a livelihood project',
  'activity.commons-registered': '{memberId} added “{title}” to the commons',
  'activity.proposal-opened': '{memberId} opened the proposal “{proposal}”',
  'activity.proposal-amended': '{memberId} amended the proposal “{proposal}”',
  'activity.proposal-withdrawn': '{memberId} withdrew the proposal “{proposal}”',
  'activity.ballot-cast': '{memberId} voted on “{proposal}”',
  'activity.ballot-sealed': 'A sealed ballot was cast on “{proposal}”',
  'activity.ballots-revealed': 'The sealed ballots on “{proposal}” were opened',
  'activity.proposal-closed': 'Voting on “{proposal}” closed',
  'activity.outcome-stated': '{memberId} stated the outcome of “{proposal}”',
  'activity.comment-posted': '{memberId} commented on “{proposal}”',
  'activity.comment-edited': '{memberId} edited a comment on “{proposal}”',
  'activity.comment-reaction': '{memberId} reacted to a comment on “{proposal}”',
  'activity.governance-parameters-set': 'The governance parameters changed',
  'activity.delegation-set': '{memberId} delegated their vote',
  'activity.delegation-revoked': '{memberId} took back a delegation',
  'activity.income-recorded': '{memberId} recorded income of {amount}',
  'activity.expense-recorded': '{memberId} recorded an expense of {amount}',
  'activity.cat-parameters-set': 'The CAT parameters changed',
  'activity.run-committed': 'The distribution of {period} was committed',
  'activity.payout-recorded': '{memberId} was paid {amount}',
  'activity.rhythm-created': '{memberId} set up the rhythm “{name}”',
  'activity.rhythm-changed': '{memberId} changed the rhythm “{name}”',
  'activity.rhythm-ended': '{memberId} ended a rhythm',
  'activity.attendance-recorded': '{memberId} recorded who took part in a gathering ({count})',
  'activity.gathering-credited': '{memberId} credited a gathering’s time as care ({count})',
  'activity.thanks-given': '{memberId} was thanked',
};
