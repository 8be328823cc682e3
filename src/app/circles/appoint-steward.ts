import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import {
  CIRCLE_STEWARD_APPOINTED,
  CIRCLE_STEWARDSHIP_ENDED,
} from '../../core/circles/circle-events.js';
import { stewardAppointmentProblems } from '../../core/circles/circle-rules.js';
import type { EventDraft, LedgerEvent } from '../../core/ledger/event.js';
import { calendarDate, entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { readCircleMember, requireCircle } from './circle-facts.js';

export const appointStewardInput = z.strictObject({
  /** Id or slug. */
  circleId: z.string().min(1),
  memberId: entityId,
  /** First day of the term; today by default. */
  termStart: calendarDate.optional(),
  /** Last day of the term. */
  termEnd: calendarDate,
  /** A current steward whom this appointment rotates out, in the same batch. */
  replaces: entityId.optional(),
});
export type AppointStewardInput = z.input<typeof appointStewardInput>;

/**
 * Appoints a circle member as steward for a term; with `replaces`, the previous steward's
 * stewardship ends in the same batch (rotation), so the circle is never left between the two.
 *
 * @example await appointSteward(ctx, founder, { circleId: 'tech', memberId: bo, termEnd: '2026-06-30', replaces: ana });
 */
export async function appointSteward(
  ctx: AppContext,
  actor: Actor | null,
  input: AppointStewardInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    appointStewardInput,
    input,
    refusal('refusal.steward-cannot-be-appointed'),
  );
  const db = ctx.store.db;
  const circle = await requireCircle(db, parsed.circleId);
  ensureAllowed('circle.steward', actor, { memberId: parsed.memberId, circleId: circle.circleId });
  const today = await discoToday(ctx);
  const termStart = parsed.termStart ?? today;
  const appointee = await readCircleMember(db, circle.circleId, parsed.memberId, today);
  const replaces =
    parsed.replaces === undefined
      ? undefined
      : await readCircleMember(db, circle.circleId, parsed.replaces, today);
  refuseIf(
    stewardAppointmentProblems({ appointee, termStart, termEnd: parsed.termEnd, replaces, today }),
    refusal('refusal.steward-cannot-be-appointed'),
  );
  const drafts: EventDraft[] = [];
  if (parsed.replaces !== undefined) {
    drafts.push(
      draftOf(ctx, actor, CIRCLE_STEWARDSHIP_ENDED, {
        circleId: circle.circleId,
        memberId: parsed.replaces,
        reason: 'rotation',
      }),
    );
  }
  drafts.push(
    draftOf(ctx, actor, CIRCLE_STEWARD_APPOINTED, {
      circleId: circle.circleId,
      memberId: parsed.memberId,
      termStart,
      termEnd: parsed.termEnd,
    }),
  );
  return { events: await appendEvents(ctx, drafts) };
}
