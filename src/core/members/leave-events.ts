import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import { calendarDate, entityId } from './vocabulary.js';

export const MEMBER_LEAVE_RECORDED = 'member.leave-recorded';
export const MEMBER_LEAVE_ENDED = 'member.leave-ended';

/** Public and permanent like the whole ledger: "parental leave" or "sabbatical", never health details. */
export const leaveReason = z
  .string()
  .trim()
  .min(1, 'must not be empty; leave it out instead')
  .max(200, 'must be at most 200 characters');

export const memberLeaveRecordedPayload = z
  .strictObject({
    leaveId: entityId,
    memberId: entityId,
    /** The first day of leave, in the DisCO's calendar. */
    from: calendarDate,
    /** The last day of leave, inclusive; null while nobody knows when it ends. */
    to: calendarDate.nullable(),
    reason: leaveReason.nullable(),
  })
  .refine((p) => p.to === null || p.to >= p.from, {
    message: 'the last day of leave cannot be before its first day',
    path: ['to'],
  });
export type MemberLeaveRecordedPayload = z.infer<typeof memberLeaveRecordedPayload>;

export const memberLeaveEndedPayload = z.strictObject({
  leaveId: entityId,
  memberId: entityId,
  /** The leave's last day from now on, inclusive: earlier than planned, later, or its first end date. */
  lastDay: calendarDate,
});
export type MemberLeaveEndedPayload = z.infer<typeof memberLeaveEndedPayload>;

export const leaveEventDefinitions = [
  {
    type: MEMBER_LEAVE_RECORDED,
    schema: 1,
    payload: memberLeaveRecordedPayload,
    description:
      'A member is on leave from a day, to a day or open-ended; smoothing may keep part of their pay meanwhile.',
  },
  {
    type: MEMBER_LEAVE_ENDED,
    schema: 1,
    payload: memberLeaveEndedPayload,
    description:
      'A leave gets its final last day (ended early, extended, or ended when it had no end date); it can end only once.',
  },
] as const satisfies readonly EventDefinition[];
