/*
 * The server's message codes (src/core/messages/codes.ts) in the Deck's languages. Templates use
 * `{name}` for a parameter; `render.ts` formats money, members, percents and dates first. A test
 * fails when a code the server can emit is missing here, in either language, or when a template
 * names parameters the code does not have.
 */

import { fieldWords } from './field-catalogue';
import { policyWords } from './policy-catalogue';

export const catalogue = {
  en: {
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
    'run.cap':
      'Cap {capAmount} per period: {cutAmount} taken back from pot "{pot}" (it stays owed)',
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
    'problem.invalid-input': 'The request is not valid.',
    'problem.refused': 'The request was refused.',
    'problem.not-found': 'Not found.',
    'problem.conflict':
      'The ledger changed or is in a state that does not allow this; reload and try again.',
    'problem.forbidden': 'You are not allowed to do this.',
    'field.required': 'required',
    'field.unknown': 'unknown field "{name}"; remove it',
    'field.too-small': 'must be at least {minimum}',
    'field.too-big': 'must be at most {maximum}',
    'field.invalid-format': 'not a valid {format}',
    'field.invalid-type': 'must be a {expected}',
    'value.hours-per-day':
      '{memberId} would log {hours} hours on {date} ({already} already logged + {adding} here), over the limit of {limit} hours per member per calendar day',
    'proposal.deadline-past': 'must be after {now}',
    'proposal.no-such-member': 'there is no such member',
    'member.timeline-required': 'fast-track, agile or long-run',
    'distribution.payout-over-owed':
      '{amount} is more than the run of {period} still owes this member ({owedAmount})',
    'member.not-in-circle': 'not a member of this circle',
    'member.not-in-constituency': 'not a member of this constituency',
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
    'refusal.invitation-cannot-be-accepted':
      'The invitation cannot be accepted with these details.',
    'refusal.display-name-missing': 'Choose the name other members will see you by.',
    'refusal.member-already-has-account': 'This member already has an account.',
    'hint.sign': 'Sign in with it.',
    'refusal.account-email-already-exists': 'An account with this email already exists.',
    'hint.sign-use-another-email': 'Sign in with it, or use another email.',
    'refusal.inviter-may-no-longer-invite':
      'The member who invited you may no longer add members, so this invitation cannot be accepted.',
    'hint.ask-another-member-new-invitation': 'Ask another member for a new invitation.',
    'refusal.session-not-valid':
      'This session is not valid: it was signed out, or never issued by this node.',
    'hint.sign-again': 'Sign in again.',
    'refusal.session-expired': 'This session expired at {at}.',
    'refusal.api-token-never-issued':
      'This API token is not valid: it was never issued by this node.',
    'hint.check-was-copied-whole-create-new':
      'Check that it was copied whole, or create a new one with POST /api/tokens.',
    'refusal.api-token-expired': 'This API token expired at {at}.',
    'hint.create-new-one-post-api-tokens': 'Create a new one with POST /api/tokens.',
    'refusal.api-token-revoked': 'This API token was revoked at {at}.',
    'refusal.invitation-never-issued':
      'This invitation is not valid: it was never issued by this node.',
    'hint.check-whole-link-was-copied-ask':
      'Check that the whole link was copied, or ask the member who invited you for a new one.',
    'refusal.invitation-expired': 'This invitation expired at {at}.',
    'hint.ask-member-who-invited-you-new': 'Ask the member who invited you for a new one.',
    'refusal.invitation-already-accepted':
      'This invitation was already accepted at {at}; each invitation works once.',
    'hint.sign-email-password-chosen-then-ask':
      'Sign in with the email and password chosen then, or ask for a new invitation.',
    'refusal.password-link-never-issued':
      'This password link is not valid: it was never issued by this node.',
    'hint.check-whole-link-was-copied-ask-2':
      'Check that the whole link was copied, or ask a founder for a new one.',
    'refusal.password-link-expired': 'This password link expired at {at}.',
    'hint.ask-founder-new-one': 'Ask a founder for a new one.',
    'refusal.password-link-already-used':
      'This password link was already used (or replaced by a newer one) at {at}; each link works once.',
    'hint.sign-password-chosen-then-ask-founder':
      'Sign in with the password chosen then, or ask a founder for a new link.',
    'refusal.email-password-wrong': 'The email or the password is wrong.',
    'hint.check-both-repeated-failures-pause-sign':
      'Check both; repeated failures pause sign-in for this account for a while.',
    'refusal.password-cannot-be-changed': 'The password cannot be changed with these details.',
    'refusal.no-account-with-password': 'You have no account with a password on this node.',
    'hint.accounts-come-from-accepting-invitation-api':
      'Accounts come from accepting an invitation; API tokens have no password.',
    'refusal.new-password-same-as-current': 'The new password is the same as the current one.',
    'refusal.kept-keys-need-re-encrypting':
      'Your signing keys are kept on this node encrypted under your current password.',
    'refusal.token-cannot-be-created': 'The token cannot be created like this.',
    'refusal.no-such-founder': 'There is no founder {founderId}.',
    'refusal.founder-already-has-account': 'This founder already has an account.',
    'hint.sign-lost-password-needs-another-founder':
      'Sign in with it; a lost password needs another founder or a new invitation.',
    'refusal.invitation-cannot-be-issued': 'The invitation cannot be issued with these terms.',
    'refusal.member-has-no-password':
      'Member {memberId} has no account with a password on this node.',
    'hint.only-members-who-accepted-invitation-have':
      'Only members who accepted an invitation have a password; invite the others.',
    'refusal.member-left-no-password-reset':
      'Member {memberId} has left the DisCO; a password of theirs cannot be reset.',
    'hint.record-their-return-first': 'Record their return first.',
    'refusal.key-cannot-be-stored': 'The key cannot be stored.',
    'refusal.no-account-to-keep-keys': 'You have no account on this node to keep a key with.',
    'hint.sign-account-not-only-api-token':
      'Sign in with an account (not only an API token of a member without one).',
    'refusal.node-has-no-founded-ledger': 'This node has no ledger with a founder yet.',
    'hint.start-one-disco-init': 'Start one with disco init.',
    'refusal.every-founder-already-has-account': 'Every founder already has an account.',
    'hint.sign-another-founder-can-invite-new':
      'Sign in with it; another founder can invite new members with disco member invite.',
    'refusal.new-password-cannot-be-set': 'The new password cannot be set.',
    'refusal.no-such-api-token': 'There is no API token {id}.',
    'hint.get-api-tokens-lists-yours': 'GET /api/tokens lists yours.',
    'refusal.member-has-no-account': 'Member {target} has no account on this node.',
    'refusal.sign-in-needs-email-and-password': 'Sign-in needs an email and a password.',
    'refusal.steward-cannot-be-appointed': 'The steward cannot be appointed.',
    'refusal.no-such-circle': 'There is no circle {ref}.',
    'hint.list-circles-see-their-slugs': 'List circles to see their slugs.',
    'refusal.circle-cannot-be-created': 'The circle cannot be created.',
    'refusal.stewardship-cannot-be-ended': 'The stewardship cannot be ended.',
    'refusal.say-which-member': 'Say which member.',
    'refusal.member-cannot-join-circle': 'The member cannot join this circle.',
    'refusal.member-cannot-leave-circle': 'The member cannot leave this circle.',
    'refusal.circle-cannot-be-shown': 'The circle cannot be shown.',
    'hint.fix-fields-named-send-whole-document':
      'Fix the fields named and send the whole document again.',
    'hint.commit-month-after-last-closed-one':
      'Commit the month after the last closed one, once it has ended (`disco distribution show` lists the runs).',
    'refusal.ledger-changed-while-run-was-computed':
      'The ledger changed while the run was computed.',
    'hint.commit-run-again': 'Commit the run again.',
    'refusal.flows-cannot-be-shown': 'The flows cannot be shown.',
    'refusal.no-flows-without-parameters':
      'There are no flows for {period}: no CAT parameters are set yet.',
    'hint.founder-sets-first-parameter-document-disco':
      'A founder sets the first parameter document (disco cat params --set FILE).',
    'refusal.date-in-closed-month': '{date} is in a month already closed by a distribution run.',
    'hint.record-current-month-corrections-go-later':
      'Record it in the current month: corrections go in a later period.',
    'refusal.no-such-ledger': 'There is no ledger yet.',
    'hint.run-disco-init-first': 'Run `disco init` first.',
    'refusal.expenses-cannot-be-listed': 'The expenses cannot be listed.',
    'refusal.income-cannot-be-listed': 'The income cannot be listed.',
    'refusal.payout-list-cannot-be-made': 'The payout list cannot be made.',
    'hint.fix-fields-named-parameter-document': 'Fix the fields named in the parameter document.',
    'refusal.distribution-cannot-be-previewed': 'The distribution cannot be previewed.',
    'hint.preview-month-after-last-closed-one':
      'Preview the month after the last closed one, or a closed month itself.',
    'refusal.expense-cannot-be-recorded': 'The expense cannot be recorded.',
    'refusal.income-cannot-be-recorded': 'The income cannot be recorded.',
    'refusal.another-cat-parameter-version-was-recorded':
      'Another CAT parameter version was recorded meanwhile.',
    'hint.read-parameters-again-retry': 'Read the parameters again and retry.',
    'refusal.payout-cannot-be-recorded': 'The payout cannot be recorded.',
    'refusal.no-such-member': 'There is no member {memberId}.',
    'hint.name-member-id-disco-member-list':
      'Name the member by id (`disco member list`), or by the name the run shows (`disco distribution explain RUN`).',
    'refusal.given-run-state-hash-mismatch':
      'The run state given for run {runId} hashes to {hash}, not to {hash2} as its event recorded; it was not stored.',
    'hint.recompute-from-ledger-disco-distribution-repair':
      'Recompute it from the ledger with `disco distribution repair-state {runId}`.',
    'refusal.no-such-distribution-run': 'There is no distribution run {runIdOrPeriod}.',
    'hint.name-run-id-month-disco-distribution':
      'Name a run by its id or its month (`disco distribution show` lists them).',
    'refusal.run-has-no-state-to-repair':
      'Run {runIdOrPeriod} was recorded before run states (schema 1): it has no state to repair.',
    'hint.run-after-folds-from-event-1': 'The run after it folds from event 1.',
    'refusal.run-state-missing':
      'The recorded state of run {runId} ({period}) is missing, so the next run cannot start from it.',
    'refusal.run-state-hash-mismatch':
      'The recorded state of run {runId} ({period}) does not match the hash its event recorded ({hash}; the stored state hashes to {hash2}).',
    'refusal.cat-document-not-json-object': 'The CAT parameter document must be a JSON object.',
    'refusal.cat-parameters-already-set':
      'The CAT parameters are already set; only a collective decision changes them now.',
    'hint.open-cat-parameter-change-proposal-new':
      'Open a cat-parameter-change proposal with the new document (disco propose --kind cat-parameter-change).',
    'refusal.books-cannot-be-shown': 'The books cannot be shown.',
    'hint.list-runs-get-api-distribution-runs':
      'List the runs with GET /api/distribution/runs (disco distribution show).',
    'refusal.run-cannot-be-shown': 'The run cannot be shown.',
    'refusal.no-such-distribution-run-at-path':
      'There is no distribution run {runIdOrPeriod} in {path}.',
    'hint.name-run-id-month-yyyy-mm': 'Name a run by its id or its month (YYYY-MM).',
    'refusal.file-run-state-hash-mismatch':
      'The run state of run {id} ({period}) in {path} hashes to {hash}, not to {hash2} as its event recorded.',
    'hint.verify-from-event-1-without-from': 'Verify from event 1, without --from-state.',
    'refusal.what-if-cannot-be-computed': 'The what-if cannot be computed.',
    'refusal.proposal-cannot-be-amended': 'The proposal cannot be amended.',
    'refusal.proposal-was-amended-meanwhile': 'The proposal was amended meanwhile.',
    'hint.read-again-amend-new-version': 'Read it again and amend the new version.',
    'refusal.proposal-was-carried-out-meanwhile': 'The proposal was carried out meanwhile.',
    'refusal.ballot-cannot-be-cast': 'The ballot cannot be cast.',
    'refusal.proposal-was-amended-while-you-voted': 'The proposal was amended while you voted.',
    'hint.read-new-version-vote-again': 'Read the new version and vote again.',
    'refusal.ballot-not-valid': 'The ballot is not valid.',
    'refusal.ballot-would-not-be-counted': 'The ballot would not be counted.',
    'refusal.proposal-stays-open-until-deadline': 'This proposal stays open until {deadline}.',
    'refusal.proposal-was-closed-meanwhile': 'The proposal was closed meanwhile.',
    'refusal.no-such-comment-proposal': 'There is no such comment on this proposal.',
    'hint.list-comments-at': 'List them with GET {path}.',
    'refusal.delegation-circle-or-topic': 'A delegation is for a circle or a topic, not both.',
    'refusal.comment-cannot-be-edited': 'The comment cannot be edited.',
    'refusal.governance-parameters-unknown-constituency':
      'The governance parameters name an unknown constituency.',
    'refusal.comments-cannot-be-listed': 'The comments cannot be listed.',
    'refusal.proposals-cannot-be-listed': 'The proposals cannot be listed.',
    'refusal.cursor-not-from-this-node': 'The cursor is not one this node gave out.',
    'refusal.notifications-cannot-be-marked-read': 'The notifications cannot be marked read.',
    'refusal.notifications-not-yours': 'Some of those are not your notifications.',
    'hint.list-them-get-api-notifications': 'List them with GET /api/notifications.',
    'refusal.proposal-cannot-be-opened': 'The proposal cannot be opened.',
    'refusal.comment-cannot-be-posted': 'The comment cannot be posted.',
    'refusal.reply-cannot-be-posted': 'The reply cannot be posted.',
    'refusal.no-such-proposal': 'There is no such proposal.',
    'hint.list-proposals-get-api-proposals': 'List proposals with GET /api/proposals.',
    'refusal.proposal-takes-no-changes': 'This proposal is {status}: it takes no more changes.',
    'hint.see-outcome-at': 'See its outcome with GET {path}.',
    'refusal.proposal-deadline-has-passed':
      "This proposal's deadline ({deadline}) has passed: it takes no more changes.",
    'hint.being-closed-tallied': 'It is being closed and tallied.',
    'refusal.settings-do-not-fit-method': 'These settings do not fit the {method} method.',
    'refusal.membership-change-about-nobody': 'The membership change is about nobody.',
    'refusal.deadline-not-in-future': 'The deadline must be in the future.',
    'refusal.reaction-cannot-be-recorded': 'The reaction cannot be recorded.',
    'refusal.delegation-cannot-be-revoked': 'The delegation cannot be revoked.',
    'refusal.you-have-no-delegation-scope': 'You have no delegation in that scope.',
    'hint.see-yours-get-api-delegations': 'See yours with GET /api/delegations.',
    'refusal.delegation-cannot-be-set': 'The delegation cannot be set.',
    'refusal.disco-does-not-use-delegation': 'This DisCO does not use delegation.',
    'hint.switched-proposal-sets-governance-parameter-delegation':
      'It is switched on by a proposal that sets the governance parameter delegation.enabled.',
    'refusal.delegation-would-make-cycle': 'The delegation would make a cycle.',
    'refusal.governance-parameters-cannot-be-set': 'The governance parameters cannot be set.',
    'refusal.governance-parameters-already-set':
      'The governance parameters are set: from now on only a passed proposal changes them.',
    'refusal.proposal-cannot-be-shown': 'The proposal cannot be shown.',
    'refusal.outcome-cannot-be-stated': 'The outcome cannot be stated.',
    'refusal.proposal-not-closed-yet':
      'This proposal is {status}: an outcome is stated once it closed.',
    'refusal.review-date-not-in-future': 'The review date must be in the future.',
    'refusal.constituency-does-not-vote':
      'Not allowed: none of your constituencies votes on {kind} proposals.',
    'hint.see-get-api-governance-parameters-who':
      'See GET /api/governance/parameters for who votes on what.',
    'refusal.proposal-cannot-be-withdrawn': 'The proposal cannot be withdrawn.',
    'refusal.batch-empty': 'Nothing to record: the batch is empty.',
    'refusal.event-not-canonical-json':
      'The event cannot be recorded: part of it has no canonical JSON form.',
    'refusal.node-has-no-signing-key': 'This node has no signing key.',
    'refusal.ledger-belongs-to-another-node':
      'This ledger was started by another node; this node may read and verify it but not write to it.',
    'hint.write-node-holds-key-start-new':
      'Write on the node that holds its key, or start a new ledger in another data directory.',
    'refusal.event-not-valid': 'The {type} event is not valid.',
    'refusal.member-signature-does-not-match-event':
      'The member signature does not match the event.',
    'refusal.event-signed-by-unknown-key':
      'The event is signed with a key that is not a registered, unrevoked key of its actor.',
    'refusal.no-ledger-to-back-up': 'There is no ledger in {dataDir} to back up.',
    'hint.pass-data-directory-node-data-dir':
      'Pass the data directory of the node with --data-dir.',
    'refusal.file-already-exists': '{file} already exists.',
    'hint.choose-new-file-name-backup-never': 'Choose a new file name; a backup never overwrites.',
    'refusal.command-needs-sqlite':
      'disco {what} works on the embedded SQLite database; this node runs on PostgreSQL.',
    'refusal.no-such-ledger-export': 'There is no ledger to export.',
    'refusal.ledger-event-missing':
      'The chain head says the ledger has {size} events, but event {seq} is missing from the database; an export would promise events it does not hold, so none was written.',
    'hint.run-disco-ledger-verify-see-what':
      'Run `disco ledger verify` to see what is wrong, and restore the database from a backup or an earlier export.',
    'refusal.import-needs-empty-database':
      'This database already holds a ledger of {size} events; an import needs an empty one.',
    'hint.import-into-new-data-dir': 'Import into a new --data-dir.',
    'refusal.ledger-file-does-not-verify':
      'The file does not verify: {kind} at {seq}: {message}. Nothing was imported.',
    'hint.ask-fresh-export-run-disco-ledger':
      'Ask for a fresh export, or run `disco ledger verify --file` on it to see the fault.',
    'refusal.disco-cannot-be-created': 'The DisCO cannot be created with these settings.',
    'refusal.database-already-holds-ledger': 'This database already holds a ledger.',
    'hint.use-another-data-dir-database-url':
      'Use another --data-dir or DATABASE_URL to start a new one.',
    'refusal.write-runs-differently-now':
      'This write no longer runs as it did when it was prepared.',
    'hint.prepare-again-send-disco-intent-prepare':
      'Prepare it again (send it with `Disco-Intent: prepare`), sign the new intents and commit.',
    'refusal.file-not-ledger-export': '{path} is not a disco-cat ledger export: line {line} {why}.',
    'hint.export-ledger-disco-ledger-export-file':
      'Export a ledger with `disco ledger export FILE`.',
    'refusal.no-such-file-path': 'There is no file {path}.',
    'refusal.stored-proof-not-valid':
      'The stored Merkle tree (or the checkpoint signed over it) does not give a valid proof of {what}, so none is served.',
    'hint.run-disco-ledger-verify-node-names':
      'Run `disco ledger verify` on the node: it names the stored node that disagrees with the events.',
    'refusal.no-such-event-in-ledger': 'There is no event {seq}; the ledger has {size}.',
    'hint.sequence-numbers-start-1': 'Sequence numbers start at 1.',
    'refusal.no-inclusion-proof': 'No proof of event {seq} in a tree of size {size}.',
    'refusal.no-such-event': 'There is no event {seq}.',
    'refusal.no-consistency-proof': 'No consistency proof for these sizes.',
    'refusal.only-ledger-node-signs-checkpoints':
      'Only the node that holds the ledger key can sign its checkpoints.',
    'refusal.no-such-backup-file': 'There is no backup at {file}.',
    'refusal.data-directory-holds-ledger': '{dataDir} already holds a ledger.',
    'hint.pass-replace-restore-over-current-files':
      'Pass --replace to restore over it; the current files are kept in replaced-<time>/ inside it.',
    'refusal.backup-ledger-does-not-verify':
      "The backup's ledger does not verify: {kind} at {seq}: {message}",
    'hint.nothing-was-replaced-restore-older-backup':
      'Nothing was replaced. Restore an older backup, or keep this one for investigation.',
    'refusal.data-directory-in-use':
      'A server (or another disco command) has this data directory open.',
    'hint.stop-server-then-run-disco-restore':
      'Stop the server, then run disco restore again; nothing was replaced.',
    'refusal.backup-cannot-be-restored': '{file} cannot be restored: {why}.',
    'hint.pass-file-made-disco-backup-nothing':
      'Pass a file made by disco backup; nothing was replaced.',
    'refusal.member-signature-required':
      'This DisCO requires a member signature on {types} events, and this write carries none.',
    'hint.register-signing-key-your-device-disco':
      'Register a signing key on your device (`disco member key` in the CLI, or Settings → Signing keys in the Deck); the CLI and the Deck then sign every write themselves.',
    'refusal.write-now-two-steps':
      'This write now records member events in two steps; the prepared draft covers one.',
    'hint.prepare-again-sign-new-intents-commit':
      'Prepare it again, sign the new intents and commit.',
    'refusal.write-intent-count-changed':
      'This write now records {mineCount} events for you to sign; {preparedCount} were prepared.',
    'refusal.write-changed-since-prepared':
      'This write no longer records the intents you signed: the DisCO changed since it was prepared.',
    'hint.prepare-again-read-new-intents-sign':
      'Prepare it again, read the new intents, sign and commit.',
    'refusal.member-signature-count-wrong':
      '{MEMBER_SIG_HEADER} must hold {mineCount} signature(s), one per prepared intent, in order; it holds {sigsCount}.',
    'refusal.member-signature-does-not-verify':
      'A member signature does not verify: it must be the Ed25519 signature, by the key in Disco-Member-Key, of the intent exactly as prepared.',
    'hint.sign-utf-8-bytes-intents-i':
      'Sign the UTF-8 bytes of `intents[i].intent` from the prepare answer, unchanged.',
    'refusal.draft-already-committed':
      'This prepared write was already committed; a draft is recorded once.',
    'hint.record-again-prepare-new-draft': 'To record it again, prepare a new draft.',
    'refusal.member-cannot-be-added': 'The member cannot be added.',
    'refusal.mentor-cannot-be-assigned': 'The mentor cannot be assigned.',
    'refusal.dating-needs-timeline': 'Dating needs a timeline.',
    'refusal.level-cannot-be-changed': 'The level cannot be changed.',
    'refusal.constituency-cannot-be-defined': 'The constituency cannot be defined.',
    'refusal.no-such-leave': 'There is no leave {leaveId}.',
    'hint.list-leaves-disco-leave-list-find': 'List leaves (disco leave list) to find their ids.',
    'refusal.member-cannot-join-constituency': 'The member cannot join this constituency.',
    'refusal.member-cannot-leave-constituency': 'The member cannot leave this constituency.',
    'refusal.leaves-cannot-be-listed': 'The leaves cannot be listed.',
    'refusal.members-cannot-be-listed': 'The members cannot be listed.',
    'refusal.no-such-constituency': 'There is no such constituency.',
    'refusal.commitment-statement-cannot-be-recorded':
      'The commitment statement cannot be recorded.',
    'refusal.milestone-cannot-be-recorded': 'The milestone cannot be recorded.',
    'refusal.key-cannot-be-registered': 'The key cannot be registered.',
    'refusal.mentor-cannot-be-removed': 'The mentor cannot be removed.',
    'hint.list-members-find-their-ids': 'List members to find their ids.',
    'refusal.key-cannot-be-revoked': 'The key cannot be revoked.',
    'refusal.rights-cannot-be-changed': 'The rights cannot be changed.',
    'refusal.no-constituency-with-id': 'There is no constituency {constituencyId}.',
    'hint.list-constituencies-see-their-slugs': 'List constituencies to see their slugs.',
    'refusal.profile-cannot-be-shown': 'The profile cannot be shown.',
    'refusal.member-cannot-be-shown': 'The member cannot be shown.',
    'refusal.not-signed-in-because': 'Not signed in: {reason}.',
    'hint.sign-pass-api-token': 'Sign in, or pass an API token.',
    'refusal.not-allowed-because': 'Not allowed: {reason}.',
    'refusal.level-change-not-allowed': 'This level change is not allowed.',
    'refusal.contribution-cannot-be-acknowledged': 'The contribution cannot be acknowledged.',
    'refusal.contribution-cannot-be-disputed': 'The contribution cannot be disputed.',
    'refusal.dispute-cannot-be-withdrawn': 'The dispute cannot be withdrawn.',
    'refusal.care-indicators-cannot-be-shown': 'The care indicators cannot be shown.',
    'refusal.contributions-cannot-be-exported': 'The contributions cannot be exported.',
    'refusal.file-no-room-after-new-work':
      'The file was not imported: work logged meanwhile leaves no room for it; nothing was recorded.',
    'hint.check-file-again-dry-run-import':
      'Check the file again with --dry-run and import what fits.',
    'refusal.contributions-cannot-be-imported': 'The contributions cannot be imported.',
    'refusal.file-has-problems':
      'The file was not imported: {problemsCount} problem(s); nothing was recorded.',
    'hint.fix-every-row-listed-import-whole':
      'Fix every row listed and import the whole file again.',
    'refusal.file-holds-no-contributions': 'The file holds no contributions.',
    'store.no-checkpoint-for-size':
      'no checkpoint for tree size {treeSize}: the ledger has {size} events',
    'store.checkpoint-already-recorded':
      'a checkpoint for tree size {treeSize} is already recorded',
    'store.import-needs-empty-store':
      'a ledger can only be imported into an empty store; this one has {size} events',
    'store.event-does-not-follow': 'event {seq} does not follow event {size} of the imported chain',
    'store.checkpoint-does-not-match':
      'checkpoint at tree size {treeSize} does not match the imported events',
    'store.checkpoint-beyond-import':
      'checkpoint at tree size {treeSize} is beyond the {size} imported events',
    'run.appreciation.shared':
      'Appreciation: {percent} of pot "{pot}" ({poolAmount}) shared by thanks received: {thanks} of {allThanks} thanks = {amount}',
    'run.appreciation.limited':
      'Appreciation: {percent} of pot "{pot}" ({poolAmount}) shared by thanks received: {thanks} of {allThanks} thanks = {shareAmount}, limited to what can be paid (open claims in the pot, within the cap) = {amount}; the rest stays in the pot',
    'run.income.mutual-credit':
      'The income shared includes {creditAmount} received in mutual credit from federated DisCOs ({count} transfers), as the CAT parameters count it',
    ...fieldWords.en,
    ...policyWords.en,
    'refusal.no-such-route': 'There is no route {method} {path}.',
    'hint.routes-listed-in': 'The routes are listed in {document}.',
    'refusal.request-part-invalid': "The request's {location} is not valid.",
    'hint.see-what-each-parameter-accepts': 'See {document} for what each parameter accepts.',
    'refusal.body-too-large':
      'The request body is larger than {size}, the most {method} {path} accepts.',
    'hint.send-smaller-body':
      'Send a smaller body; the node operator sets this limit with {setting}.',
    'refusal.body-not-json': 'The request body is not well-formed JSON.',
    'hint.send-well-formed-json':
      'Send the body as JSON with Content-Type: application/json; check quotes, commas and brackets.',
    'refusal.unsupported-media-type': 'This route does not read a body of this type.',
    'hint.send-json-media-type': 'Send the body as JSON with Content-Type: application/json.',
    'refusal.server-failed':
      'The server failed to answer this request. It was logged with request id {requestId}.',
    'hint.try-again-then-tell-operator':
      'Try again later; if it keeps failing, tell the node operator the request id.',
    'refusal.evaluation-cannot-be-opened': 'The evaluation cannot be opened.',
    'hint.evaluate-after-quarter-ends':
      'A quarter is evaluated once it has ended: its facts would still change.',
    'refusal.evaluation-already-exists': '{quarter} already has an evaluation for this scope.',
    'hint.list-evaluations': 'List evaluations to see them (`disco evaluation list`).',
    'refusal.no-evaluation-id': 'There is no evaluation {evaluationId}.',
    'refusal.evaluation-closed': 'The evaluation of {quarter} is closed.',
    'hint.reflect-in-next-evaluation': 'Bring it to the next evaluation, or propose a change.',
    'refusal.reflection-cannot-be-recorded': 'The reflection cannot be recorded.',
    'refusal.evaluation-cannot-be-closed': 'The evaluation cannot be closed.',
    'hint.open-proposal-first':
      'Open the proposal first (a review, or new duties), then close the evaluation with it.',
    'refusal.evaluations-cannot-be-listed': 'The evaluations cannot be listed.',
    // Federation economy (issue 19).
    'refusal.decision-not-passed':
      'Proposal {proposalId} has not passed; only a passed proposal decides this.',
    'refusal.commons-resource-not-in-registry':
      'There is no commons resource {resourceId} in the registry (never registered, or withdrawn).',
    'refusal.commons-resource-cannot-be-updated': 'The commons resource cannot be updated.',
    'refusal.commons-resource-cannot-be-withdrawn': 'The commons resource cannot be withdrawn.',
    'refusal.federation-not-configured':
      'This node is not federated: it has no ActivityPub actor to speak to other DisCOs.',
    'refusal.federation-peer-unknown':
      '{peer} is not a DisCO this one federates with; federate with it by decision first.',
    'refusal.transfer-cannot-be-sent': 'The solidarity transfer cannot be sent.',
    'refusal.transfer-cannot-be-accepted': 'The solidarity transfer cannot be accepted.',
    'refusal.transfer-cannot-be-cancelled': 'The solidarity transfer cannot be cancelled.',
    'refusal.transfer-already-decided':
      'Proposal {proposalId} already decided transfer {transferId}; a decision sends one transfer.',
    'refusal.transfer-unknown': 'There is no transfer {transferId} with that DisCO.',
    'refusal.transfer-not-open':
      'Transfer {transferId} is {status}: it no longer waits for an answer.',
    'refusal.transfer-currency-not-ours':
      'The transfer is in {currency}, but this DisCO keeps its books in {base}; decline it and ask for {base}.',
    'refusal.transfer-cancelled': 'The offering DisCO withdrew the transfer.',
    'refusal.credit-line-cannot-be-set': 'The credit line cannot be set.',
    'refusal.credit-cannot-be-sent': 'The mutual-credit transfer cannot be sent.',
    'refusal.credit-line-missing':
      'There is no open credit line with {peer}; a passed proposal must set its limit first.',
    'refusal.credit-line-over-limit':
      'This transfer would pass the credit limit of {limitAmount} with {peer} (balance {balanceAmount}); at most {roomAmount} can still move this way.',
    'refusal.credit-currency-differs':
      'The transfer is in {currency}, but the credit line is kept in {line}.',
    'refusal.credit-refused-by-peer': 'The other DisCO refused the mutual-credit transfer.',
    'refusal.idempotency-keep-days-out-of-range':
      'The {KEEP_DAYS_HEADER} header must be a whole number of days from 1 to {max}.',
    'hint.idempotency-keep-days-whole-number':
      'Send a number of days from 1 to {max}, or leave the header out to keep the key for a day.',
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
    'refusal.activity-cannot-be-listed': 'The activity cannot be listed.',
    'refusal.search-cannot-run': 'The search cannot be run.',
    'hint.search-with-words':
      'Search with one or more words (letters or digits), at most 200 characters.',
    'refusal.federation-needs-public-url': 'This node has no public URL, so it cannot federate.',
    'hint.federation-set-public-url':
      'Start the server with --public-url (DISCO_PUBLIC_URL) set to the address other DisCOs reach it at.',
    'refusal.federation-peer-unreachable': 'Could not read the DisCO {target}: {reason}.',
    'hint.federation-check-peer-address':
      'Check the handle (disco@coop.example) or the actor URL, and that the DisCO is online.',
    'refusal.federation-relation-unknown': 'This DisCO has no federation relation with {peer}.',
    'refusal.federation-already-following': 'This DisCO already follows {peer}.',
    'refusal.federation-not-following':
      'This DisCO does not follow {peer}, so there is nothing to unfollow.',
    'refusal.federation-cannot-follow-itself': 'A DisCO cannot follow itself.',
    'refusal.notification-settings-cannot-be-changed':
      'The notification settings cannot be changed.',
    'refusal.unsubscribe-link-not-valid': 'This unsubscribe link is not valid.',
    'hint.change-notification-settings':
      'Change your notification settings in the Deck, or with `disco notify settings`.',
    'refusal.webhook-cannot-be-added': 'The webhook cannot be added.',
    'refusal.no-webhook-id': 'There is no webhook "{id}".',
    'hint.list-webhooks': 'List them with GET /api/webhooks.',
    'refusal.thanks-cannot-be-recorded': 'The thanks cannot be recorded.',
    'refusal.no-contribution-id': 'There is no contribution {contributionId}.',
    'refusal.thanks-cannot-be-listed': 'The thanks cannot be listed.',
    'refusal.no-checkin-you-may-read': 'There is no check-in {checkinId} you may read.',
    'hint.checkin-shown-only-to-audience':
      'A check-in is shown only to the audience its author chose.',
    'refusal.retention-cannot-be-set': 'The retention cannot be set.',
    'refusal.checkin-cannot-be-deleted': 'The check-in cannot be deleted.',
    'refusal.checkins-cannot-be-listed': 'The check-ins cannot be listed.',
    'refusal.checkin-cannot-be-shown': 'The check-in cannot be shown.',
    'refusal.checkin-cannot-be-recorded': 'The check-in cannot be recorded.',
    'refusal.no-calendar-feed-here': 'There is no calendar feed at this address.',
    'hint.make-new-feed-link': 'Make a new feed link in the Deck (Rhythms).',
    'refusal.attendance-cannot-be-recorded': 'Who took part cannot be recorded.',
    'refusal.rhythm-cannot-be-created': 'The rhythm cannot be created.',
    'refusal.rhythm-cannot-be-changed': 'The rhythm cannot be changed.',
    'refusal.rhythm-cannot-be-ended': 'The rhythm cannot be ended.',
    'refusal.gathering-cannot-be-credited': 'The gathering’s time cannot be credited.',
    'hint.record-who-took-part-first': 'Record who took part first.',
    'refusal.rhythms-cannot-be-listed': 'The rhythms cannot be listed.',
    'refusal.rhythm-cannot-be-shown': 'The rhythm cannot be shown.',
    'hint.rrule-looks-like': 'An RRULE looks like FREQ=WEEKLY;BYDAY=TU (RFC 5545).',
    'refusal.no-rhythm-id': 'There is no rhythm {rhythmId}.',
    'hint.list-rhythms-see-ids': 'List rhythms to see their ids.',
    'refusal.file-cannot-be-read': 'Cannot read {path}: {reason}.',
    'refusal.file-changed-while-importing':
      'The file changed while it was being imported; nothing was recorded.',
    'hint.check-path-may-read-file': 'Check the path and that you may read the file.',
    'hint.import-again-once-nothing-writes': 'Import it again once nothing is writing to it.',
    'refusal.file-not-imported': 'The file was not imported; nothing was recorded.',
    'refusal.duties-cannot-be-shown': 'The duties cannot be shown.',
    'refusal.contribution-cannot-be-edited': 'The contribution cannot be edited.',
    'refusal.contributions-cannot-be-listed': 'The contributions cannot be listed.',
    'refusal.contribution-cannot-be-logged': 'The contribution cannot be logged.',
    'refusal.project-cannot-be-created': 'The project cannot be created.',
    'refusal.project-cannot-be-updated': 'The project cannot be updated.',
    'refusal.no-such-livelihood-project': 'There is no livelihood project {projectId}.',
    'hint.list-projects-get-api-projects': 'List projects with GET /api/projects.',
    'refusal.balances-cannot-be-shown': 'The balances cannot be shown.',
    'refusal.commons-resource-cannot-be-registered': 'The commons resource cannot be registered.',
    'refusal.rate-cannot-be-set': 'The rate cannot be set.',
    'refusal.stage-multipliers-cannot-be-set': 'The stage multipliers cannot be set.',
    'refusal.validation-rules-cannot-be-set': 'The validation rules cannot be set.',
    'refusal.duties-cannot-be-set': 'The duties cannot be set.',
    'refusal.casual-rule-cannot-be-set': 'The casual rule cannot be set.',
    'refusal.care-release-rule-cannot-be-set': 'The care release rule cannot be set.',
    'refusal.no-such-contribution': 'No contribution {contributionId}.',
    'hint.list-contributions-disco-log-list-get':
      'List contributions with `disco log --list` or GET /api/contributions.',
    'refusal.contribution-changed-meanwhile':
      'The contribution {contributionId} changed meanwhile (it is {status} now).',
    'hint.reload-try-again': 'Reload it and try again.',
    'refusal.witness-key-not-verifier': 'A witness key is not a cosignature/v1 verifier key.',
    'refusal.min-witnesses-above-keys':
      '--min-witnesses {minWitnesses} asks for more witnesses than the {keysCount} keys given.',
    'hint.checkpoints-are-signed-within-seconds-write':
      'Checkpoints are signed within seconds of a write; ask again later.',
    'refusal.only-ledger-node-signs-notes':
      'Only the node that holds the ledger key can sign its checkpoint notes.',
    'hint.ask-node-writes-ledger-get-api':
      'Ask the node that writes this ledger: GET /api/ledger/checkpoint.',
    'refusal.checkpoint-origin-unknown':
      'The checkpoint origin is not fixed yet and this node has no public URL to fix it from.',
    'hint.set-disco-public-url-address-members':
      'Set DISCO_PUBLIC_URL to the address members use (e.g. https://coop.example); the origin is then fixed for ever.',
    'refusal.log-key-not-verifier-key': 'The log key is not a verifier key.',
    'refusal.log-key-not-ed25519': 'The log key is not an Ed25519 note key (type 0x01).',
    'refusal.witness-key-changed': 'This witness already follows {keyName} under another key.',
    'hint.log-keeps-key-if-truly-changed':
      'A log keeps its key; if it truly changed, `disco witness untrust` it first (its history is then forgotten).',
    'refusal.witness-does-not-follow-origin': 'This witness does not follow {origin}.',
    'refusal.public-url-not-a-url': 'DISCO_PUBLIC_URL "{publicUrl}" is not a URL.',
    'hint.set-address-members-use-e-g':
      'Set it to the address members use, e.g. https://coop.example.',
    'refusal.public-url-not-http': 'DISCO_PUBLIC_URL is an http(s) URL.',
    'refusal.file-problem': '{file}: {message}',
    'hint.give-evidence-file-exactly-monitor-wrote':
      'Give the evidence file exactly as the monitor wrote it.',
    'refusal.disco-cannot-be-founded': 'The DisCO cannot be founded with these settings.',
    'hint.currency-time-zone-are-recorded-genesis':
      'The currency and time zone are recorded in the genesis and can never be changed.',
    'refusal.node-settings-are-not-valid': "The node's settings are not valid.",
    'hint.fix-flag-environment-variable-named-above':
      'Fix the flag or environment variable named above; docs/operations.md lists every setting.',
    'hint.use-deck-served-node-api-token': 'Use the Deck served by this node, or an API token.',
    'refusal.csrf-token-missing':
      "A write signed in by cookie must carry the session's CSRF token in the {CSRF_HEADER} header.",
    'hint.read-csrftoken-from-get-api-auth': 'Read csrfToken from GET /api/auth/session.',
    'refusal.csrf-token-not-this-session':
      'The {CSRF_HEADER} header does not belong to this session.',
    'hint.read-csrftoken-from-get-api-auth-2': 'Read csrfToken from GET /api/auth/session again.',
    'refusal.idempotency-key-malformed':
      'The {IDEMPOTENCY_HEADER} header must be 1 to 200 printable characters.',
    'hint.use-fresh-uuid-per-operation': 'Use a fresh UUID per operation.',
    'refusal.idempotency-key-reused':
      'This {IDEMPOTENCY_HEADER} was already used for a different request.',
    'hint.use-fresh-key-each-new-operation': 'Use a fresh key for each new operation.',
    'refusal.idempotent-request-still-running':
      'A request with this {IDEMPOTENCY_HEADER} is still running.',
    'hint.retry-moment': 'Retry in a moment.',
    'refusal.only-signed-in-member-signs': 'Only a signed-in member signs a write.',
    'refusal.draft-for-another-member': 'This draft was prepared for another member.',
    'refusal.commit-differs-from-prepare':
      'This request is not the one that was prepared: a commit repeats the same method, path, query and body.',
    'hint.send-exactly-prepared-request-prepare-one':
      'Send exactly the prepared request, or prepare this one.',
    'hint.prepare-again-sign-commit': 'Prepare it again, sign and commit.',
    'refusal.request-body-nested-too-deeply':
      "The request's body is nested too deeply (more than {MAX_JSON_DEPTH} levels of arrays and objects).",
    'hint.send-json-nested-most-max-json':
      'Send JSON nested at most {MAX_JSON_DEPTH} levels deep; no route needs more.',
    'refusal.request-body-not-valid': "The request's body is not valid.",
    'hint.send-well-formed-unicode-text-ud800':
      'Send well-formed Unicode text: a \\\\uD800-\\\\uDFFF escape only as half of a surrogate pair (UTF-8 text never has one).',
    'refusal.no-such-event-example': 'There is no event 9.',
    'hint.send-seq-header-value-your-last':
      'Send the {SEQ_HEADER} value your last write answered with, or leave the header out.',
    'refusal.authorization-not-bearer-token':
      'The Authorization header must be `Bearer <api token>`.',
    'hint.create-token-post-api-tokens': 'Create a token with POST /api/tokens.',
    'refusal.node-has-not-signed-checkpoint': 'The node has not signed a checkpoint yet.',
    'hint.checkpoints-are-signed-ledger-grows-ask':
      'Checkpoints are signed as the ledger grows; ask again later.',
    'refusal.store-conflict': '{reason}',
    'refusal.membership-needs-other-decision':
      'This membership change needs another kind of decision.',
    'refusal.distribution-run-cannot-be-committed': 'The distribution run cannot be committed.',
    'refusal.leave-cannot-be-ended': 'The leave cannot be ended.',
    'refusal.leave-cannot-be-recorded': 'The leave cannot be recorded.',
    'refusal.dispute-cannot-be-resolved': 'The dispute cannot be resolved.',
    'refusal.cat-document-not-in-force': 'This CAT parameter document could not be put in force.',
    'refusal.cat-document-cannot-be-recorded': 'The CAT parameter document cannot be recorded.',
    'refusal.too-many-sign-ins-account':
      'Too many failed sign-ins for this account; try again after {retryAt}.',
    'refusal.too-many-sign-ins-address':
      'Too many failed sign-ins from this address; try again after {retryAt}.',
    'hint.wait-minutes': 'Wait {minutes} minute(s) before trying again.',
    'hint.repair-run-state':
      'Run `disco distribution repair-state {runId}`: it recomputes the state from event 1 and keeps it only if its hash is the one the run recorded.',
    'refusal.run-not-from-state':
      'Run {runId} ({period}) was folded from event 1, not from a recorded state.',
    'hint.verify-without-from-state': 'Verify it without --from-state.',
    'refusal.run-start-state-missing':
      'Run {runId} ({period}) says it started from the state of the run that read the ledger to #{fromSeq} ({previous}), but {path} holds no such run.',
    'hint.verify-from-event-1': 'Verify it from event 1, without --from-state.',
    'refusal.file-lacks-run-state':
      '{path} holds no run state for run {previousId} ({previousPeriod}), which run {runId} started from.',
    'hint.export-again-or-verify':
      'Export the ledger again from a node (exports carry the run states), or verify from event 1 without --from-state.',
    'hint.propose-governance-parameters':
      'Propose the new parameters: POST /api/proposals with change { "kind": "policy-amendment", "governanceParameters": {...} }.',
    'hint.not-canonical':
      'Send well-formed Unicode text (a \\uD800-\\uDFFF escape only as half of a surrogate pair), nested at most {depth} levels deep.',
    'hint.key-cannot-sign-own-revocation':
      'A key cannot sign its own revocation: sign with another of your keys, or send it unsigned.',
    'hint.register-key-first': 'Register the key first, or sign with a key you registered.',
    'hint.use-pg-dump':
      'Use pg_dump, then check the copy with disco ledger verify (docs/operations.md, "Backups").',
    'hint.use-pg-restore':
      'Use pg_restore into an empty database, then run disco ledger verify against it (docs/operations.md, "Backups").',
    'refusal.write-prepared': 'The write is prepared: sign its intents and commit it.',
    'refusal.contribution-replaced':
      'The contribution {contributionId} changed meanwhile: it was replaced.',
    'refusal.contribution-replaced-by':
      'The contribution {contributionId} changed meanwhile: it was replaced by {newer}.',
    'hint.reload-newest': 'Reload it and make your change to the newest version.',
    'hint.reload-newest-id': 'Reload it and make your change to the newest version ({newer}).',
    'refusal.no-checkpoint-yet': 'The node has not signed a checkpoint yet.',
    'refusal.no-checkpoint-at': 'There is no checkpoint at tree size {treeSize}.',
    'refusal.csrf-other-site': 'Writes from another site ({origin}) are refused.',
    'refusal.draft-stale':
      'This draft was prepared at {time}; a draft must be committed within {seconds} seconds.',
    'refusal.intent-header': '{header} must be `prepare` or `commit`.',
    'refusal.operator-does-not-prepare':
      "The operator's local CLI records writes in the node's name; it neither prepares nor commits.",
    'hint.send-without-header': 'Send the request without {header}.',
    'refusal.commit-needs-draft':
      'A commit carries the draft token the prepare answer gave, in {header}.',
    'hint.prepare-first': 'Send the write with `{header}: prepare` first.',
    'refusal.member-key-header': '{header} must name the registered key that signed.',
    'refusal.member-sig-header':
      '{header} must hold one signature per prepared intent, comma-separated, in order.',
    'refusal.draft-not-ours': '{header} is not a draft token signed by this node.',
    'hint.send-token-unchanged': 'Send the token from the prepare answer unchanged.',
    'refusal.min-seq-header':
      '{header} must be the seq of an event (a whole number), not "{value}".',
  },
  es: {
    'run.floor.full': 'Mínimo: {basis}; pagado antes de repartir los fondos = {amount}',
    'run.floor.full-limited':
      'Mínimo: {basis}, {limit}; pagado antes de repartir los fondos = {amount}',
    'run.floor.shared':
      'Mínimo: {basis} = {demandAmount}, pero todos los mínimos juntos ({allFloorsAmount}) superan la liquidez neta {liquidityAmount}, así que se reparten a prorrata: {demandAmount} de {allFloorsAmount} = {amount}',
    'run.floor.shared-limited':
      'Mínimo: {basis}, {limit} = {demandAmount}, pero todos los mínimos juntos ({allFloorsAmount}) superan la liquidez neta {liquidityAmount}, así que se reparten a prorrata: {demandAmount} de {allFloorsAmount} = {amount}',
    'run.floor-basis.own': 'mínimo propio {floorAmount}',
    'run.floor-basis.default': 'el mínimo {floorAmount}',
    'run.floor-basis.smoothing-leave':
      'mínimo de suavizado {floorAmount} ({percent} del pago medio {averageAmount} de los últimos {periods} periodo(s), durante una baja)',
    'run.floor-basis.smoothing-leave-dates':
      'mínimo de suavizado {floorAmount} ({percent} del pago medio {averageAmount} de los últimos {periods} periodo(s), durante una baja {leaves})',
    'run.leave.from-to': 'del {from} al {to}',
    'run.leave.open': 'desde el {from} (aún sin fecha de fin)',
    'run.floor-basis.smoothing-care':
      'mínimo de suavizado {floorAmount} ({percent} del pago medio {averageAmount} de los últimos {periods} periodo(s), por una carga alta de cuidados)',
    'run.floor-basis.smoothing-care-hours':
      'mínimo de suavizado {floorAmount} ({percent} del pago medio {averageAmount} de los últimos {periods} periodo(s), por una carga alta de cuidados: {hours} horas de cuidados registradas, umbral {threshold})',
    'run.limit.cap': 'limitado al tope {capAmount}',
    'run.limit.claims': 'limitado a lo adeudado {claimsAmount}',
    'run.pot.full':
      'El fondo «{pot}» de {potAmount} cubre los {allClaimsAmount} adeudados en él: {amount} pagado por completo',
    'run.pot.shared':
      'El fondo «{pot}» de {potAmount} se reparte a prorrata de lo adeudado: {claimsAmount} de {allClaimsAmount} en total = {amount}',
    'run.rounding.floors': 'Redondeo de los mínimos: +{amount} (mayor resto)',
    'run.rounding.pot': 'Redondeo en el fondo «{pot}»: +{amount} (mayor resto)',
    'run.rounding.overflow': 'Redondeo del excedente: +{amount} (mayor resto)',
    'run.cap':
      'Tope de {capAmount} por periodo: se retiran {cutAmount} del fondo «{pot}» (se sigue debiendo)',
    'run.overflow.full':
      'Excedente: el dinero no gastado de los fondos, {overflowAmount}, cubre los {allWeightsAmount} que aún se pueden recibir: {amount} pagado por completo',
    'run.overflow.shared':
      'Excedente: el dinero no gastado de los fondos, {overflowAmount}, se reparte a prorrata de lo que aún se puede recibir (deudas pendientes, dentro de los topes): {weightAmount} de {allWeightsAmount} = {amount}',
    'run.paid-claims.one': 'Pagado de lo más antiguo a lo más reciente: 1 deuda, del {from}',
    'run.paid-claims.many':
      'Pagado de lo más antiguo a lo más reciente: {count} deudas, del {from} al {to}',
    'run.total': 'Total pagado {paidAmount}; se sigue debiendo tras este reparto {owedAmount}',
    'unpaid.claims-not-reached':
      'Sin pago: el dinero de este reparto no llegó a las deudas pendientes de {claimsAmount} (se siguen debiendo)',
    'unpaid.historical-care':
      'Sin pago: el trabajo de cuidados hecho en periodo de cortejo ({historicalAmount}) es histórico y solo se paga cuando ese periodo termina',
    'unpaid.casual-not-payable':
      'Sin pago: el trabajo ocasional ({recordedAmount}) se registra pero la regla del trabajo ocasional no lo paga',
    'unpaid.on-leave': 'Sin pago: de baja, sin deudas pendientes ni mínimo de suavizado',
    'unpaid.no-claims': 'Sin pago: no hay deudas pendientes en el periodo',
    'problem.invalid-input': 'La solicitud no es válida.',
    'problem.refused': 'La solicitud fue rechazada.',
    'problem.not-found': 'No se encontró.',
    'problem.conflict':
      'El registro cambió o está en un estado que no lo permite; recarga e inténtalo de nuevo.',
    'problem.forbidden': 'No tienes permiso para hacer esto.',
    'field.required': 'obligatorio',
    'field.unknown': 'campo desconocido «{name}»; quítalo',
    'field.too-small': 'debe ser al menos {minimum}',
    'field.too-big': 'debe ser como mucho {maximum}',
    'field.invalid-format': 'no es un {format} válido',
    'field.invalid-type': 'debe ser de tipo {expected}',
    'value.hours-per-day':
      '{memberId} registraría {hours} horas el {date} ({already} ya registradas + {adding} aquí), más del límite de {limit} horas por miembro y día',
    'proposal.deadline-past': 'tiene que ser posterior a {now}',
    'proposal.no-such-member': 'no existe ese miembro',
    'member.timeline-required': 'elige un ritmo: fast-track, agile o long-run',
    'distribution.payout-over-owed':
      '{amount} es más de lo que el reparto de {period} aún le debe a este miembro ({owedAmount})',
    'member.not-in-circle': 'no es miembro de este círculo',
    'member.not-in-constituency': 'no es miembro de este grupo',
    'tally.binding.one': '1 papeleta vinculante (peso total {weight}).',
    'tally.binding.many': '{ballots} papeletas vinculantes (peso total {weight}).',
    'tally.non-binding.one':
      '1 papeleta no vinculante (peso total {weight}) se muestra junto al resultado, sin decidirlo.',
    'tally.non-binding.many':
      '{ballots} papeletas no vinculantes (peso total {weight}) se muestran junto al resultado, sin decidirlo.',
    'tally.set-aside': 'Papeleta de {memberId} apartada: {problems}.',
    'tally.no-binding': 'No se emitió ninguna papeleta vinculante, así que no se decide nada.',
    'tally.quorum-not-met':
      'Quórum no alcanzado en {missing}: los recuentos anteriores se muestran, pero no deciden nada.',
    'tally.quorum-missing':
      '{constituency} ({participated} de {eligible}, hacían falta {required})',
    'tally.delegated': '{count} contadas por delegación.',
    'tally.unopened':
      '{count} papeleta(s) secreta(s) no se pudieron abrir (el nodo perdió sus aperturas) y no se contaron.',
    'tally.objection': '{label} de {memberId} {state}{resolution}: «{reason}».',
    'tally.label.objection': 'Objeción',
    'tally.label.non-binding-objection': 'Objeción no vinculante',
    'tally.label.block': 'Bloqueo',
    'tally.label.non-binding-block': 'Bloqueo no vinculante',
    'tally.objection-state.standing': 'sigue en pie',
    'tally.objection-state.withdrawn': 'se retiró',
    'tally.objection-state.resolved': 'se resolvió',
    'tally.resolution': ' ({text})',
    'tally.option-count': '{option} {count}',
    'tally.shown': 'Se muestra, sin decidir: {counts}.',
    'tally.winner': 'Gana: {option}.',
    'tally.tie': 'Empate entre {options}.',
    'tally.tie-break':
      'Hace falta una sola opción ganadora, así que el empate se resuelve a favor de la primera en {order}: {option}.',
    'tally.order.given': 'el orden de desempate indicado',
    'tally.order.proposal': 'el orden de opciones de la propuesta',
    'tally.yes-no':
      'Sí {yes}, no {no}, abstención {abstain} (las abstenciones cuentan como participación, no en la proporción).',
    'tally.shown-yes-no': 'Se muestra, sin decidir: {counts}',
    'tally.majority.all-abstained':
      'Todo el mundo se abstuvo: sin votos de sí o no, la propuesta no puede aprobarse.',
    'tally.majority.even':
      'Hay tantos sí como no; una mayoría necesita más sí que no, así que la propuesta no se aprueba.',
    'tally.majority.passed':
      'El sí tiene el {share} de los votos de sí y no: la propuesta se aprueba.',
    'tally.majority.failed':
      'El sí tiene el {share} de los votos de sí y no: la propuesta no se aprueba.',
    'tally.consent.counts':
      'Consentimientos {consent}; objeciones en pie {standing}, retiradas {withdrawn}, resueltas {resolved}.',
    'tally.consent.passes': 'No queda ninguna objeción en pie: la propuesta se aprueba.',
    'tally.consent.one-stands':
      'Una objeción sigue en pie: la propuesta no se aprueba hasta que se resuelva o se retire.',
    'tally.consent.many-stand':
      '{count} objeciones siguen en pie: la propuesta no se aprueba hasta que se resuelvan o se retiren.',
    'tally.consent.shown':
      'Se muestra, sin decidir: consentimientos {consent}, objeciones en pie {standing}.',
    'tally.approval.counts': 'Aprobaciones: {counts}.',
    'tally.dot.counts': 'Puntos ({dots} por votante, por el peso de la papeleta): {counts}.',
    'tally.dot.counts-capped':
      'Puntos ({dots} por votante, como mucho {maxPerOption} por opción, por el peso de la papeleta): {counts}.',
    'tally.score.total': 'Puntuaciones de {min} a {max}, gana el total más alto: {counts}.',
    'tally.score.mean':
      'Puntuaciones de {min} a {max}, gana la media más alta entre quienes la puntuaron: {counts}.',
    'tally.score.unscored': '{option} sin puntuar',
    'tally.score.option-mean': '{option} media {total}/{raters} (unos {mean})',
    'tally.irv.round': 'Ronda {round}: {counts} ({inPlay} en juego, {exhausted} agotadas). {then}',
    'tally.irv.only-left': '{option} es la única opción que queda y gana.',
    'tally.irv.majority':
      '{option} tiene más de la mitad de los votos en juego ({votes} de {inPlay}) y gana.',
    'tally.irv.all-tied':
      'Todas las opciones que quedan tienen {votes} votos y tuvieron {first} primeras preferencias, así que solo un orden arbitrario podría destacar una: empate.',
    'tally.irv.elimination': '{eliminated}; {transfers}.',
    'tally.irv.fewest': '{option} queda eliminada (menos votos)',
    'tally.irv.fewest-first':
      '{options} empatan con menos votos ({votes}); {option} tuvo menos primeras preferencias en la ronda 1 ({first}), así que {option} queda eliminada',
    'tally.irv.order-some':
      '{options} empatan con menos votos ({votes}) y {fewestOptions} con menos primeras preferencias ({first}); {option} va última en {order}, así que {option} queda eliminada',
    'tally.irv.order-all':
      '{options} empatan con menos votos ({votes}) y primeras preferencias ({first}); {option} va última en {order}, así que {option} queda eliminada',
    'tally.irv.transfers': 'sus votos pasan a: {counts}',
    'tally.irv.to-exhausted': 'ninguna otra preferencia (agotadas) {count}',
    'tally.irv.no-transfers': 'no tenía votos que pasar',
    'tally.irv.shown':
      'Se muestra, sin decidir: primeras preferencias {counts}; contadas solas, estas papeletas terminarían con {options}.',
    'tally.schulze.pairwise':
      'Por pares: cuánto peso situó cada opción (fila) por encima de cada otra opción:',
    'tally.schulze.paths':
      'Caminos más fuertes (un camino es una cadena de victorias por pares; su fuerza es la de su victoria más débil):',
    'tally.schulze.row': '  {option}: {counts}',
    'tally.schulze.winner':
      '{option} tiene un camino al menos tan fuerte como el de vuelta frente a cada otra opción: {paths}.',
    'tally.schulze.path': '{option}→{other} {strength} frente a {other}→{option} {back}',
    'tally.schulze.shown':
      'Se muestra, sin decidir: contadas solas, estas papeletas darían el conjunto ganador de Schulze {options}.',
    'tally.sense-check.response': '{option} {count} ({share})',
    'tally.sense-check.responses': 'Respuestas: {counts}.',
    'tally.sense-check.note': 'Un sondeo de opinión toma el pulso al grupo; no decide nada.',
    'tally.lazy.counts':
      'Apoyos registrados {support}; objeciones en pie {standing}, retiradas {withdrawn}, resueltas {resolved}.',
    'tally.lazy.open-standing':
      'El plazo ({deadline}) no ha vencido: por ahora una objeción sigue en pie.',
    'tally.lazy.open-clear':
      'El plazo ({deadline}) no ha vencido: no hay objeciones por ahora, así que se aprobará salvo que alguien se oponga.',
    'tally.lazy.fails': 'Una objeción sigue en pie al vencer el plazo: la propuesta no se aprueba.',
    'tally.lazy.passes':
      'No queda ninguna objeción en pie al vencer el plazo; el silencio cuenta como asentimiento: la propuesta se aprueba.',
    'tally.consensus.counts':
      'De acuerdo {agree}, se hacen a un lado {standAside}, bloqueos en pie {standing}, bloqueos levantados {lifted}.',
    'tally.consensus.blocked': 'Un bloqueo sigue en pie: no hay consenso.',
    'tally.consensus.reached': 'No queda ningún bloqueo en pie: hay consenso.',
    'tally.consensus.share-reached':
      'No queda ningún bloqueo en pie. Los acuerdos deben ser al menos {share} de todas las respuestas ({needed} de {total}); hay {agree}: hay consenso.',
    'tally.consensus.share-missed':
      'No queda ningún bloqueo en pie. Los acuerdos deben ser al menos {share} de todas las respuestas ({needed} de {total}); hay {agree}: demasiadas personas se hicieron a un lado, no hay consenso.',
    'tally.consensus.shown':
      'Se muestra, sin decidir: de acuerdo {agree}, se hacen a un lado {standAside}, bloqueos en pie {standing}.',
    'tally.supermajority.no-base':
      'Ningún voto cuenta para el umbral, así que la propuesta no puede aprobarse.',
    'tally.supermajority.threshold':
      'Umbral: {comparison} {share} {base}, es decir {needed} de {total}; el sí tiene {yes}: la propuesta {result}.',
    'tally.supermajority.at-least': 'al menos',
    'tally.supermajority.more-than': 'más de',
    'tally.supermajority.base-decisive': 'de los votos de sí y no',
    'tally.supermajority.base-all': 'de todos los votos emitidos, abstenciones incluidas',
    'tally.supermajority.passed': 'se aprueba',
    'tally.supermajority.failed': 'no se aprueba',
    'tally.meeting.heading': 'Franjas, de mejor a peor (más sí, luego más «si hace falta»):',
    'tally.meeting.slot':
      '{rank}. {option}: sí {yes}, si hace falta {ifNeedBe}, no {no}, sin marcar {unmarked}.',
    'tally.meeting.shown': 'Se muestra, sin decidir:',
    'flow.source.client': 'Pagos de clientes',
    'flow.source.grant': 'Subvenciones',
    'flow.source.donation': 'Donaciones',
    'flow.source.solidarity': 'Solidaridad de DisCOs federadas',
    'flow.source.other': '{source}',
    'flow.income': 'Ingresos de {period} (sin comisiones)',
    'flow.bucket': '{bucket}',
    'flow.pot': '{pot}',
    'flow.member': '{memberId}',
    'flow.retained': 'Retenido en {bucket}',
    'flow.solidarity.from': 'Solidaridad de {disco}',
    'flow.solidarity.to': 'Solidaridad a {disco}',
    'flow.solidarity.buckets': 'Solidaridad pagada de los fondos',
    'refusal.invitation-cannot-be-accepted': 'No se puede aceptar la invitación con estos datos.',
    'refusal.display-name-missing': 'Elige el nombre con el que te verán los demás miembros.',
    'refusal.member-already-has-account': 'Este miembro ya tiene cuenta.',
    'hint.sign': 'Inicia sesión con ella.',
    'refusal.account-email-already-exists': 'Ya existe una cuenta con este correo.',
    'hint.sign-use-another-email': 'Inicia sesión con ella, o usa otro correo.',
    'refusal.inviter-may-no-longer-invite':
      'El miembro que te invitó ya no puede añadir miembros, así que esta invitación no se puede aceptar.',
    'hint.ask-another-member-new-invitation': 'Pide una invitación nueva a otro miembro.',
    'refusal.session-not-valid': 'Esta sesión no es válida: se cerró, o este nodo nunca la emitió.',
    'hint.sign-again': 'Inicia sesión de nuevo.',
    'refusal.session-expired': 'Esta sesión caducó el {at}.',
    'refusal.api-token-never-issued': 'Este token de API no es válido: este nodo nunca lo emitió.',
    'hint.check-was-copied-whole-create-new':
      'Comprueba que se copió entero, o crea uno nuevo con POST /api/tokens.',
    'refusal.api-token-expired': 'Este token de API caducó el {at}.',
    'hint.create-new-one-post-api-tokens': 'Crea uno nuevo con POST /api/tokens.',
    'refusal.api-token-revoked': 'Este token de API se revocó el {at}.',
    'refusal.invitation-never-issued': 'Esta invitación no es válida: este nodo nunca la emitió.',
    'hint.check-whole-link-was-copied-ask':
      'Comprueba que se copió el enlace entero, o pide uno nuevo al miembro que te invitó.',
    'refusal.invitation-expired': 'Esta invitación caducó el {at}.',
    'hint.ask-member-who-invited-you-new': 'Pide una nueva al miembro que te invitó.',
    'refusal.invitation-already-accepted':
      'Esta invitación ya se aceptó el {at}; cada invitación sirve una vez.',
    'hint.sign-email-password-chosen-then-ask':
      'Inicia sesión con el correo y la contraseña que elegiste entonces, o pide una invitación nueva.',
    'refusal.password-link-never-issued':
      'Este enlace de contraseña no es válido: este nodo nunca lo emitió.',
    'hint.check-whole-link-was-copied-ask-2':
      'Comprueba que se copió el enlace entero, o pide uno nuevo a una persona fundadora.',
    'refusal.password-link-expired': 'Este enlace de contraseña caducó el {at}.',
    'hint.ask-founder-new-one': 'Pide uno nuevo a una persona fundadora.',
    'refusal.password-link-already-used':
      'Este enlace de contraseña ya se usó (o lo reemplazó uno más nuevo) el {at}; cada enlace sirve una vez.',
    'hint.sign-password-chosen-then-ask-founder':
      'Inicia sesión con la contraseña que elegiste entonces, o pide un enlace nuevo a una persona fundadora.',
    'refusal.email-password-wrong': 'El correo o la contraseña no son correctos.',
    'hint.check-both-repeated-failures-pause-sign':
      'Revisa ambos; los fallos repetidos pausan un rato el acceso de esta cuenta.',
    'refusal.password-cannot-be-changed': 'No se puede cambiar la contraseña con estos datos.',
    'refusal.no-account-with-password': 'No tienes una cuenta con contraseña en este nodo.',
    'hint.accounts-come-from-accepting-invitation-api':
      'Las cuentas nacen al aceptar una invitación; los tokens de API no tienen contraseña.',
    'refusal.new-password-same-as-current': 'La nueva contraseña es igual que la actual.',
    'refusal.kept-keys-need-re-encrypting':
      'Tus claves de firma se guardan en este nodo cifradas con tu contraseña actual.',
    'refusal.token-cannot-be-created': 'No se puede crear el token así.',
    'refusal.no-such-founder': 'No existe la persona fundadora {founderId}.',
    'refusal.founder-already-has-account': 'Esta persona fundadora ya tiene cuenta.',
    'hint.sign-lost-password-needs-another-founder':
      'Inicia sesión con ella; una contraseña perdida necesita a otra persona fundadora o una invitación nueva.',
    'refusal.invitation-cannot-be-issued':
      'No se puede emitir la invitación con estas condiciones.',
    'refusal.member-has-no-password': '{memberId} no tiene una cuenta con contraseña en este nodo.',
    'hint.only-members-who-accepted-invitation-have':
      'Solo tienen contraseña los miembros que aceptaron una invitación; invita a los demás.',
    'refusal.member-left-no-password-reset':
      '{memberId} ha dejado la DisCO; no se puede restablecer su contraseña.',
    'hint.record-their-return-first': 'Registra antes su regreso.',
    'refusal.key-cannot-be-stored': 'No se puede guardar la clave.',
    'refusal.no-account-to-keep-keys': 'No tienes en este nodo una cuenta donde guardar una clave.',
    'hint.sign-account-not-only-api-token':
      'Inicia sesión con una cuenta (no solo con un token de API de un miembro sin cuenta).',
    'refusal.node-has-no-founded-ledger':
      'Este nodo aún no tiene un registro con una persona fundadora.',
    'hint.start-one-disco-init': 'Crea uno con disco init.',
    'refusal.every-founder-already-has-account': 'Todas las personas fundadoras ya tienen cuenta.',
    'hint.sign-another-founder-can-invite-new':
      'Inicia sesión con ella; otra persona fundadora puede invitar a nuevos miembros con disco member invite.',
    'refusal.new-password-cannot-be-set': 'No se puede fijar la nueva contraseña.',
    'refusal.no-such-api-token': 'No existe el token de API {id}.',
    'hint.get-api-tokens-lists-yours': 'GET /api/tokens lista los tuyos.',
    'refusal.member-has-no-account': '{target} no tiene cuenta en este nodo.',
    'refusal.sign-in-needs-email-and-password':
      'Para iniciar sesión hacen falta un correo y una contraseña.',
    'refusal.steward-cannot-be-appointed': 'No se puede nombrar a la persona administradora.',
    'refusal.no-such-circle': 'No existe el círculo {ref}.',
    'hint.list-circles-see-their-slugs': 'Lista los círculos para ver sus identificadores.',
    'refusal.circle-cannot-be-created': 'No se puede crear el círculo.',
    'refusal.stewardship-cannot-be-ended': 'No se puede terminar la administración.',
    'refusal.say-which-member': 'Indica qué miembro.',
    'refusal.member-cannot-join-circle': 'El miembro no puede unirse a este círculo.',
    'refusal.member-cannot-leave-circle': 'El miembro no puede dejar este círculo.',
    'refusal.circle-cannot-be-shown': 'No se puede mostrar el círculo.',
    'hint.fix-fields-named-send-whole-document':
      'Corrige los campos indicados y envía de nuevo el documento entero.',
    'hint.commit-month-after-last-closed-one':
      'Confirma el mes siguiente al último cerrado, una vez terminado (`disco distribution show` lista los repartos).',
    'refusal.ledger-changed-while-run-was-computed':
      'El registro cambió mientras se calculaba el reparto.',
    'hint.commit-run-again': 'Confirma el reparto de nuevo.',
    'refusal.flows-cannot-be-shown': 'No se pueden mostrar los flujos.',
    'refusal.no-flows-without-parameters':
      'No hay flujos para {period}: aún no hay parámetros del CAT.',
    'hint.founder-sets-first-parameter-document-disco':
      'Una persona fundadora fija el primer documento de parámetros (disco cat params --set FILE).',
    'refusal.date-in-closed-month': '{date} está en un mes ya cerrado por un reparto.',
    'hint.record-current-month-corrections-go-later':
      'Regístralo en el mes en curso: las correcciones van en un periodo posterior.',
    'refusal.no-such-ledger': 'Aún no hay registro.',
    'hint.run-disco-init-first': 'Ejecuta antes `disco init`.',
    'refusal.expenses-cannot-be-listed': 'No se pueden listar los gastos.',
    'refusal.income-cannot-be-listed': 'No se pueden listar los ingresos.',
    'refusal.payout-list-cannot-be-made': 'No se puede hacer la lista de pagos.',
    'hint.fix-fields-named-parameter-document':
      'Corrige los campos indicados en el documento de parámetros.',
    'refusal.distribution-cannot-be-previewed': 'No se puede previsualizar el reparto.',
    'hint.preview-month-after-last-closed-one':
      'Previsualiza el mes siguiente al último cerrado, o un mes ya cerrado.',
    'refusal.expense-cannot-be-recorded': 'No se puede registrar el gasto.',
    'refusal.income-cannot-be-recorded': 'No se puede registrar el ingreso.',
    'refusal.another-cat-parameter-version-was-recorded':
      'Mientras tanto se registró otra versión de los parámetros del CAT.',
    'hint.read-parameters-again-retry': 'Lee los parámetros de nuevo y reinténtalo.',
    'refusal.payout-cannot-be-recorded': 'No se puede registrar el pago.',
    'refusal.no-such-member': 'No existe el miembro {memberId}.',
    'hint.name-member-id-disco-member-list':
      'Nombra al miembro por su identificador (`disco member list`), o por el nombre que muestra el reparto (`disco distribution explain RUN`).',
    'refusal.given-run-state-hash-mismatch':
      'El estado dado para el reparto {runId} da el hash {hash}, no {hash2} como registró su evento; no se guardó.',
    'hint.recompute-from-ledger-disco-distribution-repair':
      'Recálcalo desde el registro con `disco distribution repair-state {runId}`.',
    'refusal.no-such-distribution-run': 'No existe el reparto {runIdOrPeriod}.',
    'hint.name-run-id-month-disco-distribution':
      'Nombra un reparto por su identificador o su mes (`disco distribution show` los lista).',
    'refusal.run-has-no-state-to-repair':
      'El reparto {runIdOrPeriod} se registró antes de que existieran los estados (esquema 1): no tiene estado que reparar.',
    'hint.run-after-folds-from-event-1': 'El reparto siguiente se calcula desde el evento 1.',
    'refusal.run-state-missing':
      'Falta el estado registrado del reparto {runId} ({period}), así que el siguiente reparto no puede partir de él.',
    'refusal.run-state-hash-mismatch':
      'El estado registrado del reparto {runId} ({period}) no corresponde al hash que registró su evento ({hash}; el estado guardado da {hash2}).',
    'refusal.cat-document-not-json-object':
      'El documento de parámetros del CAT debe ser un objeto JSON.',
    'refusal.cat-parameters-already-set':
      'Los parámetros del CAT ya están fijados; ahora solo una decisión colectiva los cambia.',
    'hint.open-cat-parameter-change-proposal-new':
      'Abre una propuesta cat-parameter-change con el documento nuevo (disco propose --kind cat-parameter-change).',
    'refusal.books-cannot-be-shown': 'No se pueden mostrar los libros.',
    'hint.list-runs-get-api-distribution-runs':
      'Lista los repartos con GET /api/distribution/runs (disco distribution show).',
    'refusal.run-cannot-be-shown': 'No se puede mostrar el reparto.',
    'refusal.no-such-distribution-run-at-path': 'No existe el reparto {runIdOrPeriod} en {path}.',
    'hint.name-run-id-month-yyyy-mm': 'Nombra un reparto por su identificador o su mes (AAAA-MM).',
    'refusal.file-run-state-hash-mismatch':
      'El estado del reparto {id} ({period}) en {path} da el hash {hash}, no {hash2} como registró su evento.',
    'hint.verify-from-event-1-without-from': 'Verifica desde el evento 1, sin --from-state.',
    'refusal.what-if-cannot-be-computed': 'No se puede calcular la simulación.',
    'refusal.proposal-cannot-be-amended': 'No se puede enmendar la propuesta.',
    'refusal.proposal-was-amended-meanwhile': 'La propuesta se enmendó mientras tanto.',
    'hint.read-again-amend-new-version': 'Léela de nuevo y enmienda la nueva versión.',
    'refusal.proposal-was-carried-out-meanwhile': 'La propuesta se llevó a cabo mientras tanto.',
    'refusal.ballot-cannot-be-cast': 'No se puede emitir la papeleta.',
    'refusal.proposal-was-amended-while-you-voted': 'La propuesta se enmendó mientras votabas.',
    'hint.read-new-version-vote-again': 'Lee la nueva versión y vota de nuevo.',
    'refusal.ballot-not-valid': 'La papeleta no es válida.',
    'refusal.ballot-would-not-be-counted': 'La papeleta no se contaría.',
    'refusal.proposal-stays-open-until-deadline':
      'Esta propuesta sigue abierta hasta el {deadline}.',
    'refusal.proposal-was-closed-meanwhile': 'La propuesta se cerró mientras tanto.',
    'refusal.no-such-comment-proposal': 'No existe ese comentario en esta propuesta.',
    'hint.list-comments-at': 'Lístalos con GET {path}.',
    'refusal.delegation-circle-or-topic':
      'Una delegación es para un círculo o para un tema, no para ambos.',
    'refusal.comment-cannot-be-edited': 'No se puede editar el comentario.',
    'refusal.governance-parameters-unknown-constituency':
      'Los parámetros de gobernanza nombran un grupo desconocido.',
    'refusal.comments-cannot-be-listed': 'No se pueden listar los comentarios.',
    'refusal.proposals-cannot-be-listed': 'No se pueden listar las propuestas.',
    'refusal.cursor-not-from-this-node': 'El cursor no es uno que haya dado este nodo.',
    'refusal.notifications-cannot-be-marked-read':
      'No se pueden marcar las notificaciones como leídas.',
    'refusal.notifications-not-yours': 'Algunas de esas no son notificaciones tuyas.',
    'hint.list-them-get-api-notifications': 'Lístalas con GET /api/notifications.',
    'refusal.proposal-cannot-be-opened': 'No se puede abrir la propuesta.',
    'refusal.comment-cannot-be-posted': 'No se puede publicar el comentario.',
    'refusal.reply-cannot-be-posted': 'No se puede publicar la respuesta.',
    'refusal.no-such-proposal': 'No existe esa propuesta.',
    'hint.list-proposals-get-api-proposals': 'Lista las propuestas con GET /api/proposals.',
    'refusal.proposal-takes-no-changes': 'Esta propuesta está {status}: no admite más cambios.',
    'hint.see-outcome-at': 'Consulta su resultado con GET {path}.',
    'refusal.proposal-deadline-has-passed':
      'El plazo de esta propuesta ({deadline}) ya pasó: no admite más cambios.',
    'hint.being-closed-tallied': 'Se está cerrando y contando.',
    'refusal.settings-do-not-fit-method': 'Estos ajustes no encajan con el método {method}.',
    'refusal.membership-change-about-nobody': 'El cambio de membresía no trata de nadie.',
    'refusal.deadline-not-in-future': 'El plazo tiene que ser futuro.',
    'refusal.reaction-cannot-be-recorded': 'No se puede registrar la reacción.',
    'refusal.delegation-cannot-be-revoked': 'No se puede revocar la delegación.',
    'refusal.you-have-no-delegation-scope': 'No tienes ninguna delegación en ese ámbito.',
    'hint.see-yours-get-api-delegations': 'Consulta las tuyas con GET /api/delegations.',
    'refusal.delegation-cannot-be-set': 'No se puede fijar la delegación.',
    'refusal.disco-does-not-use-delegation': 'Esta DisCO no usa la delegación.',
    'hint.switched-proposal-sets-governance-parameter-delegation':
      'Se activa con una propuesta que fije el parámetro de gobernanza delegation.enabled.',
    'refusal.delegation-would-make-cycle': 'La delegación formaría un ciclo.',
    'refusal.governance-parameters-cannot-be-set':
      'No se pueden fijar los parámetros de gobernanza.',
    'refusal.governance-parameters-already-set':
      'Los parámetros de gobernanza están fijados: a partir de ahora solo los cambia una propuesta aprobada.',
    'refusal.proposal-cannot-be-shown': 'No se puede mostrar la propuesta.',
    'refusal.outcome-cannot-be-stated': 'No se puede declarar el resultado.',
    'refusal.proposal-not-closed-yet':
      'Esta propuesta está {status}: el resultado se declara una vez cerrada.',
    'refusal.review-date-not-in-future': 'La fecha de revisión tiene que ser futura.',
    'refusal.constituency-does-not-vote':
      'No permitido: ninguno de tus grupos vota en las propuestas de tipo {kind}.',
    'hint.see-get-api-governance-parameters-who':
      'Consulta GET /api/governance/parameters para ver quién vota qué.',
    'refusal.proposal-cannot-be-withdrawn': 'No se puede retirar la propuesta.',
    'refusal.batch-empty': 'Nada que registrar: el lote está vacío.',
    'refusal.event-not-canonical-json':
      'No se puede registrar el evento: una parte no tiene forma JSON canónica.',
    'refusal.node-has-no-signing-key': 'Este nodo no tiene clave de firma.',
    'refusal.ledger-belongs-to-another-node':
      'Este registro lo empezó otro nodo; este nodo puede leerlo y verificarlo, pero no escribir en él.',
    'hint.write-node-holds-key-start-new':
      'Escribe en el nodo que tiene su clave, o empieza un registro nuevo en otro directorio de datos.',
    'refusal.event-not-valid': 'El evento {type} no es válido.',
    'refusal.member-signature-does-not-match-event':
      'La firma del miembro no corresponde al evento.',
    'refusal.event-signed-by-unknown-key':
      'El evento está firmado con una clave que no es una clave registrada y no revocada de quien actúa.',
    'refusal.no-ledger-to-back-up': 'No hay ningún registro en {dataDir} que copiar.',
    'hint.pass-data-directory-node-data-dir':
      'Indica el directorio de datos del nodo con --data-dir.',
    'refusal.file-already-exists': '{file} ya existe.',
    'hint.choose-new-file-name-backup-never':
      'Elige otro nombre de archivo; una copia de seguridad nunca sobrescribe.',
    'refusal.command-needs-sqlite':
      'disco {what} funciona con la base de datos SQLite integrada; este nodo usa PostgreSQL.',
    'refusal.no-such-ledger-export': 'No hay ningún registro que exportar.',
    'refusal.ledger-event-missing':
      'La cabeza de la cadena dice que el registro tiene {size} eventos, pero falta el evento {seq} en la base de datos; una exportación prometería eventos que no tiene, así que no se escribió ninguna.',
    'hint.run-disco-ledger-verify-see-what':
      'Ejecuta `disco ledger verify` para ver qué falla, y restaura la base de datos desde una copia o una exportación anterior.',
    'refusal.import-needs-empty-database':
      'Esta base de datos ya tiene un registro de {size} eventos; una importación necesita una vacía.',
    'hint.import-into-new-data-dir': 'Importa en un --data-dir nuevo.',
    'refusal.ledger-file-does-not-verify':
      'El archivo no se verifica: {kind} en {seq}: {message}. No se importó nada.',
    'hint.ask-fresh-export-run-disco-ledger':
      'Pide una exportación nueva, o ejecuta `disco ledger verify --file` sobre ella para ver el fallo.',
    'refusal.disco-cannot-be-created': 'No se puede crear la DisCO con estos ajustes.',
    'refusal.database-already-holds-ledger': 'Esta base de datos ya tiene un registro.',
    'hint.use-another-data-dir-database-url':
      'Usa otro --data-dir o DATABASE_URL para empezar uno nuevo.',
    'refusal.write-runs-differently-now': 'Esta escritura ya no se ejecuta como cuando se preparó.',
    'hint.prepare-again-send-disco-intent-prepare':
      'Prepáralo de nuevo (envíalo con `Disco-Intent: prepare`), firma las nuevas intenciones y confírmalo.',
    'refusal.file-not-ledger-export':
      '{path} no es una exportación de registro de disco-cat: la línea {line} {why}.',
    'hint.export-ledger-disco-ledger-export-file':
      'Exporta un registro con `disco ledger export FILE`.',
    'refusal.no-such-file-path': 'No existe el archivo {path}.',
    'refusal.stored-proof-not-valid':
      'El árbol de Merkle guardado (o el punto de control firmado sobre él) no da una prueba válida de {what}, así que no se sirve ninguna.',
    'hint.run-disco-ledger-verify-node-names':
      'Ejecuta `disco ledger verify` en el nodo: indica el nodo guardado que no concuerda con los eventos.',
    'refusal.no-such-event-in-ledger': 'No existe el evento {seq}; el registro tiene {size}.',
    'hint.sequence-numbers-start-1': 'Los números de secuencia empiezan en 1.',
    'refusal.no-inclusion-proof': 'No hay prueba del evento {seq} en un árbol de tamaño {size}.',
    'refusal.no-such-event': 'No existe el evento {seq}.',
    'refusal.no-consistency-proof': 'No hay prueba de consistencia para estos tamaños.',
    'refusal.only-ledger-node-signs-checkpoints':
      'Solo el nodo que tiene la clave del registro puede firmar sus puntos de control.',
    'refusal.no-such-backup-file': 'No hay ninguna copia en {file}.',
    'refusal.data-directory-holds-ledger': '{dataDir} ya tiene un registro.',
    'hint.pass-replace-restore-over-current-files':
      'Pasa --replace para restaurar encima; los archivos actuales se guardan en replaced-<time>/ dentro.',
    'refusal.backup-ledger-does-not-verify':
      'El registro de la copia no se verifica: {kind} en {seq}: {message}',
    'hint.nothing-was-replaced-restore-older-backup':
      'No se reemplazó nada. Restaura una copia anterior, o guarda esta para investigarla.',
    'refusal.data-directory-in-use':
      'Un servidor (u otra orden disco) tiene abierto este directorio de datos.',
    'hint.stop-server-then-run-disco-restore':
      'Detén el servidor y ejecuta disco restore de nuevo; no se reemplazó nada.',
    'refusal.backup-cannot-be-restored': '{file} no se puede restaurar: {why}.',
    'hint.pass-file-made-disco-backup-nothing':
      'Indica un archivo hecho por disco backup; no se reemplazó nada.',
    'refusal.member-signature-required':
      'Esta DisCO exige la firma de un miembro en los eventos {types}, y esta escritura no lleva ninguna.',
    'hint.register-signing-key-your-device-disco':
      'Registra una clave de firma en tu dispositivo (`disco member key` en la CLI, o Ajustes → Claves de firma en el Deck); la CLI y el Deck firman después cada escritura.',
    'refusal.write-now-two-steps':
      'Esta escritura ahora registra eventos de miembro en dos pasos; el borrador preparado cubre uno.',
    'hint.prepare-again-sign-new-intents-commit':
      'Prepáralo de nuevo, firma las nuevas intenciones y confírmalo.',
    'refusal.write-intent-count-changed':
      'Esta escritura ahora registra {mineCount} eventos para que los firmes; se prepararon {preparedCount}.',
    'refusal.write-changed-since-prepared':
      'Esta escritura ya no registra las intenciones que firmaste: la DisCO cambió desde que se preparó.',
    'hint.prepare-again-read-new-intents-sign':
      'Prepáralo de nuevo, lee las nuevas intenciones, fírmalas y confírmalo.',
    'refusal.member-signature-count-wrong':
      '{MEMBER_SIG_HEADER} debe llevar {mineCount} firma(s), una por intención preparada, en orden; lleva {sigsCount}.',
    'refusal.member-signature-does-not-verify':
      'Una firma de miembro no se verifica: debe ser la firma Ed25519, con la clave de Disco-Member-Key, de la intención tal como se preparó.',
    'hint.sign-utf-8-bytes-intents-i':
      'Firma los bytes UTF-8 de `intents[i].intent` de la respuesta de preparación, sin cambios.',
    'refusal.draft-already-committed':
      'Esta escritura preparada ya se confirmó; un borrador se registra una vez.',
    'hint.record-again-prepare-new-draft': 'Para registrarlo de nuevo, prepara un borrador nuevo.',
    'refusal.member-cannot-be-added': 'No se puede añadir el miembro.',
    'refusal.mentor-cannot-be-assigned': 'No se puede asignar la mentoría.',
    'refusal.dating-needs-timeline': 'El cortejo necesita un ritmo.',
    'refusal.level-cannot-be-changed': 'No se puede cambiar el nivel.',
    'refusal.constituency-cannot-be-defined': 'No se puede definir el grupo.',
    'refusal.no-such-leave': 'No existe la baja {leaveId}.',
    'hint.list-leaves-disco-leave-list-find':
      'Lista las bajas (disco leave list) para encontrar sus identificadores.',
    'refusal.member-cannot-join-constituency': 'El miembro no puede unirse a este grupo.',
    'refusal.member-cannot-leave-constituency': 'El miembro no puede dejar este grupo.',
    'refusal.leaves-cannot-be-listed': 'No se pueden listar las bajas.',
    'refusal.members-cannot-be-listed': 'No se pueden listar los miembros.',
    'refusal.no-such-constituency': 'No existe ese grupo.',
    'refusal.commitment-statement-cannot-be-recorded':
      'No se puede registrar la declaración de compromiso.',
    'refusal.milestone-cannot-be-recorded': 'No se puede registrar el hito.',
    'refusal.key-cannot-be-registered': 'No se puede registrar la clave.',
    'refusal.mentor-cannot-be-removed': 'No se puede quitar la mentoría.',
    'hint.list-members-find-their-ids': 'Lista los miembros para encontrar sus identificadores.',
    'refusal.key-cannot-be-revoked': 'No se puede revocar la clave.',
    'refusal.rights-cannot-be-changed': 'No se pueden cambiar los derechos.',
    'refusal.no-constituency-with-id': 'No existe el grupo {constituencyId}.',
    'hint.list-constituencies-see-their-slugs': 'Lista los grupos para ver sus identificadores.',
    'refusal.profile-cannot-be-shown': 'No se puede mostrar el perfil.',
    'refusal.member-cannot-be-shown': 'No se puede mostrar el miembro.',
    'refusal.not-signed-in-because': 'Sin sesión iniciada: {reason}.',
    'hint.sign-pass-api-token': 'Inicia sesión, o envía un token de API.',
    'refusal.not-allowed-because': 'No permitido: {reason}.',
    'refusal.level-change-not-allowed': 'Este cambio de nivel no está permitido.',
    'refusal.contribution-cannot-be-acknowledged': 'No se puede reconocer la contribución.',
    'refusal.contribution-cannot-be-disputed': 'No se puede disputar la contribución.',
    'refusal.dispute-cannot-be-withdrawn': 'No se puede retirar la disputa.',
    'refusal.care-indicators-cannot-be-shown': 'No se pueden mostrar los indicadores de cuidados.',
    'refusal.contributions-cannot-be-exported': 'No se pueden exportar las contribuciones.',
    'refusal.file-no-room-after-new-work':
      'No se importó el archivo: el trabajo registrado mientras tanto no le deja sitio; no se registró nada.',
    'hint.check-file-again-dry-run-import':
      'Revisa el archivo otra vez con --dry-run e importa lo que quepa.',
    'refusal.contributions-cannot-be-imported': 'No se pueden importar las contribuciones.',
    'refusal.file-has-problems':
      'No se importó el archivo: {problemsCount} problema(s); no se registró nada.',
    'hint.fix-every-row-listed-import-whole':
      'Corrige cada fila indicada e importa de nuevo el archivo entero.',
    'refusal.file-holds-no-contributions': 'El archivo no contiene contribuciones.',
    'store.no-checkpoint-for-size':
      'no hay punto de control para el tamaño {treeSize}: el registro tiene {size} eventos',
    'store.checkpoint-already-recorded':
      'ya hay un punto de control registrado para el tamaño {treeSize}',
    'store.import-needs-empty-store':
      'un registro solo se puede importar en un almacén vacío; este tiene {size} eventos',
    'store.event-does-not-follow':
      'el evento {seq} no sigue al evento {size} de la cadena importada',
    'store.checkpoint-does-not-match':
      'el punto de control del tamaño {treeSize} no coincide con los eventos importados',
    'store.checkpoint-beyond-import':
      'el punto de control del tamaño {treeSize} va más allá de los {size} eventos importados',
    'run.appreciation.shared':
      'Agradecimientos: {percent} del fondo «{pot}» ({poolAmount}) repartido según los agradecimientos recibidos: {thanks} de {allThanks} = {amount}',
    'run.appreciation.limited':
      'Agradecimientos: {percent} del fondo «{pot}» ({poolAmount}) repartido según los agradecimientos recibidos: {thanks} de {allThanks} = {shareAmount}, limitado a lo que se puede pagar (reclamaciones abiertas en el fondo, dentro del tope) = {amount}; el resto se queda en el fondo',
    'run.income.mutual-credit':
      'Los ingresos repartidos incluyen {creditAmount} recibidos en crédito mutuo de DisCOs federadas ({count} transferencias), como los cuentan los parámetros del CAT',
    ...fieldWords.es,
    ...policyWords.es,
    'refusal.no-such-route': 'No existe la ruta {method} {path}.',
    'hint.routes-listed-in': 'Las rutas se enumeran en {document}.',
    'refusal.request-part-invalid': 'La parte «{location}» de la solicitud no es válida.',
    'hint.see-what-each-parameter-accepts': 'Consulta en {document} qué acepta cada parámetro.',
    'refusal.body-too-large':
      'El cuerpo de la solicitud supera {size}, el máximo que acepta {method} {path}.',
    'hint.send-smaller-body':
      'Envía un cuerpo más pequeño; quien opera el nodo fija este límite con {setting}.',
    'refusal.body-not-json': 'El cuerpo de la solicitud no es JSON bien formado.',
    'hint.send-well-formed-json':
      'Envía el cuerpo como JSON con Content-Type: application/json; revisa comillas, comas y corchetes.',
    'refusal.unsupported-media-type': 'Esta ruta no lee cuerpos de este tipo.',
    'hint.send-json-media-type': 'Envía el cuerpo como JSON con Content-Type: application/json.',
    'refusal.server-failed':
      'El servidor no pudo responder a esta solicitud. Quedó registrada con el id de solicitud {requestId}.',
    'hint.try-again-then-tell-operator':
      'Inténtalo más tarde; si sigue fallando, da el id de solicitud a quien opera el nodo.',
    'refusal.evaluation-cannot-be-opened': 'No se puede abrir la evaluación.',
    'hint.evaluate-after-quarter-ends':
      'Un trimestre se evalúa cuando ha terminado: sus datos aún cambiarían.',
    'refusal.evaluation-already-exists': '{quarter} ya tiene una evaluación para este ámbito.',
    'hint.list-evaluations': 'Lista las evaluaciones para verlas (`disco evaluation list`).',
    'refusal.no-evaluation-id': 'No hay ninguna evaluación {evaluationId}.',
    'refusal.evaluation-closed': 'La evaluación de {quarter} está cerrada.',
    'hint.reflect-in-next-evaluation': 'Llévalo a la próxima evaluación, o propón un cambio.',
    'refusal.reflection-cannot-be-recorded': 'No se puede registrar la reflexión.',
    'refusal.evaluation-cannot-be-closed': 'No se puede cerrar la evaluación.',
    'hint.open-proposal-first':
      'Abre primero la propuesta (una revisión, o nuevas obligaciones) y luego cierra la evaluación con ella.',
    'refusal.evaluations-cannot-be-listed': 'No se pueden listar las evaluaciones.',
    // Economía federada (issue 19).
    'refusal.decision-not-passed':
      'La propuesta {proposalId} no ha sido aprobada; solo una propuesta aprobada puede decidir esto.',
    'refusal.commons-resource-not-in-registry':
      'No hay ningún recurso común {resourceId} en el registro (nunca se registró o se retiró).',
    'refusal.commons-resource-cannot-be-updated': 'No se puede actualizar el recurso común.',
    'refusal.commons-resource-cannot-be-withdrawn': 'No se puede retirar el recurso común.',
    'refusal.federation-not-configured':
      'Este nodo no está federado: no tiene actor de ActivityPub para hablar con otras DisCOs.',
    'refusal.federation-peer-unknown':
      '{peer} no es una DisCO con la que esta se federe; federaos primero por decisión.',
    'refusal.transfer-cannot-be-sent': 'No se puede enviar la transferencia solidaria.',
    'refusal.transfer-cannot-be-accepted': 'No se puede aceptar la transferencia solidaria.',
    'refusal.transfer-cannot-be-cancelled': 'No se puede cancelar la transferencia solidaria.',
    'refusal.transfer-already-decided':
      'La propuesta {proposalId} ya decidió la transferencia {transferId}; una decisión envía una sola transferencia.',
    'refusal.transfer-unknown': 'No hay ninguna transferencia {transferId} con esa DisCO.',
    'refusal.transfer-not-open':
      'La transferencia {transferId} está en estado {status}: ya no espera respuesta.',
    'refusal.transfer-currency-not-ours':
      'La transferencia está en {currency}, pero esta DisCO lleva sus cuentas en {base}; recházala y pide {base}.',
    'refusal.transfer-cancelled': 'La DisCO que ofrecía la transferencia la retiró.',
    'refusal.credit-line-cannot-be-set': 'No se puede fijar la línea de crédito.',
    'refusal.credit-cannot-be-sent': 'No se puede enviar la transferencia de crédito mutuo.',
    'refusal.credit-line-missing':
      'No hay ninguna línea de crédito abierta con {peer}; primero una propuesta aprobada debe fijar su límite.',
    'refusal.credit-line-over-limit':
      'Esta transferencia superaría el límite de crédito de {limitAmount} con {peer} (saldo {balanceAmount}); como mucho pueden moverse {roomAmount} en este sentido.',
    'refusal.credit-currency-differs':
      'La transferencia está en {currency}, pero la línea de crédito se lleva en {line}.',
    'refusal.credit-refused-by-peer': 'La otra DisCO rechazó la transferencia de crédito mutuo.',
    'refusal.idempotency-keep-days-out-of-range':
      'La cabecera {KEEP_DAYS_HEADER} debe ser un número entero de días entre 1 y {max}.',
    'hint.idempotency-keep-days-whole-number':
      'Envía un número de días entre 1 y {max}, u omite la cabecera para guardar la clave un día.',
    // Actividad y búsqueda (issue 17).
    'activity.commons-updated': '{memberId} cambió un recurso del procomún',
    'activity.commons-withdrawn': '{memberId} retiró un recurso del procomún',
    'activity.evaluation-opened': '{memberId} abrió la evaluación de {quarter}',
    'activity.evaluation-reflected': '{memberId} añadió una reflexión a una evaluación',
    'activity.evaluation-closed': '{memberId} cerró una evaluación',
    'activity.solidarity-offered': '{memberId} ofreció {amount} en solidaridad a {peer}',
    'activity.solidarity-offer-received': '{peer} ofreció {amount} en solidaridad',
    'activity.solidarity-accepted': '{memberId} aceptó la solidaridad de {peer}',
    'activity.solidarity-receipted': '{peer} confirmó una transferencia solidaria',
    'activity.solidarity-cancelled': 'Se canceló una transferencia solidaria con {peer}',
    'activity.solidarity-refunded':
      'Se devolvió una transferencia solidaria que {peer} retiró después de aceptarla',
    'activity.solidarity-refund-receipted':
      '{peer} devolvió una transferencia solidaria retirada después de aceptarla',
    'activity.credit-line-set': '{memberId} fijó la línea de crédito con {peer}',
    'activity.credit-transfer': 'Se movió crédito mutuo con {peer}',
    'activity.federation-follow-decided': 'La DisCO decidió seguir a {peer}',
    'activity.federation-unfollow-decided': 'La DisCO decidió dejar de seguir a {peer}',
    'activity.federation-follow-received': '{peer} pidió seguir a la DisCO',
    'activity.federation-follow-accepted': '{peer} aceptó a la DisCO como seguidora',
    'activity.federation-unfollow-received': '{peer} dejó de seguir a la DisCO',
    'activity.node-recorded': 'El nodo registró un cambio',
    'activity.ledger-started': 'Comenzó el registro de {name}',
    'activity.disco-renamed': 'La DisCO pasó a llamarse {name}',
    'activity.constituency-defined': '{memberId} definió el grupo {name}',
    'activity.constituency-rights-changed':
      '{memberId} cambió los derechos del grupo {constituency}',
    'activity.member-added': '{memberId} se unió a la DisCO',
    'activity.member-level-changed': '{memberId} pasó a un nuevo nivel de membresía',
    'activity.member-left': '{memberId} dejó la DisCO',
    'activity.member-returned': '{memberId} volvió a la DisCO',
    'activity.member-constituency-joined': '{memberId} entró en el grupo {constituency}',
    'activity.member-constituency-left': '{memberId} salió del grupo {constituency}',
    'activity.mentor-assigned': '{memberId} tiene una nueva mentora',
    'activity.mentor-removed': 'Una mentora de {memberId} se retiró',
    'activity.milestone-recorded': '{memberId} alcanzó el hito «{title}»',
    'activity.commitment-recorded': '{memberId} registró su compromiso',
    'activity.key-registered': '{memberId} registró una clave de firma',
    'activity.key-revoked': 'Se revocó una clave de firma de {memberId}',
    'activity.leave-recorded': '{memberId} está de permiso desde el {from}',
    'activity.leave-ended': 'El permiso de {memberId} termina el {lastDay}',
    'activity.circle-created': '{memberId} creó el círculo {circle}',
    'activity.circle-joined': '{memberId} se unió al círculo {circle}',
    'activity.circle-left': '{memberId} dejó el círculo {circle}',
    'activity.steward-appointed': '{memberId} pasó a ser responsable del círculo {circle}',
    'activity.stewardship-ended': '{memberId} ya no es responsable del círculo {circle}',
    'activity.quantity.hours': '{quantity} h',
    'activity.quantity.other': '{quantity} {unit}',
    'activity.stream.livelihood': 'sustento',
    'activity.stream.love': 'amor',
    'activity.stream.care': 'cuidados',
    'activity.contribution-logged': '{memberId} registró {quantity} de trabajo de {stream}',
    'activity.contribution-logged-in-circle':
      '{memberId} registró {quantity} de trabajo de {stream} en el círculo {circle}',
    'activity.contribution-corrected': '{memberId} corrigió una contribución',
    'activity.contribution-acknowledged': '{memberId} reconoció una contribución',
    'activity.contribution-disputed': '{memberId} impugnó una contribución',
    'activity.dispute-withdrawn': '{memberId} retiró una impugnación',
    'activity.dispute-resolved': 'Se resolvió una impugnación de una contribución',
    'activity.value-rules-changed': '{memberId} cambió las reglas de valor',
    'activity.project-created': '{memberId} inició el proyecto de sustento «{name}»',
    'activity.project-updated': '{memberId} actualizó un proyecto de sustento',
    'activity.commons-registered': '{memberId} añadió «{title}» al procomún',
    'activity.proposal-opened': '{memberId} abrió la propuesta «{proposal}»',
    'activity.proposal-amended': '{memberId} modificó la propuesta «{proposal}»',
    'activity.proposal-withdrawn': '{memberId} retiró la propuesta «{proposal}»',
    'activity.ballot-cast': '{memberId} votó en «{proposal}»',
    'activity.ballot-sealed': 'Se emitió un voto sellado en «{proposal}»',
    'activity.ballots-revealed': 'Se abrieron los votos sellados de «{proposal}»',
    'activity.proposal-closed': 'Terminó la votación de «{proposal}»',
    'activity.outcome-stated': '{memberId} expuso el resultado de «{proposal}»',
    'activity.comment-posted': '{memberId} comentó en «{proposal}»',
    'activity.comment-edited': '{memberId} editó un comentario en «{proposal}»',
    'activity.comment-reaction': '{memberId} reaccionó a un comentario en «{proposal}»',
    'activity.governance-parameters-set': 'Cambiaron los parámetros de gobernanza',
    'activity.delegation-set': '{memberId} delegó su voto',
    'activity.delegation-revoked': '{memberId} retiró una delegación',
    'activity.income-recorded': '{memberId} registró un ingreso de {amount}',
    'activity.expense-recorded': '{memberId} registró un gasto de {amount}',
    'activity.cat-parameters-set': 'Cambiaron los parámetros del CAT',
    'activity.run-committed': 'Se cerró el reparto de {period}',
    'activity.payout-recorded': 'Se pagó {amount} a {memberId}',
    'activity.rhythm-created': '{memberId} creó el ritmo «{name}»',
    'activity.rhythm-changed': '{memberId} cambió el ritmo «{name}»',
    'activity.rhythm-ended': '{memberId} terminó un ritmo',
    'activity.attendance-recorded': '{memberId} registró quién participó en un encuentro ({count})',
    'activity.gathering-credited':
      '{memberId} acreditó como cuidados el tiempo de un encuentro ({count})',
    'activity.thanks-given': '{memberId} recibió un agradecimiento',
    'refusal.activity-cannot-be-listed': 'No se puede mostrar la actividad.',
    'refusal.search-cannot-run': 'No se puede hacer la búsqueda.',
    'hint.search-with-words':
      'Busca con una o más palabras (letras o cifras), de 200 caracteres como máximo.',
    'refusal.federation-needs-public-url':
      'Este nodo no tiene URL pública, así que no puede federarse.',
    'hint.federation-set-public-url':
      'Arranca el servidor con --public-url (DISCO_PUBLIC_URL) igual a la dirección por la que otras DisCOs lo alcanzan.',
    'refusal.federation-peer-unreachable': 'No se pudo leer la DisCO {target}: {reason}.',
    'hint.federation-check-peer-address':
      'Revisa el identificador (disco@coop.example) o la URL del actor, y que la DisCO esté en línea.',
    'refusal.federation-relation-unknown':
      'Esta DisCO no tiene ninguna relación de federación con {peer}.',
    'refusal.federation-already-following': 'Esta DisCO ya sigue a {peer}.',
    'refusal.federation-not-following':
      'Esta DisCO no sigue a {peer}, así que no hay nada que dejar de seguir.',
    'refusal.federation-cannot-follow-itself': 'Una DisCO no puede seguirse a sí misma.',
    'refusal.notification-settings-cannot-be-changed':
      'No se pueden cambiar los ajustes de avisos.',
    'refusal.unsubscribe-link-not-valid': 'Este enlace para darse de baja no es válido.',
    'hint.change-notification-settings':
      'Cambia tus ajustes de avisos en el Deck, o con `disco notify settings`.',
    'refusal.webhook-cannot-be-added': 'No se puede añadir el webhook.',
    'refusal.no-webhook-id': 'No existe el webhook «{id}».',
    'hint.list-webhooks': 'Lístalos con GET /api/webhooks.',
    'refusal.thanks-cannot-be-recorded': 'No se puede registrar el agradecimiento.',
    'refusal.no-contribution-id': 'No existe la contribución {contributionId}.',
    'refusal.thanks-cannot-be-listed': 'No se pueden listar los agradecimientos.',
    'refusal.no-checkin-you-may-read': 'No existe ningún check-in {checkinId} que puedas leer.',
    'hint.checkin-shown-only-to-audience':
      'Un check-in solo se muestra a quienes eligió su autora.',
    'refusal.retention-cannot-be-set': 'No se puede fijar la conservación.',
    'refusal.checkin-cannot-be-deleted': 'No se puede borrar el check-in.',
    'refusal.checkins-cannot-be-listed': 'No se pueden listar los check-ins.',
    'refusal.checkin-cannot-be-shown': 'No se puede mostrar el check-in.',
    'refusal.checkin-cannot-be-recorded': 'No se puede registrar el check-in.',
    'refusal.no-calendar-feed-here': 'No hay ningún calendario en esta dirección.',
    'hint.make-new-feed-link': 'Crea un enlace de calendario nuevo en el Deck (Ritmos).',
    'refusal.attendance-cannot-be-recorded': 'No se puede registrar quién participó.',
    'refusal.rhythm-cannot-be-created': 'No se puede crear el ritmo.',
    'refusal.rhythm-cannot-be-changed': 'No se puede cambiar el ritmo.',
    'refusal.rhythm-cannot-be-ended': 'No se puede terminar el ritmo.',
    'refusal.gathering-cannot-be-credited': 'No se puede acreditar el tiempo del encuentro.',
    'hint.record-who-took-part-first': 'Registra primero quién participó.',
    'refusal.rhythms-cannot-be-listed': 'No se pueden listar los ritmos.',
    'refusal.rhythm-cannot-be-shown': 'No se puede mostrar el ritmo.',
    'hint.rrule-looks-like': 'Una RRULE es algo como FREQ=WEEKLY;BYDAY=TU (RFC 5545).',
    'refusal.no-rhythm-id': 'No existe el ritmo {rhythmId}.',
    'hint.list-rhythms-see-ids': 'Lista los ritmos para ver sus identificadores.',
    'refusal.file-cannot-be-read': 'No se puede leer {path}: {reason}.',
    'refusal.file-changed-while-importing':
      'El archivo cambió mientras se importaba; no se registró nada.',
    'hint.check-path-may-read-file': 'Comprueba la ruta y que puedes leer el archivo.',
    'hint.import-again-once-nothing-writes':
      'Impórtalo de nuevo cuando nada esté escribiendo en él.',
    'refusal.file-not-imported': 'No se importó el archivo; no se registró nada.',
    'refusal.duties-cannot-be-shown': 'No se pueden mostrar las tareas.',
    'refusal.contribution-cannot-be-edited': 'No se puede editar la contribución.',
    'refusal.contributions-cannot-be-listed': 'No se pueden listar las contribuciones.',
    'refusal.contribution-cannot-be-logged': 'No se puede registrar la contribución.',
    'refusal.project-cannot-be-created': 'No se puede crear el proyecto.',
    'refusal.project-cannot-be-updated': 'No se puede actualizar el proyecto.',
    'refusal.no-such-livelihood-project': 'No existe el proyecto de sustento {projectId}.',
    'hint.list-projects-get-api-projects': 'Lista los proyectos con GET /api/projects.',
    'refusal.balances-cannot-be-shown': 'No se pueden mostrar los saldos.',
    'refusal.commons-resource-cannot-be-registered': 'No se puede registrar el recurso común.',
    'refusal.rate-cannot-be-set': 'No se puede fijar la tarifa.',
    'refusal.stage-multipliers-cannot-be-set': 'No se pueden fijar los multiplicadores de etapa.',
    'refusal.validation-rules-cannot-be-set': 'No se pueden fijar las reglas de validación.',
    'refusal.duties-cannot-be-set': 'No se pueden fijar las tareas.',
    'refusal.casual-rule-cannot-be-set': 'No se puede fijar la regla del trabajo ocasional.',
    'refusal.care-release-rule-cannot-be-set':
      'No se puede fijar la regla de liberación de cuidados.',
    'refusal.no-such-contribution': 'No existe la contribución {contributionId}.',
    'hint.list-contributions-disco-log-list-get':
      'Lista las contribuciones con `disco log --list` o GET /api/contributions.',
    'refusal.contribution-changed-meanwhile':
      'La contribución {contributionId} cambió mientras tanto (ahora está {status}).',
    'hint.reload-try-again': 'Recárgalo e inténtalo de nuevo.',
    'refusal.witness-key-not-verifier':
      'Una clave de testigo no es una clave de verificación cosignature/v1.',
    'refusal.min-witnesses-above-keys':
      '--min-witnesses {minWitnesses} pide más testigos que las {keysCount} claves dadas.',
    'hint.checkpoints-are-signed-within-seconds-write':
      'Los puntos de control se firman segundos después de cada escritura; vuelve a preguntar más tarde.',
    'refusal.only-ledger-node-signs-notes':
      'Solo el nodo que tiene la clave del registro puede firmar sus notas de punto de control.',
    'hint.ask-node-writes-ledger-get-api':
      'Pregunta al nodo que escribe este registro: GET /api/ledger/checkpoint.',
    'refusal.checkpoint-origin-unknown':
      'El origen de los puntos de control aún no está fijado y este nodo no tiene una URL pública de la que fijarlo.',
    'hint.set-disco-public-url-address-members':
      'Pon en DISCO_PUBLIC_URL la dirección que usan los miembros (p. ej. https://coop.example); el origen queda fijado para siempre.',
    'refusal.log-key-not-verifier-key': 'La clave del registro no es una clave de verificación.',
    'refusal.log-key-not-ed25519':
      'La clave del registro no es una clave de nota Ed25519 (tipo 0x01).',
    'refusal.witness-key-changed': 'Este testigo ya sigue {keyName} con otra clave.',
    'hint.log-keeps-key-if-truly-changed':
      'Un registro conserva su clave; si de verdad cambió, quítale antes la confianza con `disco witness untrust` (su historia se olvida).',
    'refusal.witness-does-not-follow-origin': 'Este testigo no sigue {origin}.',
    'refusal.public-url-not-a-url': 'DISCO_PUBLIC_URL «{publicUrl}» no es una URL.',
    'hint.set-address-members-use-e-g':
      'Pon la dirección que usan los miembros, p. ej. https://coop.example.',
    'refusal.public-url-not-http': 'DISCO_PUBLIC_URL es una URL http(s).',
    'refusal.file-problem': '{file}: {message}',
    'hint.give-evidence-file-exactly-monitor-wrote':
      'Da el archivo de pruebas tal como lo escribió el monitor.',
    'refusal.disco-cannot-be-founded': 'No se puede fundar la DisCO con estos ajustes.',
    'hint.currency-time-zone-are-recorded-genesis':
      'La moneda y la zona horaria quedan registradas en el origen y no se pueden cambiar nunca.',
    'refusal.node-settings-are-not-valid': 'Los ajustes del nodo no son válidos.',
    'hint.fix-flag-environment-variable-named-above':
      'Corrige la opción o la variable de entorno indicada arriba; docs/operations.md lista cada ajuste.',
    'hint.use-deck-served-node-api-token': 'Usa el Deck que sirve este nodo, o un token de API.',
    'refusal.csrf-token-missing':
      'Una escritura con sesión por cookie debe llevar el token CSRF de la sesión en la cabecera {CSRF_HEADER}.',
    'hint.read-csrftoken-from-get-api-auth': 'Lee csrfToken de GET /api/auth/session.',
    'refusal.csrf-token-not-this-session': 'La cabecera {CSRF_HEADER} no pertenece a esta sesión.',
    'hint.read-csrftoken-from-get-api-auth-2': 'Lee csrfToken de GET /api/auth/session de nuevo.',
    'refusal.idempotency-key-malformed':
      'La cabecera {IDEMPOTENCY_HEADER} debe tener de 1 a 200 caracteres imprimibles.',
    'hint.use-fresh-uuid-per-operation': 'Usa un UUID nuevo por operación.',
    'refusal.idempotency-key-reused': 'Este {IDEMPOTENCY_HEADER} ya se usó para otra solicitud.',
    'hint.use-fresh-key-each-new-operation': 'Usa una clave nueva para cada operación nueva.',
    'refusal.idempotent-request-still-running':
      'Una solicitud con este {IDEMPOTENCY_HEADER} aún está en curso.',
    'hint.retry-moment': 'Reinténtalo en un momento.',
    'refusal.only-signed-in-member-signs':
      'Solo un miembro con sesión iniciada firma una escritura.',
    'refusal.draft-for-another-member': 'Este borrador se preparó para otro miembro.',
    'refusal.commit-differs-from-prepare':
      'Esta solicitud no es la que se preparó: una confirmación repite el mismo método, ruta, consulta y cuerpo.',
    'hint.send-exactly-prepared-request-prepare-one':
      'Envía exactamente la solicitud preparada, o prepara esta.',
    'hint.prepare-again-sign-commit': 'Prepáralo de nuevo, fírmalo y confírmalo.',
    'refusal.request-body-nested-too-deeply':
      'El cuerpo de la solicitud está anidado en exceso (más de {MAX_JSON_DEPTH} niveles de listas y objetos).',
    'hint.send-json-nested-most-max-json':
      'Envía JSON anidado como mucho {MAX_JSON_DEPTH} niveles; ninguna ruta necesita más.',
    'refusal.request-body-not-valid': 'El cuerpo de la solicitud no es válido.',
    'hint.send-well-formed-unicode-text-ud800':
      'Envía texto Unicode bien formado: un escape \\\\uD800-\\\\uDFFF solo como mitad de un par suplente (el texto UTF-8 nunca tiene uno).',
    'refusal.no-such-event-example': 'No existe el evento 9.',
    'hint.send-seq-header-value-your-last':
      'Envía el valor de {SEQ_HEADER} con el que respondió tu última escritura, o no envíes la cabecera.',
    'refusal.authorization-not-bearer-token':
      'La cabecera Authorization debe ser `Bearer <api token>`.',
    'hint.create-token-post-api-tokens': 'Crea un token con POST /api/tokens.',
    'refusal.node-has-not-signed-checkpoint': 'El nodo aún no ha firmado ningún punto de control.',
    'hint.checkpoints-are-signed-ledger-grows-ask':
      'Los puntos de control se firman a medida que crece el registro; vuelve a preguntar más tarde.',
    'refusal.store-conflict': '{reason}',
    'refusal.membership-needs-other-decision':
      'Este cambio de membresía necesita otro tipo de decisión.',
    'refusal.distribution-run-cannot-be-committed': 'No se puede confirmar el reparto.',
    'refusal.leave-cannot-be-ended': 'No se puede terminar la baja.',
    'refusal.leave-cannot-be-recorded': 'No se puede registrar la baja.',
    'refusal.dispute-cannot-be-resolved': 'No se puede resolver la disputa.',
    'refusal.cat-document-not-in-force':
      'Este documento de parámetros del CAT no se pudo poner en vigor.',
    'refusal.cat-document-cannot-be-recorded':
      'No se puede registrar el documento de parámetros del CAT.',
    'refusal.too-many-sign-ins-account':
      'Demasiados intentos fallidos de inicio de sesión para esta cuenta; inténtalo de nuevo después del {retryAt}.',
    'refusal.too-many-sign-ins-address':
      'Demasiados intentos fallidos de inicio de sesión desde esta dirección; inténtalo de nuevo después del {retryAt}.',
    'hint.wait-minutes': 'Espera {minutes} minuto(s) antes de intentarlo de nuevo.',
    'hint.repair-run-state':
      'Ejecuta `disco distribution repair-state {runId}`: recalcula el estado desde el evento 1 y lo guarda solo si su hash es el que registró el reparto.',
    'refusal.run-not-from-state':
      'El reparto {runId} ({period}) se calculó desde el evento 1, no desde un estado registrado.',
    'hint.verify-without-from-state': 'Verifícalo sin --from-state.',
    'refusal.run-start-state-missing':
      'El reparto {runId} ({period}) dice que partió del estado del reparto que leyó el registro hasta el n.º {fromSeq} ({previous}), pero {path} no tiene ese reparto.',
    'hint.verify-from-event-1': 'Verifícalo desde el evento 1, sin --from-state.',
    'refusal.file-lacks-run-state':
      '{path} no tiene el estado del reparto {previousId} ({previousPeriod}), del que partió el reparto {runId}.',
    'hint.export-again-or-verify':
      'Exporta el registro de nuevo desde un nodo (las exportaciones llevan los estados de los repartos), o verifica desde el evento 1 sin --from-state.',
    'hint.propose-governance-parameters':
      'Propón los nuevos parámetros: POST /api/proposals con change { "kind": "policy-amendment", "governanceParameters": {...} }.',
    'hint.not-canonical':
      'Envía texto Unicode bien formado (un escape \\uD800-\\uDFFF solo como mitad de un par suplente), anidado como mucho {depth} niveles.',
    'hint.key-cannot-sign-own-revocation':
      'Una clave no puede firmar su propia revocación: firma con otra de tus claves, o envíalo sin firmar.',
    'hint.register-key-first': 'Registra antes la clave, o firma con una clave que registraste.',
    'hint.use-pg-dump':
      'Usa pg_dump y comprueba la copia con disco ledger verify (docs/operations.md, «Backups»).',
    'hint.use-pg-restore':
      'Usa pg_restore en una base de datos vacía y ejecuta disco ledger verify sobre ella (docs/operations.md, «Backups»).',
    'refusal.write-prepared': 'La escritura está preparada: firma sus intenciones y confírmala.',
    'refusal.contribution-replaced':
      'La contribución {contributionId} cambió mientras tanto: se reemplazó.',
    'refusal.contribution-replaced-by':
      'La contribución {contributionId} cambió mientras tanto: la reemplazó {newer}.',
    'hint.reload-newest': 'Recárgala y haz tu cambio sobre la versión más reciente.',
    'hint.reload-newest-id': 'Recárgala y haz tu cambio sobre la versión más reciente ({newer}).',
    'refusal.no-checkpoint-yet': 'El nodo aún no ha firmado ningún punto de control.',
    'refusal.no-checkpoint-at': 'No hay ningún punto de control con el tamaño {treeSize}.',
    'refusal.csrf-other-site': 'Se rechazan las escrituras desde otro sitio ({origin}).',
    'refusal.draft-stale':
      'Este borrador se preparó el {time}; un borrador debe confirmarse en {seconds} segundos.',
    'refusal.intent-header': '{header} debe ser `prepare` o `commit`.',
    'refusal.operator-does-not-prepare':
      'La CLI local del operador registra escrituras en nombre del nodo; no prepara ni confirma.',
    'hint.send-without-header': 'Envía la solicitud sin {header}.',
    'refusal.commit-needs-draft':
      'Una confirmación lleva el token de borrador que dio la respuesta de preparación, en {header}.',
    'hint.prepare-first': 'Envía antes la escritura con `{header}: prepare`.',
    'refusal.member-key-header': '{header} debe nombrar la clave registrada que firmó.',
    'refusal.member-sig-header':
      '{header} debe llevar una firma por intención preparada, separadas por comas, en orden.',
    'refusal.draft-not-ours': '{header} no es un token de borrador firmado por este nodo.',
    'hint.send-token-unchanged': 'Envía el token de la respuesta de preparación sin cambios.',
    'refusal.min-seq-header':
      '{header} debe ser el número de un evento (un número entero), no «{value}».',
  },
} as const;

export type CatalogueLanguage = keyof typeof catalogue;
