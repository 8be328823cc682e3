import { z } from 'zod';
import {
  ballotBaseShape,
  checkBallotBase,
  describeParticipation,
  splitBallots,
  type Counted,
  type Problem,
} from './ballot.js';
import {
  checkObjection,
  collectObjections,
  describeObjections,
  objectionStatusSchema,
  weighObjections,
  type ObjectionNote,
} from './objection.js';
import {
  applyQuorum,
  NO_BINDING_BALLOTS,
  type DecisionResult,
  type TallyContext,
} from './result.js';

export const consentSettingsSchema = z.strictObject({});

export const consentBallotSchema = z
  .strictObject({
    ...ballotBaseShape,
    response: z.enum(['consent', 'object']),
    /** Required for an objection: what harm it would do or what it misses. */
    reason: z.string().optional(),
    /** Objections only; a new objection stands until withdrawn or resolved. */
    status: objectionStatusSchema.default('standing'),
    /** How an objection was resolved, e.g. "amended: review after 3 months". */
    resolution: z.string().optional(),
  })
  .superRefine((b, ctx) => {
    if (b.response === 'object' && (b.reason ?? '').trim() === '')
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'an objection needs a reason' });
  });

export type ConsentSettings = z.input<typeof consentSettingsSchema>;
export type ConsentBallot = z.input<typeof consentBallotSchema>;

export interface ConsentCounts {
  consent: number;
  objectionsStanding: number;
  objectionsWithdrawn: number;
  objectionsResolved: number;
  /** Every objection, lifted or not, sorted by voter. */
  objections: ObjectionNote[];
}

export type ConsentResult = DecisionResult<'consent', ConsentCounts>;

function check(ballot: ConsentBallot): Problem[] {
  if (ballot.response === 'consent') return [];
  if (ballot.response === 'object') return checkObjection(ballot, 'an objection');
  return [{ field: 'response', message: 'response must be consent or object' }];
}

function count(counted: readonly Counted<ConsentBallot>[]): ConsentCounts {
  const objections = collectObjections(counted, (b) => b.response === 'object');
  const w = weighObjections(objections);
  const consent = counted.reduce(
    (sum, c) => sum + (c.ballot.response === 'consent' ? c.weight : 0),
    0,
  );
  return {
    consent,
    objectionsStanding: w.standing,
    objectionsWithdrawn: w.withdrawn,
    objectionsResolved: w.resolved,
    objections,
  };
}

/**
 * Lists every problem with a consent ballot (an objection without a reason, an unknown response).
 * @example validateConsentBallot({}, { voterId: 'bo', response: 'object' }) // [{ field: 'reason', … }]
 */
export function validateConsentBallot(
  _settings: ConsentSettings,
  ballot: ConsentBallot,
): Problem[] {
  return [...checkBallotBase(ballot), ...check(ballot)];
}

/**
 * Consent: passes when no binding objection stands, however many consent. An objection counts
 * whatever its weight, because consent asks whether anyone sees harm, not how many.
 * @example
 * tallyConsent({}, [
 *   { voterId: 'ana', response: 'consent' },
 *   { voterId: 'bo', response: 'object', reason: 'no budget', status: 'resolved' },
 * ]).outcome // 'passed'
 */
export function tallyConsent(
  settings: ConsentSettings,
  ballots: readonly ConsentBallot[],
  context?: TallyContext,
): ConsentResult {
  consentSettingsSchema.parse(settings);
  const split = splitBallots(ballots, check);
  const counts = count(split.binding);
  const shown = count(split.shown);
  const explanation = describeParticipation(split);
  let outcome: ConsentResult['outcome'];
  if (split.binding.length === 0) {
    outcome = 'no-quorum';
    explanation.push(NO_BINDING_BALLOTS);
  } else {
    explanation.push(
      `Consent ${counts.consent}; objections standing ${counts.objectionsStanding}, withdrawn ${counts.objectionsWithdrawn}, resolved ${counts.objectionsResolved}.`,
    );
    explanation.push(...describeObjections(counts.objections, 'Objection'));
    const standing = counts.objections.filter((o) => o.status === 'standing').length;
    outcome = standing === 0 ? 'passed' : 'failed';
    explanation.push(
      standing === 0
        ? 'No objection stands: the proposal passes.'
        : `${standing === 1 ? 'An objection stands' : `${standing} objections stand`}: the proposal does not pass until ${standing === 1 ? 'it is' : 'they are'} resolved or withdrawn.`,
    );
  }
  if (split.shown.length > 0) {
    explanation.push(
      `Shown, not binding: consent ${shown.consent}, objections standing ${shown.objectionsStanding}.`,
    );
    explanation.push(...describeObjections(shown.objections, 'Non-binding objection'));
  }
  return applyQuorum(
    {
      method: 'consent',
      kind: 'decision',
      outcome,
      winners: [],
      counts,
      shown,
      participation: split.participation,
      setAside: split.setAside,
      explanation,
    },
    context,
  );
}
