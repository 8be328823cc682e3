/**
 * Decision methods: pure tallies of ballots under a method's settings.
 *
 * Every ballot has a `voterId`, a `weight` (positive integer, default 1) and a `binding` flag
 * (default true). Constituency weighting is the caller's job: give each ballot the weight of its
 * constituency (and check participation with `checkQuorum`, passing the report as
 * `context.quorum`). Non-binding ballots (daters in stages 1 and 2) are counted in `shown` and
 * never decide. Invalid ballots are set aside and reported, never silently counted.
 */
import type { Problem } from './ballot.js';
import {
  approvalBallotSchema,
  approvalSettingsSchema,
  tallyApproval,
  validateApprovalBallot,
  type ApprovalBallot,
  type ApprovalResult,
  type ApprovalSettings,
} from './approval.js';
import {
  consensusBallotSchema,
  consensusSettingsSchema,
  tallyConsensus,
  validateConsensusBallot,
  type ConsensusBallot,
  type ConsensusResult,
  type ConsensusSettings,
} from './consensus.js';
import {
  consentBallotSchema,
  consentSettingsSchema,
  tallyConsent,
  validateConsentBallot,
  type ConsentBallot,
  type ConsentResult,
  type ConsentSettings,
} from './consent.js';
import {
  dotVoteBallotSchema,
  dotVoteSettingsSchema,
  tallyDotVote,
  validateDotVoteBallot,
  type DotVoteBallot,
  type DotVoteResult,
  type DotVoteSettings,
} from './dot-vote.js';
import { tallyIrv, validateIrvBallot, type IrvResult } from './irv.js';
import {
  lazyConsensusBallotSchema,
  lazyConsensusSettingsSchema,
  tallyLazyConsensus,
  validateLazyConsensusBallot,
  type LazyConsensusBallot,
  type LazyConsensusResult,
  type LazyConsensusSettings,
} from './lazy-consensus.js';
import {
  majorityBallotSchema,
  majoritySettingsSchema,
  tallyMajority,
  validateMajorityBallot,
  type MajorityBallot,
  type MajorityResult,
  type MajoritySettings,
} from './majority.js';
import {
  meetingPollBallotSchema,
  meetingPollSettingsSchema,
  tallyMeetingPoll,
  validateMeetingPollBallot,
  type MeetingPollBallot,
  type MeetingPollResult,
  type MeetingPollSettings,
} from './meeting-poll.js';
import {
  rankedBallotSchema,
  rankedSettingsSchema,
  type RankedBallot,
  type RankedSettings,
} from './ranked.js';
import { METHODS, type Method, type TallyContext } from './result.js';
import { tallySchulze, validateSchulzeBallot, type SchulzeResult } from './schulze.js';
import {
  scoreBallotSchema,
  scoreSettingsSchema,
  tallyScore,
  validateScoreBallot,
  type ScoreBallot,
  type ScoreResult,
  type ScoreSettings,
} from './score.js';
import {
  senseCheckBallotSchema,
  senseCheckSettingsSchema,
  tallySenseCheck,
  validateSenseCheckBallot,
  type SenseCheckBallot,
  type SenseCheckResult,
  type SenseCheckSettings,
} from './sense-check.js';
import {
  supermajorityBallotSchema,
  supermajoritySettingsSchema,
  tallySupermajority,
  validateSupermajorityBallot,
  type SupermajorityBallot,
  type SupermajorityResult,
  type SupermajoritySettings,
} from './supermajority.js';

export * from './approval.js';
export * from './ballot.js';
export * from './consensus.js';
export * from './consent.js';
export * from './dot-vote.js';
export * from './irv.js';
export * from './lazy-consensus.js';
export * from './majority.js';
export * from './meeting-poll.js';
export * from './objection.js';
export * from './options.js';
export * from './quorum.js';
export * from './ranked.js';
export * from './rational.js';
export * from './result.js';
export * from './schulze.js';
export * from './score.js';
export * from './sense-check.js';
export * from './supermajority.js';

/** Settings, ballot and result types of each method, for the typed dispatcher. */
export interface MethodTypes {
  'sense-check': {
    settings: SenseCheckSettings;
    ballot: SenseCheckBallot;
    result: SenseCheckResult;
  };
  'lazy-consensus': {
    settings: LazyConsensusSettings;
    ballot: LazyConsensusBallot;
    result: LazyConsensusResult;
  };
  consent: { settings: ConsentSettings; ballot: ConsentBallot; result: ConsentResult };
  consensus: { settings: ConsensusSettings; ballot: ConsensusBallot; result: ConsensusResult };
  majority: { settings: MajoritySettings; ballot: MajorityBallot; result: MajorityResult };
  supermajority: {
    settings: SupermajoritySettings;
    ballot: SupermajorityBallot;
    result: SupermajorityResult;
  };
  approval: { settings: ApprovalSettings; ballot: ApprovalBallot; result: ApprovalResult };
  score: { settings: ScoreSettings; ballot: ScoreBallot; result: ScoreResult };
  'dot-vote': { settings: DotVoteSettings; ballot: DotVoteBallot; result: DotVoteResult };
  irv: { settings: RankedSettings; ballot: RankedBallot; result: IrvResult };
  schulze: { settings: RankedSettings; ballot: RankedBallot; result: SchulzeResult };
  'meeting-poll': {
    settings: MeetingPollSettings;
    ballot: MeetingPollBallot;
    result: MeetingPollResult;
  };
}

