import { z } from 'zod';
import { message, type Message } from '../messages/codes.js';
import { linesInEnglish } from '../messages/render-en.js';
import {
  ballotBaseShape,
  checkBallotBase,
  participationLines,
  splitBallots,
  type Counted,
  type Problem,
} from './ballot.js';
import { moreThanShare, percent, rational } from './rational.js';
import { applyQuorum, NO_BINDING, type DecisionResult, type TallyContext } from './result.js';

export const YES_NO_ABSTAIN = ['yes', 'no', 'abstain'] as const;
export type YesNoAbstain = (typeof YES_NO_ABSTAIN)[number];

export const majoritySettingsSchema = z.strictObject({});
export const majorityBallotSchema = z.strictObject({
  ...ballotBaseShape,
  choice: z.enum(YES_NO_ABSTAIN),
});

export type MajoritySettings = z.input<typeof majoritySettingsSchema>;
export type MajorityBallot = z.input<typeof majorityBallotSchema>;

/** Summed weights of yes, no and abstain. */
export interface YesNoCounts {
  yes: number;
  no: number;
  abstain: number;
}

export type MajorityResult = DecisionResult<'majority', YesNoCounts>;

/**
 * Checks that a yes/no/abstain ballot names one of the three choices.
 * @example checkYesNoChoice({ voterId: 'ana', choice: 'maybe' }) // [{ field: 'choice', … }]
 */
export function checkYesNoChoice(ballot: { choice: string }): Problem[] {
  return (YES_NO_ABSTAIN as readonly string[]).includes(ballot.choice)
    ? []
    : [
        {
          field: 'choice',
          message: `choice must be yes, no or abstain, not "${String(ballot.choice)}"`,
        },
      ];
}

/**
 * Sums the weights of each choice.
 * @example countYesNo([{ ballot: { voterId: 'a', choice: 'yes' }, weight: 2 }]) // { yes: 2, no: 0, abstain: 0 }
 */
export function countYesNo(counted: readonly Counted<{ choice: YesNoAbstain }>[]): YesNoCounts {
  const counts: YesNoCounts = { yes: 0, no: 0, abstain: 0 };
  for (const c of counted) counts[c.ballot.choice] += c.weight;
  return counts;
}

/**
 * Lists every problem with a simple-majority ballot; an empty list means it is valid.
 * @example validateMajorityBallot({}, { voterId: 'ana', choice: 'yes' }) // []
 */
export function validateMajorityBallot(
  _settings: MajoritySettings,
  ballot: MajorityBallot,
): Problem[] {
  return [...checkBallotBase(ballot), ...checkYesNoChoice(ballot)];
}

/**
 * Simple majority: passes when yes outweighs no. Abstentions count as taking part but not in the
 * ratio, so abstaining never works as a hidden "no". An even split fails: a proposal needs more
 * than half of the decisive votes.
 * @example
 * tallyMajority({}, [
 *   { voterId: 'ana', choice: 'yes' },
 *   { voterId: 'bo', choice: 'no' },
 *   { voterId: 'cy', choice: 'yes' },
 * ]).outcome // 'passed'
 */
export function tallyMajority(
  settings: MajoritySettings,
  ballots: readonly MajorityBallot[],
  context?: TallyContext,
): MajorityResult {
  majoritySettingsSchema.parse(settings);
  const split = splitBallots(ballots, checkYesNoChoice);
  const counts = countYesNo(split.binding);
  const shown = countYesNo(split.shown);
  const lines = participationLines(split);
  let outcome: MajorityResult['outcome'];
  if (split.binding.length === 0) {
    outcome = 'no-quorum';
    lines.push(NO_BINDING);
  } else {
    const decisive = counts.yes + counts.no;
    lines.push(yesNoLine(counts));
    outcome = moreThanShare(counts.yes, decisive, rational(1, 2)) ? 'passed' : 'failed';
    if (decisive === 0) lines.push(message('tally.majority.all-abstained'));
    else if (counts.yes === counts.no) lines.push(message('tally.majority.even'));
    else
      lines.push(
        message(outcome === 'passed' ? 'tally.majority.passed' : 'tally.majority.failed', {
          share: percent(counts.yes, decisive),
        }),
      );
  }
  if (split.shown.length > 0)
    lines.push(message('tally.shown-yes-no', { counts: yesNoLine(shown) }));
  return applyQuorum(
    {
      method: 'majority',
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

/**
 * The same line as a code and its parameters.
 * @example yesNoLine({ yes: 5, no: 3, abstain: 1 }).code // 'tally.yes-no'
 */
export function yesNoLine(c: YesNoCounts): Message {
  return message('tally.yes-no', { yes: c.yes, no: c.no, abstain: c.abstain });
}
