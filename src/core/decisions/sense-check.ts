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
import { optionsSchema } from './options.js';
import { percent } from './rational.js';
import type { NonBindingResult, TallyContext } from './result.js';

export const senseCheckSettingsSchema = z.strictObject({
  /** The responses offered, in the order shown. */
  options: optionsSchema.default(['agree', 'unsure', 'disagree']),
});

export const senseCheckBallotSchema = z.strictObject({
  ...ballotBaseShape,
  response: z.string().min(1),
  comment: z.string().optional(),
});

export type SenseCheckSettings = z.input<typeof senseCheckSettingsSchema>;
export type SenseCheckBallot = z.input<typeof senseCheckBallotSchema>;

export interface SenseCheckCounts {
  /** Summed weight per response, every offered response present. */
  responses: Record<string, number>;
}

export type SenseCheckResult = NonBindingResult<'sense-check', SenseCheckCounts>;

function checker(options: readonly string[]) {
  return (ballot: SenseCheckBallot): Problem[] =>
    options.includes(ballot.response)
      ? []
      : [
          {
            field: 'response',
            message: `"${String(ballot.response)}" is not one of the responses offered (${options.join(', ')})`,
          },
        ];
}

function count(
  options: readonly string[],
  counted: readonly Counted<SenseCheckBallot>[],
): SenseCheckCounts {
  const responses: Record<string, number> = Object.fromEntries(options.map((o) => [o, 0]));
  for (const c of counted)
    responses[c.ballot.response] = (responses[c.ballot.response] ?? 0) + c.weight;
  return { responses };
}

function describe(options: readonly string[], counts: SenseCheckCounts): Message[] {
  const total = options.reduce((sum, o) => sum + (counts.responses[o] ?? 0), 0);
  return options.map((o) =>
    message('tally.sense-check.response', {
      option: o,
      count: counts.responses[o] ?? 0,
      share: percent(counts.responses[o] ?? 0, total),
    }),
  );
}

/**
 * Lists every problem with a sense-check ballot; an empty list means it is valid.
 * @example validateSenseCheckBallot({}, { voterId: 'ana', response: 'agree' }) // []
 */
export function validateSenseCheckBallot(
  settings: SenseCheckSettings,
  ballot: SenseCheckBallot,
): Problem[] {
  const s = senseCheckSettingsSchema.parse(settings);
  return [...checkBallotBase(ballot), ...checker(s.options)(ballot)];
}

/**
 * Sense check: reports how the responses are spread and never passes or fails anything, so the
 * outcome is always `non-binding` (a quorum report does not change that either).
 * @example
 * tallySenseCheck({}, [{ voterId: 'ana', response: 'agree' }, { voterId: 'bo', response: 'unsure' }]).counts.responses
 * // { agree: 1, unsure: 1, disagree: 0 }
 */
export function tallySenseCheck(
  settings: SenseCheckSettings,
  ballots: readonly SenseCheckBallot[],
  _context?: TallyContext,
): SenseCheckResult {
  const s = senseCheckSettingsSchema.parse(settings);
  const split = splitBallots(ballots, checker(s.options));
  const counts = count(s.options, split.binding);
  const shown = count(s.options, split.shown);
  const lines = participationLines(split);
  lines.push(message('tally.sense-check.responses', { counts: describe(s.options, counts) }));
  if (split.shown.length > 0)
    lines.push(message('tally.shown', { counts: describe(s.options, shown) }));
  lines.push(message('tally.sense-check.note'));
  return {
    method: 'sense-check',
    kind: 'non-binding',
    outcome: 'non-binding',
    winners: [],
    counts,
    shown,
    participation: split.participation,
    setAside: split.setAside,
    explanation: linesInEnglish(lines),
    lines,
  };
}
