import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { MEMBER_MILESTONE_RECORDED } from '../../core/members/member-events.js';
import { milestoneProblems } from '../../core/members/mentoring-rules.js';
import { calendarDate, entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { newId } from '../ids.js';
import { discoToday } from './member-facts.js';
import { requireMember } from './require-member.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

export const recordMilestoneInput = z.strictObject({
  memberId: entityId,
  /** Public, like everything on the ledger: name the step of the plan, not private matters. */
  title: z.string().trim().min(1).max(200),
  /** Today by default. */
  date: calendarDate.optional(),
});
export type RecordMilestoneInput = z.input<typeof recordMilestoneInput>;

/**
 * Records that a dater reached a milestone of their mentoring plan.
 *
 * @example const { milestoneId } = await recordMilestone(ctx, mentor, { memberId: daterId, title: 'First sprint facilitated' });
 */
export async function recordMilestone(
  ctx: AppContext,
  actor: Actor | null,
  input: RecordMilestoneInput,
): Promise<{ milestoneId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(
    recordMilestoneInput,
    input,
    refusal('refusal.milestone-cannot-be-recorded'),
  );
  ensureAllowed('member.milestone', actor, { memberId: parsed.memberId });
  const dater = await requireMember(ctx.store.db, parsed.memberId);
  refuseIf(milestoneProblems(dater), refusal('refusal.milestone-cannot-be-recorded'));
  const milestoneId = newId(ctx);
  const date = parsed.date ?? (await discoToday(ctx));
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, MEMBER_MILESTONE_RECORDED, {
      memberId: parsed.memberId,
      milestoneId,
      title: parsed.title,
      date,
    }),
  ]);
  return { milestoneId, events };
}
