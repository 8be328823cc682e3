import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { MEMBER_MENTOR_ASSIGNED } from '../../core/members/member-events.js';
import { mentorAssignmentProblems } from '../../core/members/mentoring-rules.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { readMember } from './member-facts.js';
import { requireMember } from './require-member.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

export const mentorInput = z.strictObject({ memberId: entityId, mentorId: entityId });
export type MentorInput = z.input<typeof mentorInput>;

/**
 * Gives a dater one more mentor (the buddy system).
 *
 * @example await assignMentor(ctx, founder, { memberId: daterId, mentorId: anaId });
 */
export async function assignMentor(
  ctx: AppContext,
  actor: Actor | null,
  input: MentorInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(mentorInput, input, refusal('refusal.mentor-cannot-be-assigned'));
  ensureAllowed('member.mentor', actor, { memberId: parsed.memberId });
  const dater = await requireMember(ctx.store.db, parsed.memberId);
  const mentor = await readMember(ctx.store.db, parsed.mentorId);
  refuseIf(mentorAssignmentProblems(dater, mentor), refusal('refusal.mentor-cannot-be-assigned'));
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, MEMBER_MENTOR_ASSIGNED, {
      memberId: parsed.memberId,
      mentorId: parsed.mentorId,
    }),
  ]);
  return { events };
}
