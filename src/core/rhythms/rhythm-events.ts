import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import { calendarDate, entityId, slug } from '../members/vocabulary.js';
import { recurrenceProblems } from './recurrence.js';

export const RHYTHM_CREATED = 'rhythm.created';
export const RHYTHM_CHANGED = 'rhythm.changed';
export const RHYTHM_ENDED = 'rhythm.ended';
export const RHYTHM_ATTENDANCE_RECORDED = 'rhythm.attendance-recorded';
export const RHYTHM_OCCURRENCE_CREDITED = 'rhythm.occurrence-credited';
export const APPRECIATION_GIVEN = 'appreciation.given';

/** The kinds the Deck names in every language; any other slug is a kind the DisCO named itself. */
export const KNOWN_RHYTHM_KINDS = [
  'daily-check-in',
  'weekly-sprint',
  'circle-call',
  'mutual-support-call',
  'quarterly-evaluation',
] as const;

/** An instant written in UTC to the second, as gatherings are identified: `2026-03-29T07:30:00Z`. */
export const occurrenceInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'an instant written YYYY-MM-DDTHH:MM:SSZ');

/** What a rhythm is: the fields its creation and each change carry whole. */
export const rhythmDefinitionFields = {
  name: z.string().trim().min(1, 'give a name').max(120),
  /** `weekly-sprint`, `circle-call`... or a kind of the DisCO's own. */
  kind: slug,
  /** An IANA name; the DisCO's time zone unless the rhythm says otherwise. */
  timeZone: z.string().max(64),
  /** The first gathering's local start, YYYY-MM-DDTHH:MM in `timeZone`. */
  start: z.string().max(16),
  durationMinutes: z.number().int().min(5, 'at least 5 minutes').max(1440, 'at most a day'),
  /** The RFC 5545 RRULE value, without `RRULE:` (`FREQ=WEEKLY;BYDAY=TU`). */
  rrule: z.string().max(500),
  /** Gatherings that will not happen, by their local start (EXDATE). */
  exceptions: z.array(z.string().max(16)).max(500),
};

/** Adds core's recurrence problems as issues on their own fields, so a face answers 400 naming them. */
export function checkRecurrence(
  value: { start: string; timeZone: string; rrule: string; exceptions: string[] },
  ctx: z.RefinementCtx,
): void {
  for (const problem of recurrenceProblems(value))
    ctx.addIssue({ code: 'custom', message: problem.message, path: problem.field.split('.') });
}

export const rhythmCreatedPayload = z
  .strictObject({
    rhythmId: entityId,
    /** The circle it gathers, or null for the whole DisCO. */
    circleId: entityId.nullable(),
    ...rhythmDefinitionFields,
  })
  .superRefine(checkRecurrence);
export type RhythmCreatedPayload = z.infer<typeof rhythmCreatedPayload>;

export const rhythmChangedPayload = z
  .strictObject({ rhythmId: entityId, ...rhythmDefinitionFields })
  .superRefine(checkRecurrence);
export type RhythmChangedPayload = z.infer<typeof rhythmChangedPayload>;

export const rhythmEndedPayload = z.strictObject({ rhythmId: entityId });

export const rhythmAttendancePayload = z.strictObject({
  rhythmId: entityId,
  /** The gathering, by its instant. */
  occurrence: occurrenceInstant,
  /** Who took part; recording again replaces the list until the time is credited. */
  participants: z.array(entityId).max(500),
});
export type RhythmAttendancePayload = z.infer<typeof rhythmAttendancePayload>;

export const rhythmCreditedPayload = z.strictObject({
  rhythmId: entityId,
  occurrence: occurrenceInstant,
  /** The care contributions logged in the same batch, one per participant. */
  contributionIds: z.array(entityId).max(500),
});

export const appreciationGivenPayload = z
  .strictObject({
    appreciationId: entityId,
    /** Who is thanked; never the member who thanks (the event's actor). */
    memberId: entityId,
    /** The contribution thanked for, or null when it is a period of care. */
    contributionId: entityId.nullable(),
    /** A period of the member's care, inclusive, when no single contribution is meant. */
    period: z.strictObject({ from: calendarDate, to: calendarDate }).nullable(),
    /** Public, like the ledger: what the work meant to you. */
    note: z.string().trim().min(1, 'say what you thank them for').max(1000),
  })
  .refine((p) => (p.contributionId === null) !== (p.period === null), {
    message: 'thank for one contribution or for one period of care',
    path: ['contributionId'],
  })
  .refine((p) => p.period === null || p.period.to >= p.period.from, {
    message: 'the period cannot end before it starts',
    path: ['period', 'to'],
  });
export type AppreciationGivenPayload = z.infer<typeof appreciationGivenPayload>;

export const rhythmEventDefinitions = [
  {
    type: RHYTHM_CREATED,
    schema: 1,
    payload: rhythmCreatedPayload,
    description:
      'A recurring gathering of the DisCO or a circle (check-in, sprint, circle call...) is set up: an RFC 5545 RRULE from a local start in a time zone, with exceptions.',
  },
  {
    type: RHYTHM_CHANGED,
    schema: 1,
    payload: rhythmChangedPayload,
    description:
      'A rhythm gets a new definition (name, kind, time, recurrence or exceptions), carried whole.',
  },
  {
    type: RHYTHM_ENDED,
    schema: 1,
    payload: rhythmEndedPayload,
    description: 'A rhythm ends: no more gatherings from now on.',
  },
  {
    type: RHYTHM_ATTENDANCE_RECORDED,
    schema: 1,
    payload: rhythmAttendancePayload,
    description:
      'Who took part in one gathering of a rhythm; a later record replaces it until the time is credited.',
  },
  {
    type: RHYTHM_OCCURRENCE_CREDITED,
    schema: 1,
    payload: rhythmCreditedPayload,
    description:
      "A gathering's time became care contributions of its participants (logged in the same batch, waiting for validation as usual).",
  },
  {
    type: APPRECIATION_GIVEN,
    schema: 1,
    payload: appreciationGivenPayload,
    description:
      'A member thanks another for a contribution or a period of care. It moves no money (a CAT bucket for it is a later step).',
  },
] as const satisfies readonly EventDefinition[];
