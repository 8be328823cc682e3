import type { Kysely } from 'kysely';
import type { Leave } from '../../core/members/leaves.js';
import type { Database, MemberLeavesTable } from '../../store/schema.js';
import type { CurrentLeave } from './member-summary.js';

/** A `member_leaves` row in core's shape. */
export function leaveFromRow(row: MemberLeavesTable): Leave {
  return {
    leaveId: row.leave_id,
    memberId: row.member_id,
    from: row.from_date,
    to: row.to_date,
    reason: row.reason,
    ended: row.ended_at !== null,
  };
}

/**
 * Every leave of one member, in the order they were recorded.
 *
 * @example leaveRecordProblems(member, await memberLeaves(ctx.store.db, memberId), wanted)
 */
export async function memberLeaves(db: Kysely<Database>, memberId: string): Promise<Leave[]> {
  const rows = await db
    .selectFrom('member_leaves')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('seq')
    .execute();
  return rows.map(leaveFromRow);
}

/**
 * One leave, or null when there is no such leave.
 *
 * @example const leave = await readLeave(ctx.store.db, leaveId);
 */
export async function readLeave(db: Kysely<Database>, leaveId: string): Promise<Leave | null> {
  const row = await db
    .selectFrom('member_leaves')
    .selectAll()
    .where('leave_id', '=', leaveId)
    .executeTakeFirst();
  return row ? leaveFromRow(row) : null;
}

/**
 * The leave each of these members is on, on `day`; members not on leave are absent.
 *
 * @example (await leavesOnDay(db, [anaId], '2026-03-15')).get(anaId) // { leaveId, from: '2026-03-01', to: null }
 */
export async function leavesOnDay(
  db: Kysely<Database>,
  memberIds: readonly string[],
  day: string,
): Promise<Map<string, CurrentLeave>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('member_leaves')
    .select(['leave_id', 'member_id', 'from_date', 'to_date'])
    .where('member_id', 'in', memberIds)
    .where('from_date', '<=', day)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', day)]))
    .execute();
  // A member's leaves never overlap, so there is at most one row per member.
  return new Map(
    rows.map((r) => [r.member_id, { leaveId: r.leave_id, from: r.from_date, to: r.to_date }]),
  );
}
