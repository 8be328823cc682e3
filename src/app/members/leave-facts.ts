import type { Kysely } from 'kysely';
import type { Leave } from '../../core/members/leaves.js';
import type { Database, MemberLeavesTable } from '../../store/schema.js';

/** A `member_leaves` row in core's shape. */
export function leaveFromRow(row: MemberLeavesTable): Leave {
  return { leaveId: row.leave_id, memberId: row.member_id, from: row.from_date, to: row.to_date, reason: row.reason, ended: row.ended_at !== null };
}

/**
 * Every leave of one member, in the order they were recorded.
 *
 * @example leaveRecordProblems(member, await memberLeaves(ctx.store.db, memberId), wanted)
 */
export async function memberLeaves(db: Kysely<Database>, memberId: string): Promise<Leave[]> {
  const rows = await db.selectFrom('member_leaves').selectAll().where('member_id', '=', memberId).orderBy('seq').execute();
  return rows.map(leaveFromRow);
}

/**
 * One leave, or null when there is no such leave.
 *
 * @example const leave = await readLeave(ctx.store.db, leaveId);
 */
export async function readLeave(db: Kysely<Database>, leaveId: string): Promise<Leave | null> {
  const row = await db.selectFrom('member_leaves').selectAll().where('leave_id', '=', leaveId).executeTakeFirst();
  return row ? leaveFromRow(row) : null;
}
