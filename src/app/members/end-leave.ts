import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { MEMBER_LEAVE_ENDED } from '../../core/members/leave-events.js';
import { leaveEndProblems } from '../../core/members/leave-rules.js';
import { calendarDate, entityId } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { notFound, refusal } from '../errors.js';
import { memberLeaves, readLeave } from './leave-facts.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

export const endLeaveInput = z.strictObject({
  leaveId: entityId,
  /** The leave's last day, inclusive: earlier than planned, later, or the first end of an open-ended leave. */
  lastDay: calendarDate,
});
export type EndLeaveInput = z.input<typeof endLeaveInput>;

/**
 * Fixes a leave's last day, once: by the member on leave or a founder. Extending is allowed as
 * long as it runs into no other leave of the member.
 *
 * @example await endLeave(ctx, ana, { leaveId, lastDay: '2026-05-31' });
 */
export async function endLeave(
  ctx: AppContext,
  actor: Actor | null,
  input: EndLeaveInput,
): Promise<{ leaveId: string; memberId: string; events: LedgerEvent[] }> {
  const message = refusal('refusal.leave-cannot-be-ended');
  const parsed = parseInput(endLeaveInput, input, message);
  const leave = await readLeave(ctx.store.db, parsed.leaveId);
  if (!leave)
    throw notFound(
      refusal('refusal.no-such-leave', { leaveId: parsed.leaveId }),
      refusal('hint.list-leaves-disco-leave-list-find'),
    );
  ensureAllowed('member.leave', actor, { memberId: leave.memberId });
  const check = async (db: Kysely<Database>) => {
    const leaves = await memberLeaves(db, leave.memberId);
    refuseIf(
      leaveEndProblems(
        leaves.find((l) => l.leaveId === leave.leaveId) ?? leave,
        parsed.lastDay,
        leaves,
      ),
      message,
    );
  };
  await check(ctx.store.db);
  // Checked again inside the write transaction, so a leave cannot end twice nor run into one recorded meanwhile.
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, MEMBER_LEAVE_ENDED, {
        leaveId: leave.leaveId,
        memberId: leave.memberId,
        lastDay: parsed.lastDay,
      }),
    ],
    { guard: check },
  );
  return { leaveId: leave.leaveId, memberId: leave.memberId, events };
}
