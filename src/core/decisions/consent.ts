import { z } from 'zod';
import { message } from '../messages/codes.js';
import { linesInEnglish } from '../messages/render-en.js';
import {
  ballotBaseShape,
  checkBallotBase,
  participationLines,
  splitBallots,
  type Counted,
  type Problem,
} from './ballot.js';
import {
  checkObjection,
  collectObjections,
  objectionLines,
  objectionStatusSchema,
  weighObjections,
  type ObjectionNote,
} from './objection.js';
import { applyQuorum, NO_BINDING, type DecisionResult, type TallyContext } from './result.js';

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
  const lines = participationLines(split);
  let outcome: ConsentResult['outcome'];
  if (split.binding.length === 0) {
    outcome = 'no-quorum';
    lines.push(NO_BINDING);
  } else {
    lines.push(
      message('tally.consent.counts', {
        consent: counts.consent,
        standing: counts.objectionsStanding,
        withdrawn: counts.objectionsWithdrawn,
        resolved: counts.objectionsResolved,
      }),
    );
    lines.push(...objectionLines(counts.objections, 'objection'));
    const standing = counts.objections.filter((o) => o.status === 'standing').length;
    outcome = standing === 0 ? 'passed' : 'failed';
    lines.push(
      standing === 0
        ? message('tally.consent.passes')
        : standing === 1
          ? message('tally.consent.one-stands')
          : message('tally.consent.many-stand', { count: standing }),
    );
  }
  if (split.shown.length > 0) {
    lines.push(
      message('tally.consent.shown', {
        consent: shown.consent,
        standing: shown.objectionsStanding,
      }),
    );
    lines.push(...objectionLines(shown.objections, 'non-binding-objection'));
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
      explanation: linesInEnglish(lines),
      lines,
    },
    context,
  );
}
