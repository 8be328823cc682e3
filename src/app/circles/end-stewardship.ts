import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { CIRCLE_STEWARDSHIP_ENDED } from '../../core/circles/circle-events.js';
import { stewardshipEndProblems } from '../../core/circles/circle-rules.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { readCircleMember, requireCircle } from './circle-facts.js';

export const endStewardshipInput = z.strictObject({
  /** Id or slug. */
  circleId: z.string().min(1),
  memberId: entityId,
});
export type EndStewardshipInput = z.input<typeof endStewardshipInput>;

/**
 * Ends a stewardship before its term runs out (the steward steps down); their steward rights end
 * with it. Rotation is `appointSteward` with `replaces`.
 *
 * @example await endStewardship(ctx, ana, { circleId: 'tech', memberId: ana.memberId });
 */
export async function endStewardship(
  ctx: AppContext,
  actor: Actor | null,
  input: EndStewardshipInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    endStewardshipInput,
    input,
    refusal('refusal.stewardship-cannot-be-ended'),
  );
  const circle = await requireCircle(ctx.store.db, parsed.circleId);
  ensureAllowed('circle.steward', actor, { memberId: parsed.memberId, circleId: circle.circleId });
  const member = await readCircleMember(
    ctx.store.db,
    circle.circleId,
    parsed.memberId,
    await discoToday(ctx),
  );
  refuseIf(stewardshipEndProblems(member), refusal('refusal.stewardship-cannot-be-ended'));
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, CIRCLE_STEWARDSHIP_ENDED, {
      circleId: circle.circleId,
      memberId: parsed.memberId,
      reason: 'stepped-down',
    }),
  ]);
  return { events };
}
