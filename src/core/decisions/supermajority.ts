import { z } from 'zod';
import { message } from '../messages/codes.js';
import { linesInEnglish } from '../messages/render-en.js';
import {
  ballotBaseShape,
  checkBallotBase,
  participationLines,
  splitBallots,
  type Problem,
} from './ballot.js';
import {
  checkYesNoChoice,
  countYesNo,
  yesNoLine,
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
import { applyQuorum, NO_BINDING, type DecisionResult, type TallyContext } from './result.js';

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
  const lines = participationLines(split);
  let outcome: SupermajorityResult['outcome'];
  if (split.binding.length === 0) {
    outcome = 'no-quorum';
    lines.push(NO_BINDING);
  } else {
    const base =
      s.base === 'decisive' ? counts.yes + counts.no : counts.yes + counts.no + counts.abstain;
    const reaches = s.inclusive
      ? atLeastShare(counts.yes, base, s.threshold)
      : moreThanShare(counts.yes, base, s.threshold);
    outcome = reaches ? 'passed' : 'failed';
    lines.push(yesNoLine(counts));
    const needed = s.inclusive
      ? minimumCount(base, s.threshold)
      : minimumCountAbove(base, s.threshold);
    lines.push(
      base === 0
        ? message('tally.supermajority.no-base')
        : message('tally.supermajority.threshold', {
            comparison: message(
              s.inclusive ? 'tally.supermajority.at-least' : 'tally.supermajority.more-than',
            ),
            share: formatRational(s.threshold),
            base: message(
              s.base === 'decisive'
                ? 'tally.supermajority.base-decisive'
                : 'tally.supermajority.base-all',
            ),
            needed,
            total: base,
            yes: counts.yes,
            result: message(reaches ? 'tally.supermajority.passed' : 'tally.supermajority.failed'),
          }),
    );
  }
  if (split.shown.length > 0)
    lines.push(message('tally.shown-yes-no', { counts: yesNoLine(shown) }));
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
      explanation: linesInEnglish(lines),
      lines,
    },
    context,
  );
}
