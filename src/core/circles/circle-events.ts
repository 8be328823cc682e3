import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import { calendarDate, entityId, slug } from '../members/vocabulary.js';

export const CIRCLE_CREATED = 'circle.created';
export const CIRCLE_JOINED = 'circle.joined';
export const CIRCLE_LEFT = 'circle.left';
export const CIRCLE_STEWARD_APPOINTED = 'circle.steward-appointed';
export const CIRCLE_STEWARDSHIP_ENDED = 'circle.stewardship-ended';

export const circleCreatedPayload = z.strictObject({
  circleId: entityId,
  slug,
  name: z.string().trim().min(1).max(120),
  purpose: z.string().trim().min(1).max(2000),
  /** Members may join an open circle themselves; a closed one only through its stewards. */
  open: z.boolean(),
});
export type CircleCreatedPayload = z.infer<typeof circleCreatedPayload>;

export const circleMembershipPayload = z.strictObject({ circleId: entityId, memberId: entityId });
export type CircleMembershipPayload = z.infer<typeof circleMembershipPayload>;

export const stewardAppointedPayload = z.strictObject({
  circleId: entityId,
  memberId: entityId,
  termStart: calendarDate,
  termEnd: calendarDate,
});
export type StewardAppointedPayload = z.infer<typeof stewardAppointedPayload>;

export const stewardshipEndReason = z.enum([
  'rotation',
  'stepped-down',
  'left-circle',
  'left-disco',
]);

export const stewardshipEndedPayload = z.strictObject({
  circleId: entityId,
  memberId: entityId,
  reason: stewardshipEndReason,
});
export type StewardshipEndedPayload = z.infer<typeof stewardshipEndedPayload>;

export const circleEventDefinitions = [
  {
    type: CIRCLE_CREATED,
    schema: 1,
    payload: circleCreatedPayload,
    description:
      'A working circle (livelihood, love, care, finance, tech...) is created with its purpose.',
  },
  {
    type: CIRCLE_JOINED,
    schema: 1,
    payload: circleMembershipPayload,
    description: 'A member joins a working circle.',
  },
  {
    type: CIRCLE_LEFT,
    schema: 1,
    payload: circleMembershipPayload,
    description: 'A member leaves a working circle.',
  },
  {
    type: CIRCLE_STEWARD_APPOINTED,
    schema: 1,
    payload: stewardAppointedPayload,
    description: 'A circle member becomes one of its stewards for a term (first and last day).',
  },
  {
    type: CIRCLE_STEWARDSHIP_ENDED,
    schema: 1,
    payload: stewardshipEndedPayload,
    description:
      'A stewardship ends before its term runs out: rotation, stepping down, or leaving.',
  },
] as const satisfies readonly EventDefinition[];
