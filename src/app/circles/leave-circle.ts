import { refusal } from '../errors.js';
import type { Actor } from '../../core/access/actor.js';
import { CIRCLE_LEFT, CIRCLE_STEWARDSHIP_ENDED } from '../../core/circles/circle-events.js';
import { leaveCircleProblems } from '../../core/circles/circle-rules.js';
import type { EventDraft, LedgerEvent } from '../../core/ledger/event.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { readCircleMember, requireCircle } from './circle-facts.js';
import { circleMembershipInput, subjectOf, type CircleMembershipInput } from './join-circle.js';

/**
 * Takes a member out of a circle; a steward steps down in the same batch, since a steward is a
 * member of their circle.
 *
 * @example await leaveCircle(ctx, me, { circleId: 'tech' });
 */
export async function leaveCircle(
  ctx: AppContext,
  actor: Actor | null,
  input: CircleMembershipInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    circleMembershipInput,
    input,
    refusal('refusal.member-cannot-leave-circle'),
  );
  const circle = await requireCircle(ctx.store.db, parsed.circleId);
  const memberId = subjectOf(actor, parsed.memberId);
  ensureAllowed('circle.leave', actor, { memberId, circleId: circle.circleId });
  const member = await readCircleMember(
    ctx.store.db,
    circle.circleId,
    memberId,
    await discoToday(ctx),
  );
  refuseIf(leaveCircleProblems(member), refusal('refusal.member-cannot-leave-circle'));
  const stewardships = await ctx.store.db
    .selectFrom('stewards')
    .select('seq')
    .where('circle_id', '=', circle.circleId)
    .where('member_id', '=', memberId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  const drafts: EventDraft[] = [];
  if (stewardships)
    drafts.push(
      draftOf(ctx, actor, CIRCLE_STEWARDSHIP_ENDED, {
        circleId: circle.circleId,
        memberId,
        reason: 'left-circle',
      }),
    );
  drafts.push(draftOf(ctx, actor, CIRCLE_LEFT, { circleId: circle.circleId, memberId }));
  return { events: await appendEvents(ctx, drafts) };
}
