import { refusal } from '../errors.js';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { MEMBER_MENTOR_REMOVED } from '../../core/members/member-events.js';
import { mentorRemovalProblems } from '../../core/members/mentoring-rules.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { mentorInput, type MentorInput } from './assign-mentor.js';
import { requireMember } from './require-member.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

/**
 * Ends a mentoring relationship; the mentor loses the right to record the dater's milestones at once.
 *
 * @example await removeMentor(ctx, founder, { memberId: daterId, mentorId: anaId });
 */
export async function removeMentor(
  ctx: AppContext,
  actor: Actor | null,
  input: MentorInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(mentorInput, input, refusal('refusal.mentor-cannot-be-removed'));
  ensureAllowed('member.mentor', actor, { memberId: parsed.memberId });
  const dater = await requireMember(ctx.store.db, parsed.memberId);
  refuseIf(
    mentorRemovalProblems(dater, parsed.mentorId),
    refusal('refusal.mentor-cannot-be-removed'),
  );
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, MEMBER_MENTOR_REMOVED, {
      memberId: parsed.memberId,
      mentorId: parsed.mentorId,
    }),
  ]);
  return { events };
}
