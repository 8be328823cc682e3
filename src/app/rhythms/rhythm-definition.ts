import type { Message } from '../../core/messages/codes.js';
import { z } from 'zod';
import { recurrenceProblems } from '../../core/rhythms/recurrence.js';
import { rhythmDefinitionFields } from '../../core/rhythms/rhythm-events.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import { readDiscoProfile } from '../read-disco-profile.js';

/** A rhythm's definition as faces send it; the time zone defaults to the DisCO's. */
export const rhythmDefinitionInput = {
  ...rhythmDefinitionFields,
  timeZone: rhythmDefinitionFields.timeZone.optional(),
  exceptions: rhythmDefinitionFields.exceptions.default([]),
};

type ParsedDefinition = z.output<z.ZodObject<typeof rhythmDefinitionInput>>;

/**
 * The definition with its time zone filled in, or a 400 naming each field whose recurrence is
 * wrong (`rrule`, `timeZone`, `start`, `exceptions.N`).
 *
 * @example const whole = await checkedDefinition(ctx, parsed, 'The rhythm cannot be created.');
 */
export async function checkedDefinition(
  ctx: AppContext,
  parsed: ParsedDefinition,
  message: Message,
): Promise<ParsedDefinition & { timeZone: string }> {
  const timeZone = parsed.timeZone ?? (await readDiscoProfile(ctx))?.timeZone ?? 'UTC';
  const whole = {
    name: parsed.name,
    kind: parsed.kind,
    timeZone,
    start: parsed.start,
    durationMinutes: parsed.durationMinutes,
    rrule: parsed.rrule,
    exceptions: parsed.exceptions,
  };
  const problems = recurrenceProblems(whole);
  if (problems.length > 0) throw invalid(message, problems, refusal('hint.rrule-looks-like'));
  return whole;
}
