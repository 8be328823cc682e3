import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { entityId } from '../../core/members/vocabulary.js';
import type { AppContext } from '../context.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';

export const listLeavesInput = z.strictObject({
  /** Only this member's leaves. */
  memberId: entityId.optional(),
  /** The `seq` of the last leave of the previous page. */
  after: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ListLeavesInput = z.input<typeof listLeavesInput>;

export interface LeaveView {
  leaveId: string;
  memberId: string;
  displayName: string;
  from: string;
  /** Inclusive; null while open-ended. */
  to: string | null;
  reason: string | null;
  recordedAt: string;
  recordedBy: string | null;
  /** When the leave's last day was fixed; null until then. */
  endedAt: string | null;
  /** The event that recorded it; the page key. */
  seq: number;
}

/**
 * Leaves in the order they were recorded, of everyone or of one member, a page at a time
 * (`limit + 1` rows are read so the caller can tell whether another page follows).
 *
 * @example await listLeaves(ctx, ana, { memberId: bo.memberId, limit: 50 }) // [{ from: '2026-03-01', to: null, reason: 'sabbatical', ... }]
 */
export async function listLeaves(
  ctx: AppContext,
  actor: Actor | null,
  input: ListLeavesInput,
): Promise<LeaveView[]> {
  const parsed = parseInput(listLeavesInput, input, refusal('refusal.leaves-cannot-be-listed'));
  ensureAllowed('member.leave.list', actor);
  let query = ctx.store.db
    .selectFrom('member_leaves as l')
    .innerJoin('members as m', 'm.id', 'l.member_id')
    .select([
      'l.leave_id',
      'l.member_id',
      'm.display_name',
      'l.from_date',
      'l.to_date',
      'l.reason',
      'l.recorded_at',
      'l.recorded_by',
      'l.ended_at',
      'l.seq',
    ])
    .orderBy('l.seq')
    .limit(parsed.limit + 1);
  if (parsed.memberId !== undefined) query = query.where('l.member_id', '=', parsed.memberId);
  if (parsed.after !== undefined) query = query.where('l.seq', '>', parsed.after);
  const rows = await query.execute();
  return rows.map((r) => ({
    leaveId: r.leave_id,
    memberId: r.member_id,
    displayName: r.display_name,
    from: r.from_date,
    to: r.to_date,
    reason: r.reason,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    endedAt: r.ended_at,
    seq: Number(r.seq),
  }));
}
