import { z } from 'zod';
import type { EventDefinition } from '../ledger/event-catalog.js';
import {
  calendarDate,
  displayName,
  entityId,
  levelState,
  membershipDecision,
} from './vocabulary.js';

/*
 * The ledger is public and can never be edited, so these payloads hold no personal data: no
 * email, no legal name, no address. A member is an id and the name they chose to be shown by;
 * sign-in and contact details live off-ledger in the accounts tables, where they can be erased.
 */

export const MEMBER_ADDED = 'member.added';
export const MEMBER_LEVEL_CHANGED = 'member.level-changed';
export const MEMBER_LEFT = 'member.left';
export const MEMBER_RETURNED = 'member.returned';
export const MEMBER_CONSTITUENCY_JOINED = 'member.constituency-joined';
export const MEMBER_CONSTITUENCY_LEFT = 'member.constituency-left';
export const MEMBER_MENTOR_ASSIGNED = 'member.mentor-assigned';
export const MEMBER_MENTOR_REMOVED = 'member.mentor-removed';
export const MEMBER_MILESTONE_RECORDED = 'member.milestone-recorded';
export const MEMBER_COMMITMENT_RECORDED = 'member.commitment-recorded';
export const MEMBER_KEY_REGISTERED = 'member.key-registered';
export const MEMBER_KEY_REVOKED = 'member.key-revoked';

const publicKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'an Ed25519 public key, 32 bytes in base64url');

export const memberAddedPayload = z.strictObject({
  memberId: entityId,
  displayName,
  founder: z.boolean(),
  /** Null for people who are not worker-members (clients, supporters, community members). */
  level: levelState.nullable(),
  constituencyIds: z.array(entityId).min(1, 'a member belongs to at least one constituency'),
  decision: membershipDecision,
});
export type MemberAddedPayload = z.infer<typeof memberAddedPayload>;

export const memberLevelChangedPayload = z.strictObject({
  memberId: entityId,
  level: levelState,
  decision: membershipDecision,
});
export type MemberLevelChangedPayload = z.infer<typeof memberLevelChangedPayload>;

export const memberLeftPayload = z.strictObject({
  memberId: entityId,
  decision: membershipDecision,
});
export type MemberLeftPayload = z.infer<typeof memberLeftPayload>;

export const memberReturnedPayload = z.strictObject({
  memberId: entityId,
  level: levelState.nullable(),
  decision: membershipDecision,
});
export type MemberReturnedPayload = z.infer<typeof memberReturnedPayload>;

export const memberConstituencyPayload = z.strictObject({
  memberId: entityId,
  constituencyId: entityId,
});
export type MemberConstituencyPayload = z.infer<typeof memberConstituencyPayload>;

export const memberMentorPayload = z.strictObject({ memberId: entityId, mentorId: entityId });
export type MemberMentorPayload = z.infer<typeof memberMentorPayload>;

export const memberMilestoneRecordedPayload = z.strictObject({
  memberId: entityId,
  milestoneId: entityId,
  title: z.string().trim().min(1).max(200),
  date: calendarDate,
});
export type MemberMilestoneRecordedPayload = z.infer<typeof memberMilestoneRecordedPayload>;

export const memberCommitmentRecordedPayload = z.strictObject({
  memberId: entityId,
  statement: z.string().trim().min(1).max(10_000),
});
export type MemberCommitmentRecordedPayload = z.infer<typeof memberCommitmentRecordedPayload>;

export const memberKeyPayload = z.strictObject({ memberId: entityId, publicKey });
export type MemberKeyPayload = z.infer<typeof memberKeyPayload>;

export const memberEventDefinitions = [
  {
    type: MEMBER_ADDED,
    schema: 1,
    payload: memberAddedPayload,
    description:
      'A person joins the DisCO: a shown name, their constituencies and, for worker-members, their level.',
  },
  {
    type: MEMBER_LEVEL_CHANGED,
    schema: 1,
    payload: memberLevelChangedPayload,
    description:
      'A worker-member moves between casual, dating (stage, timeline, start) and committed, by a recorded decision.',
  },
  {
    type: MEMBER_LEFT,
    schema: 1,
    payload: memberLeftPayload,
    description: 'A member leaves the DisCO and, with it, every right.',
  },
  {
    type: MEMBER_RETURNED,
    schema: 1,
    payload: memberReturnedPayload,
    description: 'A member who left comes back, at the level the decision gives them.',
  },
  {
    type: MEMBER_CONSTITUENCY_JOINED,
    schema: 1,
    payload: memberConstituencyPayload,
    description: 'A member joins a constituency.',
  },
  {
    type: MEMBER_CONSTITUENCY_LEFT,
    schema: 1,
    payload: memberConstituencyPayload,
    description: 'A member leaves a constituency.',
  },
  {
    type: MEMBER_MENTOR_ASSIGNED,
    schema: 1,
    payload: memberMentorPayload,
    description: 'A mentor (buddy) is assigned to a dater.',
  },
  {
    type: MEMBER_MENTOR_REMOVED,
    schema: 1,
    payload: memberMentorPayload,
    description: 'A mentor stops mentoring a dater.',
  },
  {
    type: MEMBER_MILESTONE_RECORDED,
    schema: 1,
    payload: memberMilestoneRecordedPayload,
    description: "A milestone of a dater's mentoring plan is reached.",
  },
  {
    type: MEMBER_COMMITMENT_RECORDED,
    schema: 1,
    payload: memberCommitmentRecordedPayload,
    description: "A dater's commitment statement, written at the end of dating.",
  },
  {
    type: MEMBER_KEY_REGISTERED,
    schema: 1,
    payload: memberKeyPayload,
    description: "A member's Ed25519 public key, with which they may sign their own events.",
  },
  {
    type: MEMBER_KEY_REVOKED,
    schema: 1,
    payload: memberKeyPayload,
    description: 'A member key may sign no more events.',
  },
] as const satisfies readonly EventDefinition[];
