/*
 * Stable message codes: what the server says, as a code and its parameters, so each face can put
 * it in the reader's language. The English template here is what the CLI prints; the Deck keeps
 * its own English and Spanish catalogues keyed by the same codes (a test compares them).
 *
 * Parameter conventions, shared by every renderer:
 * - a name that is `amount` or ends in `Amount` is money: a digit string of minor units;
 * - `memberId` names a member (renderers show the member's name, never the id);
 * - `percent` is a number of percent (12.5 means 12.5 %);
 * - a value that is itself `{ code, params }` is a nested message, rendered first;
 * - a list is read "a, b"; a list named `options` or ending in `Options` (option names) reads
 *   "A, B and C", `alternatives` (who may do something) reads "A or B", and `paths` (Schulze's
 *   path comparisons) reads "a; b";
 * - anything else (dates, pot names, counts) is shown as it is.
 * Codes are never renamed or reused: recorded runs carry them inside hashed events.
 */

import { FIELD_CODES } from './field-codes.js';
import { POLICY_CODES } from './policy-codes.js';

export interface MessageDefinition {
  /** The parameter names the template uses, each once. */
  readonly params: readonly string[];
  /** The English template: `{name}` stands for a parameter. */
  readonly en: string;
}

const define = <const P extends readonly string[]>(params: P, en: string): MessageDefinition => ({
  params,
  en,
});

