import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { CIRCLE_JOINED } from '../../core/circles/circle-events.js';
import { joinCircleProblems } from '../../core/circles/circle-rules.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { readCircleMember, requireCircle } from './circle-facts.js';

export const circleMembershipInput = z.strictObject({
  /** Id or slug. */
  circleId: z.string().min(1),
  /** The acting member by default. */
  memberId: entityId.optional(),
});
export type CircleMembershipInput = z.input<typeof circleMembershipInput>;

/** The member a circle operation is about: the one named, else the actor. */
export function subjectOf(actor: Actor | null, memberId: string | undefined): string {
  const subject = memberId ?? actor?.memberId;
  if (subject === undefined)
    throw invalid(refusal('refusal.say-which-member'), [
      { field: 'memberId', message: 'required when nobody is signed in' },
    ]);
  return subject;
}

/**
 * Adds a member to a circle: themselves into an open circle, or anyone through the circle's stewards.
 *
 * @example await joinCircle(ctx, me, { circleId: 'tech' });
 */
export async function joinCircle(
  ctx: AppContext,
  actor: Actor | null,
  input: CircleMembershipInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    circleMembershipInput,
    input,
    refusal('refusal.member-cannot-join-circle'),
  );
  const circle = await requireCircle(ctx.store.db, parsed.circleId);
  const memberId = subjectOf(actor, parsed.memberId);
  ensureAllowed('circle.join', actor, {
    memberId,
    circleId: circle.circleId,
    circleOpen: circle.open,
  });
  const member = await readCircleMember(
    ctx.store.db,
    circle.circleId,
    memberId,
    await discoToday(ctx),
  );
  refuseIf(joinCircleProblems(member, circle), refusal('refusal.member-cannot-join-circle'));
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, CIRCLE_JOINED, { circleId: circle.circleId, memberId }),
  ]);
  return { events };
}
