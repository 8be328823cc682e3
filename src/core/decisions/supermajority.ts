import { z } from 'zod';
import {
  ballotBaseShape,
  checkBallotBase,
  describeParticipation,
  splitBallots,
  type Problem,
} from './ballot.js';
import {
  checkYesNoChoice,
  countYesNo,
  describeYesNo,
  YES_NO_ABSTAIN,
  type YesNoCounts,
} from './majority.js';
import {
  atLeastShare,
  formatRational,
  minimumCount,
  minimumCountAbove,
  moreThanShare,
  rationalSchema,
} from './rational.js';
import {
  applyQuorum,
  NO_BINDING_BALLOTS,
  type DecisionResult,
  type TallyContext,
} from './result.js';

export const supermajoritySettingsSchema = z.strictObject({
  /** Share of yes needed, as an exact fraction. */
  threshold: rationalSchema.default({ numerator: 2, denominator: 3 }),
  /** "At least" the threshold (true, the usual reading of "two thirds") or "more than" it. */
  inclusive: z.boolean().default(true),
  /**
   * What the share is taken of: `decisive` = yes + no (abstentions only count as taking part);
   * `cast` = yes + no + abstain, the stricter "two thirds of votes cast" some bylaws use.
   */
  base: z.enum(['decisive', 'cast']).default('decisive'),
});

export const supermajorityBallotSchema = z.strictObject({
  ...ballotBaseShape,
  choice: z.enum(YES_NO_ABSTAIN),
});

export type SupermajoritySettings = z.input<typeof supermajoritySettingsSchema>;
export type SupermajorityBallot = z.input<typeof supermajorityBallotSchema>;
export type SupermajorityResult = DecisionResult<'supermajority', YesNoCounts>;

/**
 * Lists every problem with a supermajority ballot; an empty list means it is valid.
 * @example validateSupermajorityBallot({}, { voterId: 'ana', choice: 'no' }) // []
 */
export function validateSupermajorityBallot(
  _settings: SupermajoritySettings,
  ballot: SupermajorityBallot,
): Problem[] {
  return [...checkBallotBase(ballot), ...checkYesNoChoice(ballot)];
}

/**
 * Supermajority: passes when yes reaches the threshold share. The comparison is yes × denominator
 * against numerator × base in integers, so 2 of 3 meets 2/3 exactly.
 * @example
 * tallySupermajority({ threshold: { numerator: 2, denominator: 3 } }, [
 *   { voterId: 'ana', choice: 'yes' },
 *   { voterId: 'bo', choice: 'yes' },
 *   { voterId: 'cy', choice: 'no' },
 * ]).outcome // 'passed'
 */
export function tallySupermajority(
  settings: SupermajoritySettings,
  ballots: readonly SupermajorityBallot[],
  context?: TallyContext,
): SupermajorityResult {
  const s = supermajoritySettingsSchema.parse(settings);
  const split = splitBallots(ballots, checkYesNoChoice);
  const counts = countYesNo(split.binding);
  const shown = countYesNo(split.shown);
  const explanation = describeParticipation(split);
  let outcome: SupermajorityResult['outcome'];
  if (split.binding.length === 0) {
    outcome = 'no-quorum';
    explanation.push(NO_BINDING_BALLOTS);
  } else {
    const base =
      s.base === 'decisive' ? counts.yes + counts.no : counts.yes + counts.no + counts.abstain;
    const reaches = s.inclusive
      ? atLeastShare(counts.yes, base, s.threshold)
      : moreThanShare(counts.yes, base, s.threshold);
    outcome = reaches ? 'passed' : 'failed';
    explanation.push(describeYesNo(counts));
    const of =
      s.base === 'decisive' ? 'of yes and no votes' : 'of all votes cast, abstentions included';
    const needed = s.inclusive
      ? minimumCount(base, s.threshold)
      : minimumCountAbove(base, s.threshold);
    explanation.push(
      base === 0
        ? 'No votes count towards the threshold, so the proposal cannot pass.'
        : `Threshold: ${s.inclusive ? 'at least' : 'more than'} ${formatRational(s.threshold)} ${of}, i.e. ${needed} of ${base}; yes has ${counts.yes}: the proposal ${outcome}.`,
    );
  }
  if (split.shown.length > 0) explanation.push(`Shown, not binding: ${describeYesNo(shown)}`);
  return applyQuorum(
    {
      method: 'supermajority',
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