export const MESSAGE_CODES = {
  // Distribution run explanations: one code per kind of line.
  'run.floor.full': define(
    ['basis', 'amount'],
    'Floor: {basis}; paid before the pots are shared = {amount}',
  ),
  'run.floor.full-limited': define(
    ['basis', 'limit', 'amount'],
    'Floor: {basis}, {limit}; paid before the pots are shared = {amount}',
  ),
  'run.floor.shared': define(
    ['basis', 'demandAmount', 'allFloorsAmount', 'liquidityAmount', 'amount'],
    'Floor: {basis} = {demandAmount}, but all floors together ({allFloorsAmount}) exceed the net liquidity {liquidityAmount}, so floors are shared pro rata: {demandAmount} of {allFloorsAmount} = {amount}',
  ),
  'run.floor.shared-limited': define(
    ['basis', 'limit', 'demandAmount', 'allFloorsAmount', 'liquidityAmount', 'amount'],
    'Floor: {basis}, {limit} = {demandAmount}, but all floors together ({allFloorsAmount}) exceed the net liquidity {liquidityAmount}, so floors are shared pro rata: {demandAmount} of {allFloorsAmount} = {amount}',
  ),
  'run.floor-basis.own': define(['floorAmount'], 'own floor {floorAmount}'),
  'run.floor-basis.default': define(['floorAmount'], 'the floor {floorAmount}'),
  'run.floor-basis.smoothing-leave': define(
    ['floorAmount', 'percent', 'averageAmount', 'periods'],
    'smoothing floor {floorAmount} ({percent}% of the average payout {averageAmount} over the last {periods} period(s), while on leave)',
  ),
  'run.floor-basis.smoothing-leave-dates': define(
    ['floorAmount', 'percent', 'averageAmount', 'periods', 'leaves'],
    'smoothing floor {floorAmount} ({percent}% of the average payout {averageAmount} over the last {periods} period(s), while on leave {leaves})',
  ),
  'run.leave.from-to': define(['from', 'to'], 'from {from} to {to}'),
  'run.leave.open': define(['from'], 'from {from} (no end date yet)'),
  'run.floor-basis.smoothing-care': define(
    ['floorAmount', 'percent', 'averageAmount', 'periods'],
    'smoothing floor {floorAmount} ({percent}% of the average payout {averageAmount} over the last {periods} period(s), while carrying heavy care work)',
  ),
  'run.floor-basis.smoothing-care-hours': define(
    ['floorAmount', 'percent', 'averageAmount', 'periods', 'hours', 'threshold'],
    'smoothing floor {floorAmount} ({percent}% of the average payout {averageAmount} over the last {periods} period(s), while carrying heavy care work: {hours} hours of care logged, threshold {threshold})',
  ),
  'run.limit.cap': define(['capAmount'], 'limited to the cap {capAmount}'),
  'run.limit.claims': define(['claimsAmount'], 'limited to the claims {claimsAmount}'),
  'run.pot.full': define(
    ['pot', 'potAmount', 'allClaimsAmount', 'amount'],
    'Pot "{pot}" {potAmount} covers all {allClaimsAmount} of claims in it: claims {amount} paid in full',
  ),
  'run.pot.shared': define(
    ['pot', 'potAmount', 'claimsAmount', 'allClaimsAmount', 'amount'],
    'Pot "{pot}" {potAmount} shared pro rata to claims: claims {claimsAmount} of {allClaimsAmount} in total = {amount}',
  ),
  'run.rounding.floors': define(
    ['amount'],
    'Rounding of the floors: +{amount} (largest remainder)',
  ),
  'run.rounding.pot': define(
    ['pot', 'amount'],
    'Rounding in pot "{pot}": +{amount} (largest remainder)',
  ),
  'run.rounding.overflow': define(
    ['amount'],
    'Rounding of the overflow: +{amount} (largest remainder)',
  ),
  'run.cap': define(
    ['capAmount', 'cutAmount', 'pot'],
    'Cap {capAmount} per period: {cutAmount} taken back from pot "{pot}" (it stays owed)',
  ),
  'run.overflow.full': define(
    ['overflowAmount', 'allWeightsAmount', 'amount'],
    'Overflow: unspent pot money {overflowAmount} covers all {allWeightsAmount} that members can still receive: {amount} paid in full',
  ),
  'run.overflow.shared': define(
    ['overflowAmount', 'weightAmount', 'allWeightsAmount', 'amount'],
    'Overflow: unspent pot money {overflowAmount} shared pro rata to what members can still receive (unpaid claims, within caps): {weightAmount} of {allWeightsAmount} = {amount}',
  ),
  'run.paid-claims.one': define(['from'], 'Paid oldest first: 1 claim, earned on {from}'),
  'run.paid-claims.many': define(
    ['count', 'from', 'to'],
    'Paid oldest first: {count} claims, earned from {from} to {to}',
  ),
  'run.total': define(
    ['paidAmount', 'owedAmount'],
    'Total paid {paidAmount}; still owed after this run {owedAmount}',
  ),
  // Why an active member received nothing from a run.
  'unpaid.claims-not-reached': define(
    ['claimsAmount'],
    'Nothing paid: the money of this run did not reach the open claims of {claimsAmount} (they stay owed)',
  ),
  'unpaid.historical-care': define(
    ['historicalAmount'],
    'Nothing paid: care work done while dating ({historicalAmount}) is historical, payable only once dating ends',
  ),
  'unpaid.casual-not-payable': define(
    ['recordedAmount'],
    'Nothing paid: casual work ({recordedAmount}) is recorded but not payable under the casual rule',
  ),
  'unpaid.on-leave': define(
    [],
    'Nothing paid: on leave with no open claims and no smoothing floor',
  ),
  'unpaid.no-claims': define([], 'Nothing paid: no open claims in the period'),
  // Problem details: the kind of refusal, then what was wrong with each field.
  'problem.invalid-input': define([], 'The request is not valid.'),
  'problem.refused': define([], 'The request was refused.'),
  'problem.not-found': define([], 'Not found.'),
  'problem.conflict': define(
    [],
    'The ledger changed or is in a state that does not allow this; reload and try again.',
  ),
  'problem.forbidden': define([], 'You are not allowed to do this.'),
  'field.required': define([], 'required'),
  'field.unknown': define(['name'], 'unknown field "{name}"; remove it'),
  'field.too-small': define(['minimum'], 'must be at least {minimum}'),
  'field.too-big': define(['maximum'], 'must be at most {maximum}'),
  'field.invalid-format': define(['format'], 'not a valid {format}'),
  'field.invalid-type': define(['expected'], 'must be a {expected}'),
  'value.hours-per-day': define(
    ['memberId', 'date', 'hours', 'already', 'adding', 'limit'],
    '{memberId} would log {hours} hours on {date} ({already} already logged + {adding} here), over the limit of {limit} hours per member per calendar day',
  ),
  // Tallies: every line a decision method's result explains itself with.
  'tally.binding.one': define(['weight'], '1 binding ballot (total weight {weight}).'),
  'tally.binding.many': define(
    ['ballots', 'weight'],
    '{ballots} binding ballots (total weight {weight}).',
  ),
  'tally.non-binding.one': define(
    ['weight'],
    '1 non-binding ballot (total weight {weight}) shown beside the result but not deciding it.',
  ),
  'tally.non-binding.many': define(
    ['ballots', 'weight'],
    '{ballots} non-binding ballots (total weight {weight}) shown beside the result but not deciding it.',
  ),
  'tally.set-aside': define(
    ['memberId', 'problems'],
    'Ballot of {memberId} set aside: {problems}.',
  ),
  'tally.no-binding': define([], 'No binding ballots were cast, so nothing is decided.'),
  'tally.quorum-not-met': define(
    ['missing'],
    'Quorum not met in {missing}: the counts above are shown but decide nothing.',
  ),
  'tally.quorum-missing': define(
    ['constituency', 'participated', 'eligible', 'required'],
    '{constituency} ({participated} of {eligible}, {required} needed)',
  ),
  'tally.delegated': define(['count'], '{count} counted through delegation.'),
  'tally.unopened': define(
    ['count'],
    '{count} sealed ballot(s) could not be opened (the node lost their openings) and were not counted.',
  ),
  'tally.objection': define(
    ['label', 'memberId', 'state', 'resolution', 'reason'],
    '{label} from {memberId} {state}{resolution}: "{reason}".',
  ),
  'tally.label.objection': define([], 'Objection'),
  'tally.label.non-binding-objection': define([], 'Non-binding objection'),
  'tally.label.block': define([], 'Block'),
  'tally.label.non-binding-block': define([], 'Non-binding block'),
  'tally.objection-state.standing': define([], 'stands'),
  'tally.objection-state.withdrawn': define([], 'was withdrawn'),
  'tally.objection-state.resolved': define([], 'was resolved'),
  'tally.resolution': define(['text'], ' ({text})'),
  'tally.option-count': define(['option', 'count'], '{option} {count}'),
  'tally.shown': define(['counts'], 'Shown, not binding: {counts}.'),
  'tally.winner': define(['option'], 'Winner: {option}.'),
  'tally.tie': define(['options'], 'Tie between {options}.'),
  'tally.tie-break': define(
    ['order', 'option'],
    'A single winner is required, so the tie goes to the option first in {order}: {option}.',
  ),
  'tally.order.given': define([], 'the given tie-break order'),
  'tally.order.proposal': define([], "the proposal's option order"),
  'tally.yes-no': define(
    ['yes', 'no', 'abstain'],
    'Yes {yes}, no {no}, abstain {abstain} (abstentions count as taking part, not in the ratio).',
  ),
  'tally.shown-yes-no': define(['counts'], 'Shown, not binding: {counts}'),
  'tally.majority.all-abstained': define(
    [],
    'Everyone abstained: with no yes or no votes the proposal cannot pass.',
  ),
  'tally.majority.even': define(
    [],
    'Yes and no are equal; a majority needs more yes than no, so the proposal fails.',
  ),
  'tally.majority.passed': define(
    ['share'],
    'Yes has {share} of the yes and no votes: the proposal passed.',
  ),
  'tally.majority.failed': define(
    ['share'],
    'Yes has {share} of the yes and no votes: the proposal failed.',
  ),
  'tally.consent.counts': define(
    ['consent', 'standing', 'withdrawn', 'resolved'],
    'Consent {consent}; objections standing {standing}, withdrawn {withdrawn}, resolved {resolved}.',
  ),
  'tally.consent.passes': define([], 'No objection stands: the proposal passes.'),
  'tally.consent.one-stands': define(
    [],
    'An objection stands: the proposal does not pass until it is resolved or withdrawn.',
  ),
  'tally.consent.many-stand': define(
    ['count'],
    '{count} objections stand: the proposal does not pass until they are resolved or withdrawn.',
  ),
  'tally.consent.shown': define(
    ['consent', 'standing'],
    'Shown, not binding: consent {consent}, objections standing {standing}.',
  ),
  'tally.approval.counts': define(['counts'], 'Approvals: {counts}.'),
  'tally.dot.counts': define(
    ['dots', 'counts'],
    'Dots ({dots} per voter, times ballot weight): {counts}.',
  ),
  'tally.dot.counts-capped': define(
    ['dots', 'maxPerOption', 'counts'],
    'Dots ({dots} per voter, at most {maxPerOption} per option, times ballot weight): {counts}.',
  ),
  'tally.score.total': define(
    ['min', 'max', 'counts'],
    'Scores from {min} to {max}, highest total wins: {counts}.',
  ),
  'tally.score.mean': define(
    ['min', 'max', 'counts'],
    'Scores from {min} to {max}, highest mean among those who scored it wins: {counts}.',
  ),
  'tally.score.unscored': define(['option'], '{option} unscored'),
  'tally.score.option-mean': define(
    ['option', 'total', 'raters', 'mean'],
    '{option} mean {total}/{raters} (about {mean})',
  ),
  'tally.irv.round': define(
    ['round', 'counts', 'inPlay', 'exhausted', 'then'],
    'Round {round}: {counts} ({inPlay} in play, {exhausted} exhausted). {then}',
  ),
  'tally.irv.only-left': define(['option'], '{option} is the only option left and wins.'),
  'tally.irv.majority': define(
    ['option', 'votes', 'inPlay'],
    '{option} has more than half of the votes in play ({votes} of {inPlay}) and wins.',
  ),
  'tally.irv.all-tied': define(
    ['votes', 'first'],
    'Every remaining option has {votes} votes and had {first} first preferences, so only an arbitrary order could single one out: a tie.',
  ),
  'tally.irv.elimination': define(['eliminated', 'transfers'], '{eliminated}; {transfers}.'),
  'tally.irv.fewest': define(['option'], '{option} eliminated (fewest votes)'),
  'tally.irv.fewest-first': define(
    ['options', 'votes', 'option', 'first'],
    '{options} tie for fewest votes ({votes}); {option} had the fewest first preferences in round 1 ({first}), so {option} is eliminated',
  ),
  'tally.irv.order-some': define(
    ['options', 'votes', 'fewestOptions', 'first', 'option', 'order'],
    '{options} tie for fewest votes ({votes}) and {fewestOptions} for fewest first preferences ({first}); {option} comes last in {order}, so {option} is eliminated',
  ),
  'tally.irv.order-all': define(
    ['options', 'votes', 'first', 'option', 'order'],
    '{options} tie for fewest votes ({votes}) and first preferences ({first}); {option} comes last in {order}, so {option} is eliminated',
  ),
  'tally.irv.transfers': define(['counts'], 'its votes go to: {counts}'),
  'tally.irv.to-exhausted': define(['count'], 'no further choice (exhausted) {count}'),
  'tally.irv.no-transfers': define([], 'it had no votes to pass on'),
  'tally.irv.shown': define(
    ['counts', 'options'],
    'Shown, not binding: first preferences {counts}; counted alone these ballots would end with {options}.',
  ),
  'tally.schulze.pairwise': define(
    [],
    'Pairwise: how much weight ranked each option (row) above each other option:',
  ),
  'tally.schulze.paths': define(
    [],
    'Strongest paths (a path is a chain of pairwise wins; its strength is its weakest win):',
  ),
  'tally.schulze.row': define(['option', 'counts'], '  {option}: {counts}'),
  'tally.schulze.winner': define(
    ['option', 'paths'],
    '{option} has a path at least as strong as the path back against every other option: {paths}.',
  ),
  'tally.schulze.path': define(
    ['option', 'other', 'strength', 'back'],
    '{option}→{other} {strength} vs {other}→{option} {back}',
  ),
  'tally.schulze.shown': define(
    ['options'],
    'Shown, not binding: counted alone these ballots would give the Schulze winner set {options}.',
  ),
  'tally.sense-check.response': define(['option', 'count', 'share'], '{option} {count} ({share})'),
  'tally.sense-check.responses': define(['counts'], 'Responses: {counts}.'),
  'tally.sense-check.note': define(
    [],
    'A sense check gauges the mood of the group; it does not decide anything.',
  ),
  'tally.lazy.counts': define(
    ['support', 'standing', 'withdrawn', 'resolved'],
    'Support on record {support}; objections standing {standing}, withdrawn {withdrawn}, resolved {resolved}.',
  ),
  'tally.lazy.open-standing': define(
    ['deadline'],
    'The deadline ({deadline}) has not passed: an objection stands for now.',
  ),
  'tally.lazy.open-clear': define(
    ['deadline'],
    'The deadline ({deadline}) has not passed: no objection so far, so it will pass unless someone objects.',
  ),
  'tally.lazy.fails': define(
    [],
    'An objection stands at the deadline: the proposal does not pass.',
  ),
  'tally.lazy.passes': define(
    [],
    'No objection stands at the deadline; silence counts as assent: the proposal passes.',
  ),
  'tally.consensus.counts': define(
    ['agree', 'standAside', 'standing', 'lifted'],
    'Agree {agree}, stand aside {standAside}, blocks standing {standing}, blocks lifted {lifted}.',
  ),
  'tally.consensus.blocked': define([], 'A block stands: there is no consensus.'),
  'tally.consensus.reached': define([], 'No block stands: consensus reached.'),
  'tally.consensus.share-reached': define(
    ['share', 'needed', 'total', 'agree'],
    'No block stands. Agree must be at least {share} of all responses ({needed} of {total}); agree is {agree}: consensus reached.',
  ),
  'tally.consensus.share-missed': define(
    ['share', 'needed', 'total', 'agree'],
    'No block stands. Agree must be at least {share} of all responses ({needed} of {total}); agree is {agree}: too many stood aside, no consensus.',
  ),
  'tally.consensus.shown': define(
    ['agree', 'standAside', 'standing'],
    'Shown, not binding: agree {agree}, stand aside {standAside}, blocks standing {standing}.',
  ),
  'tally.supermajority.no-base': define(
    [],
    'No votes count towards the threshold, so the proposal cannot pass.',
  ),
  'tally.supermajority.threshold': define(
    ['comparison', 'share', 'base', 'needed', 'total', 'yes', 'result'],
    'Threshold: {comparison} {share} {base}, i.e. {needed} of {total}; yes has {yes}: the proposal {result}.',
  ),
  'tally.supermajority.at-least': define([], 'at least'),
  'tally.supermajority.more-than': define([], 'more than'),
  'tally.supermajority.base-decisive': define([], 'of yes and no votes'),
  'tally.supermajority.base-all': define([], 'of all votes cast, abstentions included'),
  'tally.supermajority.passed': define([], 'passed'),
  'tally.supermajority.failed': define([], 'failed'),
  'tally.meeting.heading': define([], 'Slots, best first (most yes, then most if-need-be):'),
  'tally.meeting.slot': define(
    ['rank', 'option', 'yes', 'ifNeedBe', 'no', 'unmarked'],
    '{rank}. {option}: yes {yes}, if need be {ifNeedBe}, no {no}, unmarked {unmarked}.',
  ),
  'tally.meeting.shown': define([], 'Shown, not binding:'),
  // The Sankey's node names: income sources, the month's income, buckets, pots, members, retained.
  'flow.source.client': define([], 'Client payments'),
  'flow.source.grant': define([], 'Grants'),
  'flow.source.donation': define([], 'Donations'),
  'flow.source.solidarity': define([], 'Solidarity from federated DisCOs'),
  'flow.source.other': define(['source'], '{source}'),
  'flow.income': define(['period'], 'Income of {period} (net of fees)'),
  'flow.bucket': define(['bucket'], '{bucket}'),
  'flow.pot': define(['pot'], '{pot}'),
  'flow.member': define(['memberId'], '{memberId}'),
  'flow.retained': define(['bucket'], 'Retained in {bucket}'),
  'flow.solidarity.from': define(['disco'], 'Solidarity from {disco}'),
  'flow.solidarity.to': define(['disco'], 'Solidarity to {disco}'),
  'flow.solidarity.buckets': define([], 'Solidarity paid from the buckets'),
  // Business-rule refusals a member meets in the Deck, as field problems.
  'proposal.deadline-past': define(['now'], 'must be after {now}'),
  'proposal.no-such-member': define([], 'there is no such member'),
  'member.timeline-required': define([], 'fast-track, agile or long-run'),
  'distribution.payout-over-owed': define(
    ['amount', 'period', 'owedAmount'],
    '{amount} is more than the run of {period} still owes this member ({owedAmount})',
  ),
  'member.not-in-circle': define([], 'not a member of this circle'),
  'member.not-in-constituency': define([], 'not a member of this constituency'),
  // Refusals (problem details) the use cases raise, and their hints: what went wrong, what to do.
  'hint.accounts-come-from-accepting-invitation-api': define(
    [],
    'Accounts come from accepting an invitation; API tokens have no password.',
  ),
  'hint.ask-another-member-new-invitation': define([], 'Ask another member for a new invitation.'),
  'hint.ask-founder-new-one': define([], 'Ask a founder for a new one.'),
  'hint.ask-fresh-export-run-disco-ledger': define(
    [],
    'Ask for a fresh export, or run `disco ledger verify --file` on it to see the fault.',
  ),
  'hint.ask-member-who-invited-you-new': define(
    [],
    'Ask the member who invited you for a new one.',
  ),
  'hint.ask-node-writes-ledger-get-api': define(
    [],
    'Ask the node that writes this ledger: GET /api/ledger/checkpoint.',
  ),
  'hint.being-closed-tallied': define([], 'It is being closed and tallied.'),
  'hint.check-both-repeated-failures-pause-sign': define(
    [],
    'Check both; repeated failures pause sign-in for this account for a while.',
  ),
  'hint.check-path-may-read-file': define([], 'Check the path and that you may read the file.'),
  'hint.check-was-copied-whole-create-new': define(
    [],
    'Check that it was copied whole, or create a new one with POST /api/tokens.',
  ),
  'hint.check-whole-link-was-copied-ask': define(
    [],
    'Check that the whole link was copied, or ask the member who invited you for a new one.',
  ),
  'hint.check-whole-link-was-copied-ask-2': define(
    [],
    'Check that the whole link was copied, or ask a founder for a new one.',
  ),
  'hint.checkpoints-are-signed-ledger-grows-ask': define(
    [],
    'Checkpoints are signed as the ledger grows; ask again later.',
  ),
  'hint.checkpoints-are-signed-within-seconds-write': define(
    [],
    'Checkpoints are signed within seconds of a write; ask again later.',
  ),
  'hint.choose-new-file-name-backup-never': define(
    [],
    'Choose a new file name; a backup never overwrites.',
  ),
  'hint.commit-month-after-last-closed-one': define(
    [],
    'Commit the month after the last closed one, once it has ended (`disco distribution show` lists the runs).',
  ),
  'hint.commit-run-again': define([], 'Commit the run again.'),
  'hint.create-new-one-post-api-tokens': define([], 'Create a new one with POST /api/tokens.'),
  'hint.create-token-post-api-tokens': define([], 'Create a token with POST /api/tokens.'),
  'hint.currency-time-zone-are-recorded-genesis': define(
    [],
    'The currency and time zone are recorded in the genesis and can never be changed.',
  ),
  'hint.export-again-or-verify': define(
    [],
    'Export the ledger again from a node (exports carry the run states), or verify from event 1 without --from-state.',
  ),
  'hint.export-ledger-disco-ledger-export-file': define(
    [],
    'Export a ledger with `disco ledger export FILE`.',
  ),
  'hint.fix-every-row-listed-import-whole': define(
    [],
    'Fix every row listed and import the whole file again.',
  ),
  'hint.fix-fields-named-parameter-document': define(
    [],
    'Fix the fields named in the parameter document.',
  ),
  'hint.fix-fields-named-send-whole-document': define(
    [],
    'Fix the fields named and send the whole document again.',
  ),
  'hint.fix-flag-environment-variable-named-above': define(
    [],
    'Fix the flag or environment variable named above; docs/operations.md lists every setting.',
  ),
  'hint.founder-sets-first-parameter-document-disco': define(
    [],
    'A founder sets the first parameter document (disco cat params --set FILE).',
  ),
  'hint.get-api-tokens-lists-yours': define([], 'GET /api/tokens lists yours.'),
  'hint.give-evidence-file-exactly-monitor-wrote': define(
    [],
    'Give the evidence file exactly as the monitor wrote it.',
  ),
  'hint.import-into-new-data-dir': define([], 'Import into a new --data-dir.'),
  'hint.key-cannot-sign-own-revocation': define(
    [],
    'A key cannot sign its own revocation: sign with another of your keys, or send it unsigned.',
  ),
  'hint.list-circles-see-their-slugs': define([], 'List circles to see their slugs.'),
  'hint.list-comments-at': define(['path'], 'List them with GET {path}.'),
  'hint.list-constituencies-see-their-slugs': define([], 'List constituencies to see their slugs.'),
  'hint.list-contributions-disco-log-list-get': define(
    [],
    'List contributions with `disco log --list` or GET /api/contributions.',
  ),
  'hint.list-leaves-disco-leave-list-find': define(
    [],
    'List leaves (disco leave list) to find their ids.',
  ),
  'hint.list-members-find-their-ids': define([], 'List members to find their ids.'),
  'hint.list-projects-get-api-projects': define([], 'List projects with GET /api/projects.'),
  'hint.list-proposals-get-api-proposals': define([], 'List proposals with GET /api/proposals.'),
  'hint.list-runs-get-api-distribution-runs': define(
    [],
    'List the runs with GET /api/distribution/runs (disco distribution show).',
  ),
  'hint.list-them-get-api-notifications': define([], 'List them with GET /api/notifications.'),
  'hint.log-keeps-key-if-truly-changed': define(
    [],
    'A log keeps its key; if it truly changed, `disco witness untrust` it first (its history is then forgotten).',
  ),
  'hint.name-member-id-disco-member-list': define(
    [],
    'Name the member by id (`disco member list`), or by the name the run shows (`disco distribution explain RUN`).',
  ),
  'hint.name-run-id-month-disco-distribution': define(
    [],
    'Name a run by its id or its month (`disco distribution show` lists them).',
  ),
  'hint.name-run-id-month-yyyy-mm': define([], 'Name a run by its id or its month (YYYY-MM).'),
  'hint.not-canonical': define(
    ['depth'],
    'Send well-formed Unicode text (a \\uD800-\\uDFFF escape only as half of a surrogate pair), nested at most {depth} levels deep.',
  ),
  'hint.nothing-was-replaced-restore-older-backup': define(
    [],
    'Nothing was replaced. Restore an older backup, or keep this one for investigation.',
  ),
  'hint.only-members-who-accepted-invitation-have': define(
    [],
    'Only members who accepted an invitation have a password; invite the others.',
  ),
  'hint.open-cat-parameter-change-proposal-new': define(
    [],
    'Open a cat-parameter-change proposal with the new document (disco propose --kind cat-parameter-change).',
  ),
  'hint.pass-data-directory-node-data-dir': define(
    [],
    'Pass the data directory of the node with --data-dir.',
  ),
  'hint.pass-file-made-disco-backup-nothing': define(
    [],
    'Pass a file made by disco backup; nothing was replaced.',
  ),
  'hint.pass-replace-restore-over-current-files': define(
    [],
    'Pass --replace to restore over it; the current files are kept in replaced-<time>/ inside it.',
  ),
  'hint.prepare-again-read-new-intents-sign': define(
    [],
    'Prepare it again, read the new intents, sign and commit.',
  ),
  'hint.prepare-again-send-disco-intent-prepare': define(
    [],
    'Prepare it again (send it with `Disco-Intent: prepare`), sign the new intents and commit.',
  ),
  'hint.prepare-again-sign-commit': define([], 'Prepare it again, sign and commit.'),
  'hint.prepare-again-sign-new-intents-commit': define(
    [],
    'Prepare it again, sign the new intents and commit.',
  ),
  'hint.prepare-first': define(['header'], 'Send the write with `{header}: prepare` first.'),
  'hint.preview-month-after-last-closed-one': define(
    [],
    'Preview the month after the last closed one, or a closed month itself.',
  ),
  'hint.propose-governance-parameters': define(
    [],
    'Propose the new parameters: POST /api/proposals with change { "kind": "policy-amendment", "governanceParameters": {...} }.',
  ),
  'hint.read-again-amend-new-version': define([], 'Read it again and amend the new version.'),
  'hint.read-csrftoken-from-get-api-auth': define([], 'Read csrfToken from GET /api/auth/session.'),
  'hint.read-csrftoken-from-get-api-auth-2': define(
    [],
    'Read csrfToken from GET /api/auth/session again.',
  ),
  'hint.read-new-version-vote-again': define([], 'Read the new version and vote again.'),
  'hint.read-parameters-again-retry': define([], 'Read the parameters again and retry.'),
  'hint.recompute-from-ledger-disco-distribution-repair': define(
    ['runId'],
    'Recompute it from the ledger with `disco distribution repair-state {runId}`.',
  ),
  'hint.record-again-prepare-new-draft': define([], 'To record it again, prepare a new draft.'),
  'hint.record-current-month-corrections-go-later': define(
    [],
    'Record it in the current month: corrections go in a later period.',
  ),
  'hint.record-their-return-first': define([], 'Record their return first.'),
  'hint.register-key-first': define(
    [],
    'Register the key first, or sign with a key you registered.',
  ),
  'hint.register-signing-key-your-device-disco': define(
    [],
    'Register a signing key on your device (`disco member key` in the CLI, or Settings → Signing keys in the Deck); the CLI and the Deck then sign every write themselves.',
  ),
  'hint.reload-newest': define([], 'Reload it and make your change to the newest version.'),
  'hint.reload-newest-id': define(
    ['newer'],
    'Reload it and make your change to the newest version ({newer}).',
  ),
  'hint.reload-try-again': define([], 'Reload it and try again.'),
  'hint.repair-run-state': define(
    ['runId'],
    'Run `disco distribution repair-state {runId}`: it recomputes the state from event 1 and keeps it only if its hash is the one the run recorded.',
  ),
  'hint.retry-moment': define([], 'Retry in a moment.'),
  'hint.run-after-folds-from-event-1': define([], 'The run after it folds from event 1.'),
  'hint.run-disco-init-first': define([], 'Run `disco init` first.'),
  'hint.run-disco-ledger-verify-node-names': define(
    [],
    'Run `disco ledger verify` on the node: it names the stored node that disagrees with the events.',
  ),
  'hint.run-disco-ledger-verify-see-what': define(
    [],
    'Run `disco ledger verify` to see what is wrong, and restore the database from a backup or an earlier export.',
  ),
  'hint.see-get-api-governance-parameters-who': define(
    [],
    'See GET /api/governance/parameters for who votes on what.',
  ),
  'hint.see-outcome-at': define(['path'], 'See its outcome with GET {path}.'),
  'hint.see-yours-get-api-delegations': define([], 'See yours with GET /api/delegations.'),
  'hint.send-exactly-prepared-request-prepare-one': define(
    [],
    'Send exactly the prepared request, or prepare this one.',
  ),
  'hint.send-json-nested-most-max-json': define(
    ['MAX_JSON_DEPTH'],
    'Send JSON nested at most {MAX_JSON_DEPTH} levels deep; no route needs more.',
  ),
  'hint.send-seq-header-value-your-last': define(
    ['SEQ_HEADER'],
    'Send the {SEQ_HEADER} value your last write answered with, or leave the header out.',
  ),
  'hint.send-token-unchanged': define([], 'Send the token from the prepare answer unchanged.'),
  'hint.send-well-formed-unicode-text-ud800': define(
    [],
    'Send well-formed Unicode text: a \\\\uD800-\\\\uDFFF escape only as half of a surrogate pair (UTF-8 text never has one).',
  ),
  'hint.send-without-header': define(['header'], 'Send the request without {header}.'),
  'hint.sequence-numbers-start-1': define([], 'Sequence numbers start at 1.'),
  'hint.set-address-members-use-e-g': define(
    [],
    'Set it to the address members use, e.g. https://coop.example.',
  ),
  'hint.set-disco-public-url-address-members': define(
    [],
    'Set DISCO_PUBLIC_URL to the address members use (e.g. https://coop.example); the origin is then fixed for ever.',
  ),
  'hint.sign': define([], 'Sign in with it.'),
  'hint.sign-account-not-only-api-token': define(
    [],
    'Sign in with an account (not only an API token of a member without one).',
  ),
  'hint.sign-again': define([], 'Sign in again.'),
  'hint.sign-another-founder-can-invite-new': define(
    [],
    'Sign in with it; another founder can invite new members with disco member invite.',
  ),
  'hint.sign-email-password-chosen-then-ask': define(
    [],
    'Sign in with the email and password chosen then, or ask for a new invitation.',
  ),
  'hint.sign-lost-password-needs-another-founder': define(
    [],
    'Sign in with it; a lost password needs another founder or a new invitation.',
  ),
  'hint.sign-pass-api-token': define([], 'Sign in, or pass an API token.'),
  'hint.sign-password-chosen-then-ask-founder': define(
    [],
    'Sign in with the password chosen then, or ask a founder for a new link.',
  ),
  'hint.sign-use-another-email': define([], 'Sign in with it, or use another email.'),
  'hint.sign-utf-8-bytes-intents-i': define(
    [],
    'Sign the UTF-8 bytes of `intents[i].intent` from the prepare answer, unchanged.',
  ),
  'hint.start-one-disco-init': define([], 'Start one with disco init.'),
  'hint.stop-server-then-run-disco-restore': define(
    [],
    'Stop the server, then run disco restore again; nothing was replaced.',
  ),
  'hint.switched-proposal-sets-governance-parameter-delegation': define(
    [],
    'It is switched on by a proposal that sets the governance parameter delegation.enabled.',
  ),
  'hint.use-another-data-dir-database-url': define(
    [],
    'Use another --data-dir or DATABASE_URL to start a new one.',
  ),
  'hint.use-deck-served-node-api-token': define(
    [],
    'Use the Deck served by this node, or an API token.',
  ),
  'hint.use-fresh-key-each-new-operation': define([], 'Use a fresh key for each new operation.'),
  'hint.use-fresh-uuid-per-operation': define([], 'Use a fresh UUID per operation.'),
  'hint.use-pg-dump': define(
    [],
    'Use pg_dump, then check the copy with disco ledger verify (docs/operations.md, "Backups").',
  ),
  'hint.use-pg-restore': define(
    [],
    'Use pg_restore into an empty database, then run disco ledger verify against it (docs/operations.md, "Backups").',
  ),
  'hint.verify-from-event-1': define([], 'Verify it from event 1, without --from-state.'),
  'hint.verify-from-event-1-without-from': define([], 'Verify from event 1, without --from-state.'),
  'hint.verify-without-from-state': define([], 'Verify it without --from-state.'),
  'hint.wait-minutes': define(['minutes'], 'Wait {minutes} minute(s) before trying again.'),
  'hint.write-node-holds-key-start-new': define(
    [],
    'Write on the node that holds its key, or start a new ledger in another data directory.',
  ),
  'refusal.account-email-already-exists': define([], 'An account with this email already exists.'),
  'refusal.another-cat-parameter-version-was-recorded': define(
    [],
    'Another CAT parameter version was recorded meanwhile.',
  ),
  'refusal.api-token-expired': define(['at'], 'This API token expired at {at}.'),
  'refusal.api-token-never-issued': define(
    [],
    'This API token is not valid: it was never issued by this node.',
  ),
  'refusal.api-token-revoked': define(['at'], 'This API token was revoked at {at}.'),
  'refusal.authorization-not-bearer-token': define(
    [],
    'The Authorization header must be `Bearer <api token>`.',
  ),
  'refusal.backup-ledger-does-not-verify': define(
    ['seq', 'reason'],
    "The backup's ledger does not verify at event {seq}: {reason}.",
  ),
  'refusal.balances-cannot-be-shown': define([], 'The balances cannot be shown.'),
  'refusal.ballot-cannot-be-cast': define([], 'The ballot cannot be cast.'),
  'refusal.ballot-not-valid': define([], 'The ballot is not valid.'),
  'refusal.ballot-would-not-be-counted': define([], 'The ballot would not be counted.'),
  'refusal.books-cannot-be-shown': define([], 'The books cannot be shown.'),
  'refusal.care-indicators-cannot-be-shown': define([], 'The care indicators cannot be shown.'),
  'refusal.care-release-rule-cannot-be-set': define([], 'The care release rule cannot be set.'),
  'refusal.casual-rule-cannot-be-set': define([], 'The casual rule cannot be set.'),
  'refusal.cat-document-cannot-be-recorded': define(
    [],
    'The CAT parameter document cannot be recorded.',
  ),
  'refusal.cat-document-not-in-force': define(
    [],
    'This CAT parameter document could not be put in force.',
  ),
  'refusal.cat-document-not-json-object': define(
    [],
    'The CAT parameter document must be a JSON object.',
  ),
  'refusal.cat-parameters-already-set': define(
    [],
    'The CAT parameters are already set; only a collective decision changes them now.',
  ),
  'refusal.ledger-event-missing': define(
    ['size', 'seq'],
    'The chain head says the ledger has {size} events, but event {seq} is missing from the database; an export would promise events it does not hold, so none was written.',
  ),
  'refusal.checkpoint-origin-unknown': define(
    [],
    'The checkpoint origin is not fixed yet and this node has no public URL to fix it from.',
  ),
  'refusal.display-name-missing': define([], 'Choose the name other members will see you by.'),
  'refusal.circle-cannot-be-created': define([], 'The circle cannot be created.'),
  'refusal.circle-cannot-be-shown': define([], 'The circle cannot be shown.'),
  'refusal.comment-cannot-be-edited': define([], 'The comment cannot be edited.'),
  'refusal.comment-cannot-be-posted': define([], 'The comment cannot be posted.'),
  'refusal.comments-cannot-be-listed': define([], 'The comments cannot be listed.'),
  'refusal.commit-needs-draft': define(
    ['header'],
    'A commit carries the draft token the prepare answer gave, in {header}.',
  ),
  'refusal.commitment-statement-cannot-be-recorded': define(
    [],
    'The commitment statement cannot be recorded.',
  ),
  'refusal.commons-resource-cannot-be-registered': define(
    [],
    'The commons resource cannot be registered.',
  ),
  'refusal.constituency-cannot-be-defined': define([], 'The constituency cannot be defined.'),
  'refusal.contribution-cannot-be-acknowledged': define(
    [],
    'The contribution cannot be acknowledged.',
  ),
  'refusal.contribution-cannot-be-disputed': define([], 'The contribution cannot be disputed.'),
  'refusal.contribution-cannot-be-edited': define([], 'The contribution cannot be edited.'),
  'refusal.contribution-cannot-be-logged': define([], 'The contribution cannot be logged.'),
  'refusal.contribution-changed-meanwhile': define(
    ['contributionId', 'status'],
    'The contribution {contributionId} changed meanwhile (it is {status} now).',
  ),
  'refusal.contribution-replaced': define(
    ['contributionId'],
    'The contribution {contributionId} changed meanwhile: it was replaced.',
  ),
  'refusal.contribution-replaced-by': define(
    ['contributionId', 'newer'],
    'The contribution {contributionId} changed meanwhile: it was replaced by {newer}.',
  ),
  'refusal.contributions-cannot-be-exported': define([], 'The contributions cannot be exported.'),
  'refusal.contributions-cannot-be-imported': define([], 'The contributions cannot be imported.'),
  'refusal.contributions-cannot-be-listed': define([], 'The contributions cannot be listed.'),
  'refusal.csrf-token-not-this-session': define(
    ['CSRF_HEADER'],
    'The {CSRF_HEADER} header does not belong to this session.',
  ),
  'refusal.csrf-other-site': define(['origin'], 'Writes from another site ({origin}) are refused.'),
  'refusal.cursor-not-from-this-node': define([], 'The cursor is not one this node gave out.'),
  'refusal.database-already-holds-ledger': define([], 'This database already holds a ledger.'),
  'refusal.import-needs-empty-database': define(
    ['size'],
    'This database already holds a ledger of {size} events; an import needs an empty one.',
  ),
  'refusal.data-directory-holds-ledger': define(['dataDir'], '{dataDir} already holds a ledger.'),
  'refusal.date-in-closed-month': define(
    ['date'],
    '{date} is in a month already closed by a distribution run.',
  ),
  'refusal.dating-needs-timeline': define([], 'Dating needs a timeline.'),
  'refusal.deadline-not-in-future': define([], 'The deadline must be in the future.'),
  'refusal.delegation-cannot-be-revoked': define([], 'The delegation cannot be revoked.'),
  'refusal.delegation-cannot-be-set': define([], 'The delegation cannot be set.'),
  'refusal.delegation-circle-or-topic': define(
    [],
    'A delegation is for a circle or a topic, not both.',
  ),
  'refusal.delegation-would-make-cycle': define([], 'The delegation would make a cycle.'),
  'refusal.disco-cannot-be-created': define([], 'The DisCO cannot be created with these settings.'),
  'refusal.disco-cannot-be-founded': define([], 'The DisCO cannot be founded with these settings.'),
  'refusal.disco-does-not-use-delegation': define([], 'This DisCO does not use delegation.'),
  'refusal.public-url-not-http': define([], 'DISCO_PUBLIC_URL is an http(s) URL.'),
  'refusal.public-url-not-a-url': define(
    ['publicUrl'],
    'DISCO_PUBLIC_URL "{publicUrl}" is not a URL.',
  ),
  'refusal.member-signature-required': define(
    ['types'],
    'This DisCO requires a member signature on {types} events, and this write carries none.',
  ),
  'refusal.command-needs-sqlite': define(
    ['what'],
    'disco {what} works on the embedded SQLite database; this node runs on PostgreSQL.',
  ),
  'refusal.dispute-cannot-be-resolved': define([], 'The dispute cannot be resolved.'),
  'refusal.dispute-cannot-be-withdrawn': define([], 'The dispute cannot be withdrawn.'),
  'refusal.distribution-cannot-be-previewed': define([], 'The distribution cannot be previewed.'),
  'refusal.distribution-run-cannot-be-committed': define(
    [],
    'The distribution run cannot be committed.',
  ),
  'refusal.draft-not-ours': define(
    ['header'],
    '{header} is not a draft token signed by this node.',
  ),
  'refusal.draft-stale': define(
    ['time', 'seconds'],
    'This draft was prepared at {time}; a draft must be committed within {seconds} seconds.',
  ),
  'refusal.draft-for-another-member': define([], 'This draft was prepared for another member.'),
  'refusal.duties-cannot-be-set': define([], 'The duties cannot be set.'),
  'refusal.duties-cannot-be-shown': define([], 'The duties cannot be shown.'),
  'refusal.email-password-wrong': define([], 'The email or the password is wrong.'),
  'refusal.event-not-canonical-json': define(
    [],
    'The event cannot be recorded: part of it has no canonical JSON form.',
  ),
  'refusal.event-signed-by-unknown-key': define(
    [],
    'The event is signed with a key that is not a registered, unrevoked key of its actor.',
  ),
  'refusal.every-founder-already-has-account': define([], 'Every founder already has an account.'),
  'refusal.expense-cannot-be-recorded': define([], 'The expense cannot be recorded.'),
  'refusal.expenses-cannot-be-listed': define([], 'The expenses cannot be listed.'),
  'refusal.file-already-exists': define(['file'], '{file} already exists.'),
  'refusal.backup-cannot-be-restored': define(['file', 'why'], '{file} cannot be restored: {why}.'),
  'backup.reason.not-a-database': define([], 'it is not a SQLite database'),
  'backup.reason.damaged': define([], 'it is damaged (SQLite’s quick check failed)'),
  'backup.reason.not-from-disco-backup': define(
    [],
    'it is a SQLite database, but not one written by disco backup',
  ),
  'backup.reason.other': define([], 'it cannot be opened as a backup'),
  'refusal.ledger-file-does-not-verify': define(
    ['seq', 'reason'],
    'The file does not verify at event {seq}: {reason}. Nothing was imported.',
  ),
  'refusal.file-holds-no-contributions': define([], 'The file holds no contributions.'),
  // Quarterly evaluations (issue 18).
  'refusal.evaluation-cannot-be-opened': define([], 'The evaluation cannot be opened.'),
  'hint.evaluate-after-quarter-ends': define(
    [],
    'A quarter is evaluated once it has ended: its facts would still change.',
  ),
  'refusal.evaluation-already-exists': define(
    ['quarter'],
    '{quarter} already has an evaluation for this scope.',
  ),
  'hint.list-evaluations': define([], 'List evaluations to see them (`disco evaluation list`).'),
  'refusal.no-evaluation-id': define(['evaluationId'], 'There is no evaluation {evaluationId}.'),
  'refusal.evaluation-closed': define(['quarter'], 'The evaluation of {quarter} is closed.'),
  'hint.reflect-in-next-evaluation': define(
    [],
    'Bring it to the next evaluation, or propose a change.',
  ),
  'refusal.reflection-cannot-be-recorded': define([], 'The reflection cannot be recorded.'),
  'refusal.evaluation-cannot-be-closed': define([], 'The evaluation cannot be closed.'),
  'hint.open-proposal-first': define(
    [],
    'Open the proposal first (a review, or new duties), then close the evaluation with it.',
  ),
  'refusal.evaluations-cannot-be-listed': define([], 'The evaluations cannot be listed.'),
  // Federation economy: commons, solidarity transfers and mutual credit (issue 19).
  'refusal.decision-not-passed': define(
    ['proposalId'],
    'Proposal {proposalId} has not passed; only a passed proposal decides this.',
  ),
  'refusal.commons-resource-not-in-registry': define(
    ['resourceId'],
    'There is no commons resource {resourceId} in the registry (never registered, or withdrawn).',
  ),
  'refusal.commons-resource-cannot-be-updated': define(
    [],
    'The commons resource cannot be updated.',
  ),
  'refusal.commons-resource-cannot-be-withdrawn': define(
    [],
    'The commons resource cannot be withdrawn.',
  ),
  'refusal.federation-not-configured': define(
    [],
    'This node is not federated: it has no ActivityPub actor to speak to other DisCOs.',
  ),
  'refusal.federation-peer-unknown': define(
    ['peer'],
    '{peer} is not a DisCO this one federates with; federate with it by decision first.',
  ),
  'refusal.transfer-cannot-be-sent': define([], 'The solidarity transfer cannot be sent.'),
  'refusal.transfer-cannot-be-accepted': define([], 'The solidarity transfer cannot be accepted.'),
  'refusal.transfer-cannot-be-cancelled': define(
    [],
    'The solidarity transfer cannot be cancelled.',
  ),
  'refusal.transfer-already-decided': define(
    ['proposalId', 'transferId'],
    'Proposal {proposalId} already decided transfer {transferId}; a decision sends one transfer.',
  ),
  'refusal.transfer-unknown': define(
    ['transferId'],
    'There is no transfer {transferId} with that DisCO.',
  ),
  'refusal.transfer-not-open': define(
    ['transferId', 'status'],
    'Transfer {transferId} is {status}: it no longer waits for an answer.',
  ),
  'refusal.transfer-currency-not-ours': define(
    ['currency', 'base'],
    'The transfer is in {currency}, but this DisCO keeps its books in {base}; decline it and ask for {base}.',
  ),
  'refusal.transfer-cancelled': define([], 'The offering DisCO withdrew the transfer.'),
  'refusal.credit-line-cannot-be-set': define([], 'The credit line cannot be set.'),
  'refusal.credit-cannot-be-sent': define([], 'The mutual-credit transfer cannot be sent.'),
  'refusal.credit-line-missing': define(
    ['peer'],
    'There is no open credit line with {peer}; a passed proposal must set its limit first.',
  ),
  'refusal.credit-line-over-limit': define(
    ['peer', 'limitAmount', 'balanceAmount', 'roomAmount'],
    'This transfer would pass the credit limit of {limitAmount} with {peer} (balance {balanceAmount}); at most {roomAmount} can still move this way.',
  ),
  'refusal.credit-currency-differs': define(
    ['currency', 'line'],
    'The transfer is in {currency}, but the credit line is kept in {line}.',
  ),
  'refusal.credit-refused-by-peer': define(
    [],
    'The other DisCO refused the mutual-credit transfer.',
  ),
  // Offline logging: idempotency keys kept longer (issue 17).
  'refusal.idempotency-keep-days-out-of-range': define(
    ['KEEP_DAYS_HEADER', 'max'],
    'The {KEEP_DAYS_HEADER} header must be a whole number of days from 1 to {max}.',
  ),
  'hint.idempotency-keep-days-whole-number': define(
    ['max'],
    'Send a number of days from 1 to {max}, or leave the header out to keep the key for a day.',
  ),
  // Activity feed and search (issue 17).
  'activity.commons-updated': define(['memberId'], '{memberId} changed a resource of the commons'),
  'activity.commons-withdrawn': define(
    ['memberId'],
    '{memberId} withdrew a resource from the commons',
  ),
  'activity.evaluation-opened': define(
    ['memberId', 'quarter'],
    '{memberId} opened the evaluation of {quarter}',
  ),
  'activity.evaluation-reflected': define(
    ['memberId'],
    '{memberId} added a reflection to an evaluation',
  ),
  'activity.evaluation-closed': define(['memberId'], '{memberId} closed an evaluation'),
  'activity.solidarity-offered': define(
    ['memberId', 'amount', 'peer'],
    '{memberId} offered {amount} in solidarity to {peer}',
  ),
  'activity.solidarity-offer-received': define(
    ['amount', 'peer'],
    '{peer} offered {amount} in solidarity',
  ),
  'activity.solidarity-accepted': define(
    ['memberId', 'peer'],
    '{memberId} accepted the solidarity of {peer}',
  ),
  'activity.solidarity-receipted': define(['peer'], '{peer} confirmed a solidarity transfer'),
  'activity.solidarity-cancelled': define(
    ['peer'],
    'A solidarity transfer with {peer} was cancelled',
  ),
  'activity.solidarity-refunded': define(
    ['peer'],
    'A solidarity transfer {peer} withdrew after it was accepted was returned',
  ),
  'activity.solidarity-refund-receipted': define(
    ['peer'],
    '{peer} returned a solidarity transfer withdrawn after it accepted it',
  ),
  'activity.credit-line-set': define(
    ['memberId', 'peer'],
    '{memberId} set the credit line with {peer}',
  ),
  'activity.credit-transfer': define(['peer'], 'Mutual credit moved with {peer}'),
  'activity.federation-follow-decided': define(['peer'], 'The DisCO decided to follow {peer}'),
  'activity.federation-unfollow-decided': define(
    ['peer'],
    'The DisCO decided to stop following {peer}',
  ),
  'activity.federation-follow-received': define(['peer'], '{peer} asked to follow the DisCO'),
  'activity.federation-follow-accepted': define(
    ['peer'],
    '{peer} accepted the DisCO as a follower',
  ),
  'activity.federation-unfollow-received': define(['peer'], '{peer} stopped following the DisCO'),
  'activity.node-recorded': define([], 'The node recorded a change'),
  'activity.ledger-started': define(['name'], 'The ledger of {name} began'),
  'activity.disco-renamed': define(['name'], 'The DisCO was renamed {name}'),
  'activity.constituency-defined': define(
    ['memberId', 'name'],
    '{memberId} defined the constituency {name}',
  ),
  'activity.constituency-rights-changed': define(
    ['memberId', 'constituency'],
    '{memberId} changed the rights of the constituency {constituency}',
  ),
  'activity.member-added': define(['memberId'], '{memberId} joined the DisCO'),
  'activity.member-level-changed': define(
    ['memberId'],
    '{memberId} moved to a new membership level',
  ),
  'activity.member-left': define(['memberId'], '{memberId} left the DisCO'),
  'activity.member-returned': define(['memberId'], '{memberId} came back to the DisCO'),
  'activity.member-constituency-joined': define(
    ['memberId', 'constituency'],
    '{memberId} joined the constituency {constituency}',
  ),
  'activity.member-constituency-left': define(
    ['memberId', 'constituency'],
    '{memberId} left the constituency {constituency}',
  ),
  'activity.mentor-assigned': define(['memberId'], '{memberId} has a new mentor'),
  'activity.mentor-removed': define(['memberId'], 'A mentor of {memberId} stepped back'),
  'activity.milestone-recorded': define(
    ['memberId', 'title'],
    '{memberId} reached the milestone “{title}”',
  ),
  'activity.commitment-recorded': define(['memberId'], '{memberId} recorded their commitment'),
  'activity.key-registered': define(['memberId'], '{memberId} registered a signing key'),
  'activity.key-revoked': define(['memberId'], 'A signing key of {memberId} was revoked'),
  'activity.leave-recorded': define(['memberId', 'from'], '{memberId} is on leave from {from}'),
  'activity.leave-ended': define(
    ['memberId', 'lastDay'],
    'The leave of {memberId} ends on {lastDay}',
  ),
  'activity.circle-created': define(
    ['memberId', 'circle'],
    '{memberId} created the {circle} circle',
  ),
  'activity.circle-joined': define(['memberId', 'circle'], '{memberId} joined the {circle} circle'),
  'activity.circle-left': define(['memberId', 'circle'], '{memberId} left the {circle} circle'),
  'activity.steward-appointed': define(
    ['memberId', 'circle'],
    '{memberId} became a steward of the {circle} circle',
  ),
  'activity.stewardship-ended': define(
    ['memberId', 'circle'],
    '{memberId} is no longer a steward of the {circle} circle',
  ),
  'activity.quantity.hours': define(['quantity'], '{quantity} h'),
  'activity.quantity.other': define(['quantity', 'unit'], '{quantity} {unit}'),
  'activity.stream.livelihood': define([], 'livelihood'),
  'activity.stream.love': define([], 'love'),
  'activity.stream.care': define([], 'care'),
  'activity.contribution-logged': define(
    ['memberId', 'quantity', 'stream'],
    '{memberId} logged {quantity} of {stream} work',
  ),
  'activity.contribution-logged-in-circle': define(
    ['memberId', 'quantity', 'stream', 'circle'],
    '{memberId} logged {quantity} of {stream} work in the {circle} circle',
  ),
  'activity.contribution-corrected': define(['memberId'], '{memberId} corrected a contribution'),
  'activity.contribution-acknowledged': define(
    ['memberId'],
    '{memberId} acknowledged a contribution',
  ),
  'activity.contribution-disputed': define(['memberId'], '{memberId} disputed a contribution'),
  'activity.dispute-withdrawn': define(['memberId'], '{memberId} withdrew a dispute'),
  'activity.dispute-resolved': define([], 'A dispute on a contribution was settled'),
  'activity.value-rules-changed': define(['memberId'], '{memberId} changed the value rules'),
  'activity.project-created': define(
    ['memberId', 'name'],
    '{memberId} started the livelihood project “{name}”',
  ),
  'activity.project-updated': define(['memberId'], '{memberId} updated a livelihood project'),
  'activity.commons-registered': define(
    ['memberId', 'title'],
    '{memberId} added “{title}” to the commons',
  ),
  'activity.proposal-opened': define(
    ['memberId', 'proposal'],
    '{memberId} opened the proposal “{proposal}”',
  ),
  'activity.proposal-amended': define(
    ['memberId', 'proposal'],
    '{memberId} amended the proposal “{proposal}”',
  ),
  'activity.proposal-withdrawn': define(
    ['memberId', 'proposal'],
    '{memberId} withdrew the proposal “{proposal}”',
  ),
  'activity.ballot-cast': define(['memberId', 'proposal'], '{memberId} voted on “{proposal}”'),
  'activity.ballot-sealed': define(['proposal'], 'A sealed ballot was cast on “{proposal}”'),
  'activity.ballots-revealed': define(
    ['proposal'],
    'The sealed ballots on “{proposal}” were opened',
  ),
  'activity.proposal-closed': define(['proposal'], 'Voting on “{proposal}” closed'),
  'activity.outcome-stated': define(
    ['memberId', 'proposal'],
    '{memberId} stated the outcome of “{proposal}”',
  ),
  'activity.comment-posted': define(
    ['memberId', 'proposal'],
    '{memberId} commented on “{proposal}”',
  ),
  'activity.comment-edited': define(
    ['memberId', 'proposal'],
    '{memberId} edited a comment on “{proposal}”',
  ),
  'activity.comment-reaction': define(
    ['memberId', 'proposal'],
    '{memberId} reacted to a comment on “{proposal}”',
  ),
  'activity.governance-parameters-set': define([], 'The governance parameters changed'),
  'activity.delegation-set': define(['memberId'], '{memberId} delegated their vote'),
  'activity.delegation-revoked': define(['memberId'], '{memberId} took back a delegation'),
  'activity.income-recorded': define(
    ['memberId', 'amount'],
    '{memberId} recorded income of {amount}',
  ),
  'activity.expense-recorded': define(
    ['memberId', 'amount'],
    '{memberId} recorded an expense of {amount}',
  ),
  'activity.cat-parameters-set': define([], 'The CAT parameters changed'),
  'activity.run-committed': define(['period'], 'The distribution of {period} was committed'),
  'activity.payout-recorded': define(['memberId', 'amount'], '{memberId} was paid {amount}'),
  'activity.rhythm-created': define(['memberId', 'name'], '{memberId} set up the rhythm “{name}”'),
  'activity.rhythm-changed': define(['memberId', 'name'], '{memberId} changed the rhythm “{name}”'),
  'activity.rhythm-ended': define(['memberId'], '{memberId} ended a rhythm'),
  'activity.attendance-recorded': define(
    ['memberId', 'count'],
    '{memberId} recorded who took part in a gathering ({count})',
  ),
  'activity.gathering-credited': define(
    ['memberId', 'count'],
    '{memberId} credited a gathering’s time as care ({count})',
  ),
  'activity.thanks-given': define(['memberId'], '{memberId} was thanked'),
  'refusal.activity-cannot-be-listed': define([], 'The activity cannot be listed.'),
  'refusal.search-cannot-run': define([], 'The search cannot be run.'),
  'hint.search-with-words': define(
    [],
    'Search with one or more words (letters or digits), at most 200 characters.',
  ),
  // Federation over ActivityPub (issue 19, protocol).
  'refusal.federation-needs-public-url': define(
    [],
    'This node has no public URL, so it cannot federate.',
  ),
  'hint.federation-set-public-url': define(
    [],
    'Start the server with --public-url (DISCO_PUBLIC_URL) set to the address other DisCOs reach it at.',
  ),
  'refusal.federation-peer-unreachable': define(
    ['target', 'reason'],
    'Could not read the DisCO {target}: {reason}.',
  ),
  'hint.federation-check-peer-address': define(
    [],
    'Check the handle (disco@coop.example) or the actor URL, and that the DisCO is online.',
  ),
  'refusal.activity-proof-too-old': define(
    ['created', 'maxAge'],
    "The activity's proof was made at {created}, longer ago than the {maxAge} seconds this DisCO accepts.",
  ),
  'refusal.activity-proof-from-future': define(
    ['created'],
    "The activity's proof is dated {created}, more than an hour ahead of this DisCO's clock.",
  ),
  'hint.activity-proof-sign-again': define(
    [],
    'Prove the activity again as it is sent (eddsa-jcs-2022), with its created time now.',
  ),
  'hint.activity-proof-check-clock': define(
    [],
    "Check the sending server's clock (NTP), then send the activity proved again.",
  ),
  'refusal.federation-relation-unknown': define(
    ['peer'],
    'This DisCO has no federation relation with {peer}.',
  ),
  'refusal.federation-already-following': define(['peer'], 'This DisCO already follows {peer}.'),
  'refusal.federation-not-following': define(
    ['peer'],
    'This DisCO does not follow {peer}, so there is nothing to unfollow.',
  ),
  'refusal.federation-cannot-follow-itself': define([], 'A DisCO cannot follow itself.'),
  // The store's conflicts, nested as the reason of refusal.store-conflict.
  'store.no-checkpoint-for-size': define(
    ['treeSize', 'size'],
    'no checkpoint for tree size {treeSize}: the ledger has {size} events',
  ),
  'store.checkpoint-already-recorded': define(
    ['treeSize'],
    'a checkpoint for tree size {treeSize} is already recorded',
  ),
  'store.import-needs-empty-store': define(
    ['size'],
    'a ledger can only be imported into an empty store; this one has {size} events',
  ),
  'store.event-does-not-follow': define(
    ['seq', 'size'],
    'event {seq} does not follow event {size} of the imported chain',
  ),
  'store.checkpoint-does-not-match': define(
    ['treeSize'],
    'checkpoint at tree size {treeSize} does not match the imported events',
  ),
  'store.checkpoint-beyond-import': define(
    ['treeSize', 'size'],
    'checkpoint at tree size {treeSize} is beyond the {size} imported events',
  ),
  // Notification delivery (issue 18).
  'refusal.notification-settings-cannot-be-changed': define(
    [],
    'The notification settings cannot be changed.',
  ),
  'refusal.unsubscribe-link-not-valid': define([], 'This unsubscribe link is not valid.'),
  'hint.change-notification-settings': define(
    [],
    'Change your notification settings in the Deck, or with `disco notify settings`.',
  ),
  'refusal.webhook-cannot-be-added': define([], 'The webhook cannot be added.'),
  'refusal.no-webhook-id': define(['id'], 'There is no webhook "{id}".'),
  'hint.list-webhooks': define([], 'List them with GET /api/webhooks.'),
  // Rhythms, check-ins and thanks (issue 18).
  'refusal.thanks-cannot-be-recorded': define([], 'The thanks cannot be recorded.'),
  'refusal.no-contribution-id': define(
    ['contributionId'],
    'There is no contribution {contributionId}.',
  ),
  'refusal.thanks-cannot-be-listed': define([], 'The thanks cannot be listed.'),
  'refusal.no-checkin-you-may-read': define(
    ['checkinId'],
    'There is no check-in {checkinId} you may read.',
  ),
  'hint.checkin-shown-only-to-audience': define(
    [],
    'A check-in is shown only to the audience its author chose.',
  ),
  'refusal.retention-cannot-be-set': define([], 'The retention cannot be set.'),
  'refusal.checkin-cannot-be-deleted': define([], 'The check-in cannot be deleted.'),
  'refusal.checkins-cannot-be-listed': define([], 'The check-ins cannot be listed.'),
  'refusal.checkin-cannot-be-shown': define([], 'The check-in cannot be shown.'),
  'refusal.checkin-cannot-be-recorded': define([], 'The check-in cannot be recorded.'),
  'refusal.no-calendar-feed-here': define([], 'There is no calendar feed at this address.'),
  'hint.make-new-feed-link': define([], 'Make a new feed link in the Deck (Rhythms).'),
  'refusal.attendance-cannot-be-recorded': define([], 'Who took part cannot be recorded.'),
  'refusal.rhythm-cannot-be-created': define([], 'The rhythm cannot be created.'),
  'refusal.rhythm-cannot-be-changed': define([], 'The rhythm cannot be changed.'),
  'refusal.rhythm-cannot-be-ended': define([], 'The rhythm cannot be ended.'),
  'refusal.gathering-cannot-be-credited': define([], 'The gathering’s time cannot be credited.'),
  'hint.record-who-took-part-first': define([], 'Record who took part first.'),
  'refusal.rhythms-cannot-be-listed': define([], 'The rhythms cannot be listed.'),
  'refusal.rhythm-cannot-be-shown': define([], 'The rhythm cannot be shown.'),
  'hint.rrule-looks-like': define([], 'An RRULE looks like FREQ=WEEKLY;BYDAY=TU (RFC 5545).'),
  'refusal.no-rhythm-id': define(['rhythmId'], 'There is no rhythm {rhythmId}.'),
  'hint.list-rhythms-see-ids': define([], 'List rhythms to see their ids.'),
  'refusal.file-cannot-be-read': define(['path', 'reason'], 'Cannot read {path}: {reason}.'),
  'refusal.file-problem': define(['file', 'message'], '{file}: {message}'),
  'refusal.file-lacks-run-state': define(
    ['path', 'previousId', 'previousPeriod', 'runId'],
    '{path} holds no run state for run {previousId} ({previousPeriod}), which run {runId} started from.',
  ),
  'refusal.file-not-imported': define([], 'The file was not imported; nothing was recorded.'),
  'refusal.file-has-problems': define(
    ['problemsCount'],
    'The file was not imported: {problemsCount} problem(s); nothing was recorded.',
  ),
  'refusal.flows-cannot-be-shown': define([], 'The flows cannot be shown.'),
  'refusal.founder-already-has-account': define([], 'This founder already has an account.'),
  'refusal.governance-parameters-already-set': define(
    [],
    'The governance parameters are set: from now on only a passed proposal changes them.',
  ),
  'refusal.governance-parameters-cannot-be-set': define(
    [],
    'The governance parameters cannot be set.',
  ),
  'refusal.governance-parameters-unknown-constituency': define(
    [],
    'The governance parameters name an unknown constituency.',
  ),
  'refusal.idempotency-key-malformed': define(
    ['IDEMPOTENCY_HEADER'],
    'The {IDEMPOTENCY_HEADER} header must be 1 to 200 printable characters.',
  ),
  'refusal.idempotency-key-reused': define(
    ['IDEMPOTENCY_HEADER'],
    'This {IDEMPOTENCY_HEADER} was already used for a different request.',
  ),
  'refusal.income-cannot-be-listed': define([], 'The income cannot be listed.'),
  'refusal.income-cannot-be-recorded': define([], 'The income cannot be recorded.'),
  'refusal.intent-header': define(['header'], '{header} must be `prepare` or `commit`.'),
  'refusal.invitation-cannot-be-accepted': define(
    [],
    'The invitation cannot be accepted with these details.',
  ),
  'refusal.invitation-cannot-be-issued': define(
    [],
    'The invitation cannot be issued with these terms.',
  ),
  'refusal.invitation-expired': define(['at'], 'This invitation expired at {at}.'),
  'refusal.invitation-never-issued': define(
    [],
    'This invitation is not valid: it was never issued by this node.',
  ),
  'refusal.invitation-already-accepted': define(
    ['at'],
    'This invitation was already accepted at {at}; each invitation works once.',
  ),
  'refusal.key-cannot-be-registered': define([], 'The key cannot be registered.'),
  'refusal.key-cannot-be-revoked': define([], 'The key cannot be revoked.'),
  'refusal.key-cannot-be-stored': define([], 'The key cannot be stored.'),
  'refusal.leave-cannot-be-ended': define([], 'The leave cannot be ended.'),
  'refusal.leave-cannot-be-recorded': define([], 'The leave cannot be recorded.'),
  'refusal.leaves-cannot-be-listed': define([], 'The leaves cannot be listed.'),
  'refusal.ledger-changed-while-run-was-computed': define(
    [],
    'The ledger changed while the run was computed.',
  ),
  'refusal.ledger-belongs-to-another-node': define(
    [],
    'This ledger was started by another node; this node may read and verify it but not write to it.',
  ),
  'refusal.level-cannot-be-changed': define([], 'The level cannot be changed.'),
  'refusal.level-change-not-allowed': define([], 'This level change is not allowed.'),
  'refusal.log-key-not-ed25519': define([], 'The log key is not an Ed25519 note key (type 0x01).'),
  'refusal.log-key-not-verifier-key': define([], 'The log key is not a verifier key.'),
  'refusal.member-already-has-account': define([], 'This member already has an account.'),
  'refusal.member-cannot-be-added': define([], 'The member cannot be added.'),
  'refusal.member-cannot-join-circle': define([], 'The member cannot join this circle.'),
  'refusal.member-cannot-join-constituency': define(
    [],
    'The member cannot join this constituency.',
  ),
  'refusal.member-cannot-leave-circle': define([], 'The member cannot leave this circle.'),
  'refusal.member-cannot-leave-constituency': define(
    [],
    'The member cannot leave this constituency.',
  ),
  'refusal.member-cannot-be-shown': define([], 'The member cannot be shown.'),
  'refusal.member-key-header': define(
    ['header'],
    '{header} must name the registered key that signed.',
  ),
  'refusal.member-left-no-password-reset': define(
    ['memberId'],
    'Member {memberId} has left the DisCO; a password of theirs cannot be reset.',
  ),
  'refusal.member-has-no-password': define(
    ['memberId'],
    'Member {memberId} has no account with a password on this node.',
  ),
  'refusal.member-sig-header': define(
    ['header'],
    '{header} must hold one signature per prepared intent, comma-separated, in order.',
  ),
  'refusal.member-signature-count-wrong': define(
    ['MEMBER_SIG_HEADER', 'mineCount', 'sigsCount'],
    '{MEMBER_SIG_HEADER} must hold {mineCount} signature(s), one per prepared intent, in order; it holds {sigsCount}.',
  ),
  'refusal.member-signature-does-not-match-event': define(
    [],
    'The member signature does not match the event.',
  ),
  'refusal.member-signature-does-not-verify': define(
    [],
    'A member signature does not verify: it must be the Ed25519 signature, by the key in Disco-Member-Key, of the intent exactly as prepared.',
  ),
  'refusal.member-has-no-account': define(
    ['target'],
    'Member {target} has no account on this node.',
  ),
  'refusal.inviter-may-no-longer-invite': define(
    [],
    'The member who invited you may no longer add members, so this invitation cannot be accepted.',
  ),
  'refusal.members-cannot-be-listed': define([], 'The members cannot be listed.'),
  'refusal.membership-change-about-nobody': define([], 'The membership change is about nobody.'),
  'refusal.membership-needs-other-decision': define(
    [],
    'This membership change needs another kind of decision.',
  ),
  'refusal.mentor-cannot-be-assigned': define([], 'The mentor cannot be assigned.'),
  'refusal.mentor-cannot-be-removed': define([], 'The mentor cannot be removed.'),
  'refusal.milestone-cannot-be-recorded': define([], 'The milestone cannot be recorded.'),
  'refusal.min-seq-header': define(
    ['header', 'value'],
    '{header} must be the seq of an event (a whole number), not "{value}".',
  ),
  'refusal.min-witnesses-above-keys': define(
    ['minWitnesses', 'keysCount'],
    '--min-witnesses {minWitnesses} asks for more witnesses than the {keysCount} keys given.',
  ),
  'refusal.new-password-cannot-be-set': define([], 'The new password cannot be set.'),
  'refusal.new-password-same-as-current': define(
    [],
    'The new password is the same as the current one.',
  ),
  'refusal.no-checkpoint-at': define(
    ['treeSize'],
    'There is no checkpoint at tree size {treeSize}.',
  ),
  'refusal.no-checkpoint-yet': define([], 'The node has not signed a checkpoint yet.'),
  'refusal.no-consistency-proof': define([], 'No consistency proof for these sizes.'),
  'refusal.no-such-contribution': define(['contributionId'], 'No contribution {contributionId}.'),
  'refusal.no-inclusion-proof': define(
    ['seq', 'size'],
    'No proof of event {seq} in a tree of size {size}.',
  ),
  'refusal.node-has-no-founded-ledger': define([], 'This node has no ledger with a founder yet.'),
  'refusal.node-has-no-signing-key': define([], 'This node has no signing key.'),
  'refusal.node-has-not-signed-checkpoint': define([], 'The node has not signed a checkpoint yet.'),
  'refusal.node-settings-are-not-valid': define([], "The node's settings are not valid."),
  'refusal.constituency-does-not-vote': define(
    ['kind'],
    'Not allowed: none of your constituencies votes on {kind} proposals.',
  ),
  'refusal.not-allowed-because': define(['reason'], 'Not allowed: {reason}.'),
  'refusal.not-signed-in-because': define(['reason'], 'Not signed in: {reason}.'),
  'refusal.batch-empty': define([], 'Nothing to record: the batch is empty.'),
  'refusal.notifications-cannot-be-marked-read': define(
    [],
    'The notifications cannot be marked read.',
  ),
  'refusal.only-ledger-node-signs-checkpoints': define(
    [],
    'Only the node that holds the ledger key can sign its checkpoints.',
  ),
  'refusal.only-ledger-node-signs-notes': define(
    [],
    'Only the node that holds the ledger key can sign its checkpoint notes.',
  ),
  'refusal.only-signed-in-member-signs': define([], 'Only a signed-in member signs a write.'),
  'refusal.operator-does-not-prepare': define(
    [],
    "The operator's local CLI records writes in the node's name; it neither prepares nor commits.",
  ),
  'refusal.outcome-cannot-be-stated': define([], 'The outcome cannot be stated.'),
  'refusal.password-cannot-be-changed': define(
    [],
    'The password cannot be changed with these details.',
  ),
  'refusal.password-link-expired': define(['at'], 'This password link expired at {at}.'),
  'refusal.password-link-never-issued': define(
    [],
    'This password link is not valid: it was never issued by this node.',
  ),
  'refusal.password-link-already-used': define(
    ['at'],
    'This password link was already used (or replaced by a newer one) at {at}; each link works once.',
  ),
  'refusal.file-not-ledger-export': define(
    ['path', 'line', 'why'],
    '{path} is not a disco-cat ledger export: line {line} {why}.',
  ),
  'refusal.payout-cannot-be-recorded': define([], 'The payout cannot be recorded.'),
  'refusal.payout-list-cannot-be-made': define([], 'The payout list cannot be made.'),
  'refusal.draft-already-committed': define(
    [],
    'This prepared write was already committed; a draft is recorded once.',
  ),
  'refusal.profile-cannot-be-shown': define([], 'The profile cannot be shown.'),
  'refusal.project-cannot-be-created': define([], 'The project cannot be created.'),
  'refusal.project-cannot-be-updated': define([], 'The project cannot be updated.'),
  'refusal.proposal-cannot-be-amended': define([], 'The proposal cannot be amended.'),
  'refusal.proposal-cannot-be-opened': define([], 'The proposal cannot be opened.'),
  'refusal.proposal-cannot-be-shown': define([], 'The proposal cannot be shown.'),
  'refusal.proposal-cannot-be-withdrawn': define([], 'The proposal cannot be withdrawn.'),
  'refusal.proposal-deadline-has-passed': define(
    ['deadline'],
    "This proposal's deadline ({deadline}) has passed: it takes no more changes.",
  ),
  'refusal.proposal-not-closed-yet': define(
    ['status'],
    'This proposal is {status}: an outcome is stated once it closed.',
  ),
  'refusal.proposal-takes-no-changes': define(
    ['status'],
    'This proposal is {status}: it takes no more changes.',
  ),
  'refusal.proposal-stays-open-until-deadline': define(
    ['deadline'],
    'This proposal stays open until {deadline}.',
  ),
  'refusal.proposal-was-amended-meanwhile': define([], 'The proposal was amended meanwhile.'),
  'refusal.proposal-was-amended-while-you-voted': define(
    [],
    'The proposal was amended while you voted.',
  ),
  'refusal.proposal-was-carried-out-meanwhile': define(
    [],
    'The proposal was carried out meanwhile.',
  ),
  'refusal.proposal-was-closed-meanwhile': define([], 'The proposal was closed meanwhile.'),
  'refusal.proposals-cannot-be-listed': define([], 'The proposals cannot be listed.'),
  'refusal.rate-cannot-be-set': define([], 'The rate cannot be set.'),
  'refusal.reaction-cannot-be-recorded': define([], 'The reaction cannot be recorded.'),
  'refusal.run-state-hash-mismatch': define(
    ['runId', 'period', 'hash', 'hash2'],
    'The recorded state of run {runId} ({period}) does not match the hash its event recorded ({hash}; the stored state hashes to {hash2}).',
  ),
  'refusal.run-state-missing': define(
    ['runId', 'period'],
    'The recorded state of run {runId} ({period}) is missing, so the next run cannot start from it.',
  ),
  'refusal.reply-cannot-be-posted': define([], 'The reply cannot be posted.'),
  'refusal.idempotent-request-still-running': define(
    ['IDEMPOTENCY_HEADER'],
    'A request with this {IDEMPOTENCY_HEADER} is still running.',
  ),
  'refusal.commit-differs-from-prepare': define(
    [],
    'This request is not the one that was prepared: a commit repeats the same method, path, query and body.',
  ),
  'refusal.request-body-nested-too-deeply': define(
    ['MAX_JSON_DEPTH'],
    "The request's body is nested too deeply (more than {MAX_JSON_DEPTH} levels of arrays and objects).",
  ),
  'refusal.request-body-not-valid': define([], "The request's body is not valid."),
  'refusal.review-date-not-in-future': define([], 'The review date must be in the future.'),
  'refusal.rights-cannot-be-changed': define([], 'The rights cannot be changed.'),
  'refusal.run-cannot-be-shown': define([], 'The run cannot be shown.'),
  'refusal.run-not-from-state': define(
    ['runId', 'period'],
    'Run {runId} ({period}) was folded from event 1, not from a recorded state.',
  ),
  'refusal.run-has-no-state-to-repair': define(
    ['runIdOrPeriod'],
    'Run {runIdOrPeriod} was recorded before run states (schema 1): it has no state to repair.',
  ),
  'refusal.run-start-state-missing': define(
    ['runId', 'period', 'fromSeq', 'previous', 'path'],
    'Run {runId} ({period}) says it started from the state of the run that read the ledger to #{fromSeq} ({previous}), but {path} holds no such run.',
  ),
  'refusal.given-run-state-hash-mismatch': define(
    ['runId', 'hash', 'hash2'],
    'The run state given for run {runId} hashes to {hash}, not to {hash2} as its event recorded; it was not stored.',
  ),
  'refusal.file-run-state-hash-mismatch': define(
    ['id', 'period', 'path', 'hash', 'hash2'],
    'The run state of run {id} ({period}) in {path} hashes to {hash}, not to {hash2} as its event recorded.',
  ),
  'refusal.say-which-member': define([], 'Say which member.'),
  'refusal.data-directory-in-use': define(
    [],
    'A server (or another disco command) has this data directory open.',
  ),
  'refusal.session-expired': define(['at'], 'This session expired at {at}.'),
  'refusal.session-not-valid': define(
    [],
    'This session is not valid: it was signed out, or never issued by this node.',
  ),
  'refusal.sign-in-needs-email-and-password': define([], 'Sign-in needs an email and a password.'),
  'refusal.notifications-not-yours': define([], 'Some of those are not your notifications.'),
  'refusal.stage-multipliers-cannot-be-set': define([], 'The stage multipliers cannot be set.'),
  'refusal.steward-cannot-be-appointed': define([], 'The steward cannot be appointed.'),
  'refusal.stewardship-cannot-be-ended': define([], 'The stewardship cannot be ended.'),
  'refusal.store-conflict': define(['reason'], '{reason}'),
  'refusal.stored-proof-not-valid': define(
    ['what'],
    'The stored Merkle tree (or the checkpoint signed over it) does not give a valid proof of {what}, so none is served.',
  ),
  'refusal.no-flows-without-parameters': define(
    ['period'],
    'There are no flows for {period}: no CAT parameters are set yet.',
  ),
  'refusal.no-such-api-token': define(['id'], 'There is no API token {id}.'),
  'refusal.no-such-backup-file': define(['file'], 'There is no backup at {file}.'),
  'refusal.no-such-circle': define(['ref'], 'There is no circle {ref}.'),
  'refusal.no-constituency-with-id': define(
    ['constituencyId'],
    'There is no constituency {constituencyId}.',
  ),
  'refusal.no-such-distribution-run': define(
    ['runIdOrPeriod'],
    'There is no distribution run {runIdOrPeriod}.',
  ),
  'refusal.no-such-distribution-run-at-path': define(
    ['runIdOrPeriod', 'path'],
    'There is no distribution run {runIdOrPeriod} in {path}.',
  ),
  'refusal.no-such-event': define(['seq'], 'There is no event {seq}.'),
  'refusal.no-such-event-in-ledger': define(
    ['seq', 'size'],
    'There is no event {seq}; the ledger has {size}.',
  ),
  'refusal.no-such-file-path': define(['path'], 'There is no file {path}.'),
  'refusal.no-such-founder': define(['founderId'], 'There is no founder {founderId}.'),
  'refusal.no-such-leave': define(['leaveId'], 'There is no leave {leaveId}.'),
  'refusal.no-such-ledger': define([], 'There is no ledger yet.'),
  'refusal.no-ledger-to-back-up': define(
    ['dataDir'],
    'There is no ledger in {dataDir} to back up.',
  ),
  'refusal.no-such-ledger-export': define([], 'There is no ledger to export.'),
  'refusal.no-such-livelihood-project': define(
    ['projectId'],
    'There is no livelihood project {projectId}.',
  ),
  'refusal.no-such-member': define(['memberId'], 'There is no member {memberId}.'),
  'refusal.no-such-comment-proposal': define([], 'There is no such comment on this proposal.'),
  'refusal.no-such-constituency': define([], 'There is no such constituency.'),
  'refusal.no-such-proposal': define([], 'There is no such proposal.'),
  'refusal.settings-do-not-fit-method': define(
    ['method'],
    'These settings do not fit the {method} method.',
  ),
  'refusal.token-cannot-be-created': define([], 'The token cannot be created like this.'),
  'refusal.too-many-sign-ins-account': define(
    ['retryAt'],
    'Too many failed sign-ins for this account; try again after {retryAt}.',
  ),
  'refusal.too-many-sign-ins-address': define(
    ['retryAt'],
    'Too many failed sign-ins from this address; try again after {retryAt}.',
  ),
  'refusal.event-not-valid': define(['type'], 'The {type} event is not valid.'),
  'refusal.validation-rules-cannot-be-set': define([], 'The validation rules cannot be set.'),
  'refusal.what-if-cannot-be-computed': define([], 'The what-if cannot be computed.'),
  'refusal.witness-key-changed': define(
    ['keyName'],
    'This witness already follows {keyName} under another key.',
  ),
  'refusal.witness-does-not-follow-origin': define(
    ['origin'],
    'This witness does not follow {origin}.',
  ),
  'refusal.witness-key-not-verifier': define(
    [],
    'A witness key is not a cosignature/v1 verifier key.',
  ),
  'refusal.write-changed-since-prepared': define(
    [],
    'This write no longer records the intents you signed: the DisCO changed since it was prepared.',
  ),
  'refusal.write-runs-differently-now': define(
    [],
    'This write no longer runs as it did when it was prepared.',
  ),
  'refusal.write-now-two-steps': define(
    [],
    'This write now records member events in two steps; the prepared draft covers one.',
  ),
  'refusal.write-intent-count-changed': define(
    ['mineCount', 'preparedCount'],
    'This write now records {mineCount} events for you to sign; {preparedCount} were prepared.',
  ),
  'refusal.write-prepared': define([], 'The write is prepared: sign its intents and commit it.'),
  'refusal.csrf-token-missing': define(
    ['CSRF_HEADER'],
    "A write signed in by cookie must carry the session's CSRF token in the {CSRF_HEADER} header.",
  ),
  'refusal.no-account-to-keep-keys': define(
    [],
    'You have no account on this node to keep a key with.',
  ),
  'refusal.no-account-with-password': define(
    [],
    'You have no account with a password on this node.',
  ),
  'refusal.you-have-no-delegation-scope': define([], 'You have no delegation in that scope.'),
  'refusal.kept-keys-need-re-encrypting': define(
    [],
    'Your signing keys are kept on this node encrypted under your current password.',
  ),
  // The HTTP face's own refusals: unknown routes, bodies it will not read, requests it cannot parse.
  'refusal.no-such-route': define(['method', 'path'], 'There is no route {method} {path}.'),
  'hint.routes-listed-in': define(['document'], 'The routes are listed in {document}.'),
  'refusal.no-such-deck-file': define(['path'], 'The Deck has no file {path}.'),
  'hint.reload-for-newer-deck': define(
    [],
    'The Deck may have been updated since this page was loaded: reload it.',
  ),
  'refusal.request-part-invalid': define(['location'], "The request's {location} is not valid."),
  'hint.see-what-each-parameter-accepts': define(
    ['document'],
    'See {document} for what each parameter accepts.',
  ),
  'refusal.body-too-large': define(
    ['size', 'method', 'path'],
    'The request body is larger than {size}, the most {method} {path} accepts.',
  ),
  'hint.send-smaller-body': define(
    ['setting'],
    'Send a smaller body; the node operator sets this limit with {setting}.',
  ),
  'refusal.body-not-json': define([], 'The request body is not well-formed JSON.'),
  'hint.send-well-formed-json': define(
    [],
    'Send the body as JSON with Content-Type: application/json; check quotes, commas and brackets.',
  ),
  'refusal.unsupported-media-type': define([], 'This route does not read a body of this type.'),
  'hint.send-json-media-type': define(
    [],
    'Send the body as JSON with Content-Type: application/json.',
  ),
  'refusal.server-failed': define(
    ['requestId'],
    'The server failed to answer this request. It was logged with request id {requestId}.',
  ),
  'hint.try-again-then-tell-operator': define(
    [],
    'Try again later; if it keeps failing, tell the node operator the request id.',
  ),
  // The appreciation share of a pot (CAT parameters' `appreciation`), on a member's explanation.
  'run.appreciation.shared': define(
    ['percent', 'pot', 'poolAmount', 'thanks', 'allThanks', 'amount'],
    'Appreciation: {percent}% of pot "{pot}" ({poolAmount}) shared by thanks received: {thanks} of {allThanks} thanks = {amount}',
  ),
  'run.appreciation.limited': define(
    ['percent', 'pot', 'poolAmount', 'thanks', 'allThanks', 'shareAmount', 'amount'],
    'Appreciation: {percent}% of pot "{pot}" ({poolAmount}) shared by thanks received: {thanks} of {allThanks} thanks = {shareAmount}, limited to what can be paid (open claims in the pot, within the cap) = {amount}; the rest stays in the pot',
  ),
  // Mutual credit counted as a run's income (CAT parameters' `mutualCreditIncome`).
  'run.income.mutual-credit': define(
    ['creditAmount', 'count'],
    'The income shared includes {creditAmount} received in mutual credit from federated DisCOs ({count} transfers), as the CAT parameters count it',
  ),
  // A proposal's status and outcome inside other messages, so each face says them in its language.
  'proposal.status.open': define([], 'open'),
  'proposal.status.closed': define([], 'closed'),
  'proposal.status.withdrawn': define([], 'withdrawn'),
  'proposal.outcome.passed': define([], 'passed'),
  'proposal.outcome.failed': define([], 'failed'),
  'proposal.outcome.no-quorum': define([], 'no quorum'),
  'proposal.outcome.open': define([], 'open'),
  'proposal.outcome.winner': define([], 'decided'),
  'proposal.outcome.tie': define([], 'tie'),
  'proposal.outcome.non-binding': define([], 'non-binding'),
  'proposal.outcome.none': define([], 'no outcome'),
  // Why a file could not be read, from the system's error code (never the OS's English text).
  'file.reason.not-found': define([], 'there is no such file'),
  'file.reason.no-permission': define([], 'this node may not read it'),
  'file.reason.is-directory': define([], 'it is a folder, not a file'),
  'file.reason.not-a-directory': define([], 'a part of the path is not a folder'),
  'file.reason.too-many-open': define([], 'too many files are open on this node; try again'),
  'file.reason.other': define([], 'the system refused to read it'),
  // Why a file is not a ledger export: the line's fault, the `why` of refusal.file-not-ledger-export.
  'file.export.not-json': define([], 'is not JSON'),
  'file.export.no-header': define(['format'], 'has no {format} header'),
  'file.export.header-without-size': define([], 'is a header without a whole-number size'),
  'file.export.header-without-ids': define([], 'is a header without ledgerId and nodeKey'),
  'file.export.bad-cosignatures': define(
    [],
    'holds cosignatures without origin, treeSize and lines',
  ),
  'file.export.neither-checkpoint-nor-event': define([], 'is neither a checkpoint nor an event'),
  'file.export.empty': define([], 'is missing (the file is empty)'),
  'file.export.event-not-object': define([], 'holds an event that is not an object'),
  'file.export.bad-run-state': define([], 'holds a run state without runId and state'),
  'file.export.bad-run-state-chunk': define([], 'holds a run state chunk without hash and chunk'),
  // A file that should hold JSON (CLI arguments: evidence files, parameter documents).
  'refusal.file-not-json': define(['path', 'reason'], 'Cannot read {path} as JSON: {reason}.'),
  'refusal.file-not-json-object': define(['path'], '{path} does not hold a JSON object.'),
  'file.json.empty': define([], 'the file is empty'),
  'file.json.breaks-near': define(
    ['at'],
    'it cannot be read near its character {at}; check its quotes, commas and brackets',
  ),
  'file.json.cannot-be-read': define(
    [],
    'it cannot be read; check its quotes, commas and brackets',
  ),
  'hint.give-evidence-file-alarm-printed': define(
    [],
    'Give the path of the evidence file the alarm printed.',
  ),
  'hint.see-distribution-doc-parameters': define(
    [],
    'See docs/distribution.md for an example parameter document.',
  ),
  // Why a delivery job (mail, webhook, witness submission, federation) last failed (jobs.last_error_code).
  'job.failure.no-handler': define(['kind'], 'no handler for jobs of kind {kind}'),
  'job.failure.webhook-removed': define([], 'the webhook was removed'),
  'job.failure.no-answer-within': define(['ms'], 'no answer within {ms} ms'),
  'job.failure.receiver-unreachable': define([], 'could not reach the receiver'),
  'job.failure.receiver-answered': define(['status'], 'the receiver answered {status}'),
  'job.failure.no-smtp-settings': define(
    [],
    'this server has no SMTP settings: configure mail on every server',
  ),
  'job.failure.smtp-refused': define(['status'], 'the mail server refused it ({status})'),
  'job.failure.smtp-failed': define([], 'the mail server could not be reached or failed'),
  'job.failure.consistency-proof-incomplete': define([], 'the consistency proof is incomplete'),
  'job.failure.witness-answered': define(['status'], 'the witness answered {status}'),
  'job.failure.witness-conflict-twice': define([], 'the witness answered 409 twice in a row'),
  'job.failure.witness-refused': define(
    ['witness', 'reason'],
    'the witness {witness} refused: {reason}',
  ),
  'job.failure.witness-holds-more': define(
    ['oldSize', 'size'],
    "the witness holds a cosigned checkpoint of {oldSize} events, more than this ledger's latest checkpoint ({size})",
  ),
  'job.failure.witness-status': define(['status'], 'it answered {status}'),
  'job.failure.witness-no-cosignature': define(
    [],
    'the witness answered 200 without a valid cosignature by its key',
  ),
  'job.failure.inbox-answered': define(['inbox', 'status'], '{inbox} answered {status}'),
  'job.failure.federation-not-configured': define([], 'federation is not configured on this node'),
  'job.failure.waiting-for-cosigned-checkpoint': define(
    ['seq', 'peer'],
    "waiting for a checkpoint covering event {seq} cosigned by {peer}'s witness and by as many witnesses as it requires",
  ),
  // Why another DisCO could not be read (src/app/federation/guarded-fetch.ts).
  'peer.reason.not-a-url': define(['url'], '{url} is not a URL'),
  'peer.reason.only-https': define(['url'], '{url} is refused: only https'),
  'peer.reason.cannot-resolve': define(['host'], 'cannot resolve {host}'),
  'peer.reason.private-address': define(
    ['host', 'address'],
    'refused {host}: it resolves to the private address {address}',
  ),
  'peer.reason.no-answer-in-time': define(
    ['origin', 'ms'],
    '{origin} did not answer within {ms} ms',
  ),
  'peer.reason.unreachable': define(['origin'], '{origin} could not be reached'),
  'peer.reason.redirected-too-often': define(['origin'], '{origin} redirected too often'),
  'peer.reason.declared-too-large': define(
    ['origin', 'bytes', 'max'],
    '{origin} answered {bytes} bytes, more than the {max} read',
  ),
  'peer.reason.sent-too-much': define(
    ['origin', 'max'],
    '{origin} sent more than the {max} bytes read',
  ),
  'peer.reason.unfinished': define(
    ['origin', 'ms'],
    '{origin} did not finish answering within {ms} ms',
  ),
  'peer.reason.broke-off': define(['origin'], '{origin} broke off its answer'),
  'peer.reason.answered-status': define(['url', 'status'], '{url} answered {status}'),
  'peer.reason.not-json': define(['url'], '{url} answered something that is not JSON'),
  'peer.reason.no-actor-in-webfinger': define([], 'its WebFinger names no ActivityPub actor'),
  'peer.reason.actor-lacks-inbox': define([], 'its actor document lacks an id or an inbox'),
  'peer.reason.actor-other-id': define([], 'its actor document names another id'),
  // Why a ledger does not verify, by the verifier's fault kind (src/core/ledger/verify.ts).
  'ledger.fault.gap': define([], 'an event is missing'),
  'ledger.fault.size-mismatch': define([], 'it holds another number of events than it says'),
  'ledger.fault.bad-format': define([], "an event is not in the ledger's format"),
  'ledger.fault.broken-link': define([], 'an event does not name the hash of the one before'),
  'ledger.fault.hash-mismatch': define([], "an event's hash does not match its content"),
  'ledger.fault.bad-genesis': define([], 'the first event is not a valid genesis'),
  'ledger.fault.header-mismatch': define([], "the file's header does not match its events"),
  'ledger.fault.bad-payload': define([], "an event's content does not fit its type"),
  'ledger.fault.bad-signature': define([], "the node's signature on an event does not verify"),
  'ledger.fault.bad-member-key': define(
    ['reason'],
    "an event's member signature uses a key that does not speak for its actor: {reason}",
  ),
  // Why a member key speaks for nobody (the reason of ledger.fault.bad-member-key).
  'ledger.member-key.unregistered': define(['key'], 'no earlier event registers key {key}'),
  'ledger.member-key.of-another-member': define(
    ['key', 'owner', 'actor'],
    'key {key} belongs to member {owner}, but the actor is {actor}',
  ),
  'ledger.member-key.on-node-event': define(
    ['key', 'owner'],
    'key {key} belongs to member {owner}, but the node itself is the actor',
  ),
  'ledger.member-key.revoked': define(['key', 'seq'], 'key {key} was revoked at event {seq}'),
  'ledger.member-key.revokes-itself': define(
    ['key'],
    'key {key} signs its own revocation, which takes effect from that very event',
  ),
  'ledger.fault.bad-member-signature': define(
    [],
    "a member's signature on an event does not verify",
  ),
  'ledger.fault.merkle-node-mismatch': define(
    [],
    'a stored node of the Merkle tree does not match the events',
  ),
  'ledger.fault.chain-head-mismatch': define(
    [],
    "the chain's recorded head does not match its last event",
  ),
  'ledger.fault.checkpoint-mismatch': define([], 'a checkpoint does not match the tree'),
  'ledger.fault.bad-checkpoint-signature': define([], "a checkpoint's signature does not verify"),
  ...FIELD_CODES,
  ...POLICY_CODES,
} as const satisfies Record<string, MessageDefinition>;

export type MessageCode = keyof typeof MESSAGE_CODES;

/** A parameter value: text, a number, a nested message, or a list of them. */
export type MessageParam = string | number | boolean | null | Message | MessageParam[];
export type MessageParams = { [name: string]: MessageParam };

/** What a face renders: a stable code and its parameters. */
export interface Message {
  code: string;
  params: MessageParams;
}

/** Whether a parameter name holds money (digit string of minor units), by the convention above. */
export const isMoneyParam = (name: string): boolean => name === 'amount' || name.endsWith('Amount');

export const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as Message).code === 'string' &&
  typeof (value as Message).params === 'object';

/**
 * A message with a known code; the parameter names are checked against the registry by the tests.
 *
 * @example message('run.limit.cap', { capAmount: '150000' })
 */
export function message(code: MessageCode, params: MessageParams = {}): Message {
  return { code, params };
}

/** Every code the server may emit, sorted: what the Deck's catalogues must cover. */
export const ALL_MESSAGE_CODES: readonly MessageCode[] = (
  Object.keys(MESSAGE_CODES) as MessageCode[]
).sort();
