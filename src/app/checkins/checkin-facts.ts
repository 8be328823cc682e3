import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../core/access/actor.js';
import type { CheckinsTable, Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { notFound, refusal } from '../errors.js';

/** How long check-ins are kept until the DisCO sets otherwise: eight weeks. */
export const DEFAULT_RETENTION_DAYS = 56;

export const AUDIENCES = ['circle', 'mentors-stewards', 'self'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface CheckinView {
  checkinId: string;
  memberId: string;
  displayName: string;
  createdAt: string;
  weekOf: string;
  feeling: string;
  capacity: number;
  blockers: string;
  needs: string;
  audience: Audience;
}

/**
 * Whether `reader` is in the check-in's audience: its author always; for `circle`, anyone who
 * shares a circle with the author; for `mentors-stewards`, the author's mentors and the stewards
 * of the author's circles; for `self`, nobody else (founders included).
 *
 * @example inAudience(bo, { member_id: ana, audience: 'circle' }, anasCircles)
 */
export function inAudience(
  reader: Actor,
  checkin: Pick<CheckinsTable, 'member_id' | 'audience'>,
  authorCircles: readonly string[],
): boolean {
  if (reader.memberId === checkin.member_id) return true;
  switch (checkin.audience) {
    case 'self':
      return false;
    case 'circle':
      return reader.circles.some((c) => authorCircles.includes(c.id));
    case 'mentors-stewards':
      return (
        (reader.mentees ?? []).includes(checkin.member_id) ||
        reader.circles.some((c) => c.steward && authorCircles.includes(c.id))
      );
  }
}

/**
 * Circles of each of these members, by member.
 *
 * @example const circles = await circlesByMember(db, ['…']);
 */
export async function circlesByMember(
  db: Kysely<Database>,
  memberIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (memberIds.length === 0) return out;
  const rows = await db
    .selectFrom('circle_members')
    .select(['member_id', 'circle_id'])
    .where('member_id', 'in', [...new Set(memberIds)])
    .execute();
  for (const r of rows) out.set(r.member_id, [...(out.get(r.member_id) ?? []), r.circle_id]);
  return out;
}

export const checkinNotFound = (checkinId: string) =>
  notFound(
    refusal('refusal.no-checkin-you-may-read', { checkinId }),
    refusal('hint.checkin-shown-only-to-audience'),
  );

/**
 * The DisCO's retention period for check-ins, in days.
 *
 * @example const days = await retentionDays(db); // 56
 */
export async function retentionDays(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('checkin_settings')
    .select('retention_days')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row ? Number(row.retention_days) : DEFAULT_RETENTION_DAYS;
}

/**
 * Deletes check-ins older than the retention period; on SQLite, also empties the write-ahead
 * log, which may still hold the deleted rows' old pages until a checkpoint (secure_delete has
 * already zeroed them in the database file). Returns how many were deleted.
 *
 * @example const deleted = await sweepCheckins(ctx);
 */
export async function sweepCheckins(ctx: AppContext): Promise<number> {
  const db = ctx.store.db;
  const days = await retentionDays(db);
  const cutoff = new Date(ctx.clock().getTime() - days * 86_400_000).toISOString();
  const result = await db
    .deleteFrom('checkins')
    .where('created_at', '<', cutoff)
    .executeTakeFirst();
  const deleted = Number(result.numDeletedRows);
  if (deleted > 0) await forgetDeleted(ctx);
  return deleted;
}

/**
 * On SQLite, checkpoints and truncates the write-ahead log so deleted rows' old page images leave
 * it too (best effort: a reader still open keeps the frames it reads until it ends). PostgreSQL
 * keeps dead tuples until VACUUM; see docs/security.md.
 */
export async function forgetDeleted(ctx: AppContext): Promise<void> {
  if (ctx.store.dialect !== 'sqlite') return;
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(ctx.store.db);
}

export function checkinFromRow(row: CheckinsTable & { display_name: string }): CheckinView {
  return {
    checkinId: row.checkin_id,
    memberId: row.member_id,
    displayName: row.display_name,
    createdAt: row.created_at,
    weekOf: row.week_of,
    feeling: row.feeling,
    capacity: Number(row.capacity),
    blockers: row.blockers,
    needs: row.needs,
    audience: row.audience,
  };
}
