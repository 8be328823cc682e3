import { refusal } from '../errors.js';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { leaveReason, MEMBER_LEAVE_RECORDED } from '../../core/members/leave-events.js';
import { leaveRecordProblems } from '../../core/members/leave-rules.js';
import { calendarDate, entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { newId } from '../ids.js';
import { memberLeaves } from './leave-facts.js';
import { requireMember } from './require-member.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

export const recordLeaveInput = z.strictObject({
  memberId: entityId,
  /** The first day of leave, in the DisCO's calendar. */
  from: calendarDate,
  /** The last day, inclusive; leave it out while nobody knows, and end the leave later. */
  to: calendarDate.optional(),
  /** Public, like everything on the ledger: "parental leave", never health details. */
  reason: leaveReason.optional(),
});
export type RecordLeaveInput = z.input<typeof recordLeaveInput>;

/**
 * Records that a member is on leave, by the member themselves or a founder. While a leave shares
 * a day with a month's run, smoothing (if the CAT parameters set `smoothing.onLeave`) keeps part
 * of the member's usual pay flowing from what they already earned.
 *
 * @example const { leaveId } = await recordLeave(ctx, ana, { memberId: ana.memberId, from: '2026-03-01', reason: 'parental leave' });
 */
export async function recordLeave(
  ctx: AppContext,
  actor: Actor | null,
  input: RecordLeaveInput,
): Promise<{ leaveId: string; events: LedgerEvent[] }> {
  const message = refusal('refusal.leave-cannot-be-recorded');
  const parsed = parseInput(recordLeaveInput, input, message);
  ensureAllowed('member.leave', actor, { memberId: parsed.memberId });
  const wanted = { from: parsed.from, to: parsed.to ?? null };
  const check = async (db: Kysely<Database>) =>
    refuseIf(
      leaveRecordProblems(
        await requireMember(db, parsed.memberId),
        await memberLeaves(db, parsed.memberId),
        wanted,
      ),
      message,
    );
  await check(ctx.store.db);
  const leaveId = newId(ctx);
  // Checked again inside the write transaction: two overlapping leaves recorded at once must not both pass.
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, MEMBER_LEAVE_RECORDED, {
        leaveId,
        memberId: parsed.memberId,
        ...wanted,
        reason: parsed.reason ?? null,
      }),
    ],
    { guard: check },
  );
  return { leaveId, events };
}
