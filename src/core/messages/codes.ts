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
 *   "A, B and C", and `paths` (Schulze's path comparisons) reads "a; b";
 * - anything else (dates, pot names, counts) is shown as it is.
 * Codes are never renamed or reused: recorded runs carry them inside hashed events.
 */

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
  'flow.source.other': define(['source'], '{source}'),
  'flow.income': define(['period'], 'Income of {period} (net of fees)'),
  'flow.bucket': define(['bucket'], '{bucket}'),
  'flow.pot': define(['pot'], '{pot}'),
  'flow.member': define(['memberId'], '{memberId}'),
  'flow.retained': define(['bucket'], 'Retained in {bucket}'),
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