/** Any method's result; narrow on `method` (or on `kind`: decision, choice, non-binding). */
export type TallyResult = MethodTypes[Method]['result'];

type Tally<M extends Method> = (
  settings: MethodTypes[M]['settings'],
  ballots: readonly MethodTypes[M]['ballot'][],
  context?: TallyContext,
) => MethodTypes[M]['result'];
type Validate<M extends Method> = (
  settings: MethodTypes[M]['settings'],
  ballot: MethodTypes[M]['ballot'],
) => Problem[];

const tallies: { [M in Method]: Tally<M> } = {
  'sense-check': tallySenseCheck,
  'lazy-consensus': tallyLazyConsensus,
  consent: tallyConsent,
  consensus: tallyConsensus,
  majority: tallyMajority,
  supermajority: tallySupermajority,
  approval: tallyApproval,
  score: tallyScore,
  'dot-vote': tallyDotVote,
  irv: tallyIrv,
  schulze: tallySchulze,
  'meeting-poll': tallyMeetingPoll,
};

const validators: { [M in Method]: Validate<M> } = {
  'sense-check': validateSenseCheckBallot,
  'lazy-consensus': validateLazyConsensusBallot,
  consent: validateConsentBallot,
  consensus: validateConsensusBallot,
  majority: validateMajorityBallot,
  supermajority: validateSupermajorityBallot,
  approval: validateApprovalBallot,
  score: validateScoreBallot,
  'dot-vote': validateDotVoteBallot,
  irv: validateIrvBallot,
  schulze: validateSchulzeBallot,
  'meeting-poll': validateMeetingPollBallot,
};

/** The zod schemas of each method's settings and ballots, for the HTTP layer to parse requests with. */
export const schemas = {
  'sense-check': { settings: senseCheckSettingsSchema, ballot: senseCheckBallotSchema },
  'lazy-consensus': { settings: lazyConsensusSettingsSchema, ballot: lazyConsensusBallotSchema },
  consent: { settings: consentSettingsSchema, ballot: consentBallotSchema },
  consensus: { settings: consensusSettingsSchema, ballot: consensusBallotSchema },
  majority: { settings: majoritySettingsSchema, ballot: majorityBallotSchema },
  supermajority: { settings: supermajoritySettingsSchema, ballot: supermajorityBallotSchema },
  approval: { settings: approvalSettingsSchema, ballot: approvalBallotSchema },
  score: { settings: scoreSettingsSchema, ballot: scoreBallotSchema },
  'dot-vote': { settings: dotVoteSettingsSchema, ballot: dotVoteBallotSchema },
  irv: { settings: rankedSettingsSchema, ballot: rankedBallotSchema },
  schulze: { settings: rankedSettingsSchema, ballot: rankedBallotSchema },
  'meeting-poll': { settings: meetingPollSettingsSchema, ballot: meetingPollBallotSchema },
} as const satisfies Record<Method, { settings: unknown; ballot: unknown }>;

/**
 * Tallies ballots with the named method. Pure: the same settings, ballots and context always give
 * the same result, whatever order the ballots come in. Settings that fail their schema throw a
 * ZodError (a configuration mistake); invalid ballots are set aside and reported in the result.
 * @example
 * const result = tally('majority', {}, [
 *   { voterId: 'ana', choice: 'yes' },
 *   { voterId: 'bo', choice: 'no', weight: 1 },
 *   { voterId: 'dan', choice: 'no', binding: false }, // a dater: shown, not binding
 *   { voterId: 'cy', choice: 'yes' },
 * ]);
 * result.outcome // 'passed'; result.shown.no === 1
 */
export function tally<M extends Method>(
  method: M,
  settings: MethodTypes[M]['settings'],
  ballots: readonly MethodTypes[M]['ballot'][],
  context?: TallyContext,
): MethodTypes[M]['result'] {
  const run = tallies[method] as Tally<M> | undefined;
  if (!run) throw new RangeError(`unknown decision method "${String(method)}"`);
  return run(settings, ballots, context);
}

/**
 * Lists every problem with one ballot under the named method's settings; an empty list means it
 * would be counted. For giving a voter feedback before the tally.
 * @example
 * validateBallot('consent', {}, { voterId: 'bo', response: 'object' })
 * // [{ field: 'reason', message: 'an objection needs a reason' }]
 */
export function validateBallot<M extends Method>(
  method: M,
  settings: MethodTypes[M]['settings'],
  ballot: MethodTypes[M]['ballot'],
): Problem[] {
  const run = validators[method] as Validate<M> | undefined;
  if (!run) throw new RangeError(`unknown decision method "${String(method)}"`);
  return run(settings, ballot);
}

/**
 * Whether a string names a supported method, for narrowing input from outside.
 * @example isMethod('schulze') // true
 */
export function isMethod(name: string): name is Method {
  return (METHODS as readonly string[]).includes(name);
}
