import type { Kysely } from 'kysely';
import type { RecurrenceSpec } from '../../core/rhythms/recurrence.js';
import type { Database, RhythmsTable } from '../../store/schema.js';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import type { Message } from '../../core/messages/codes.js';
import { AppError, notFound, refusal } from '../errors.js';
import { ensureAllowed } from '../use-case-steps.js';

export interface Rhythm extends RecurrenceSpec {
  exceptions: string[];
  rhythmId: string;
  /** Null for the whole DisCO. */
  circleId: string | null;
  circleName: string | null;
  kind: string;
  name: string;
  durationMinutes: number;
  createdAt: string;
  createdBy: string | null;
  changedAt: string | null;
  endedAt: string | null;
}

type RhythmRow = RhythmsTable & { circle_name: string | null };

export function rhythmFromRow(row: RhythmRow): Rhythm {
  return {
    rhythmId: row.rhythm_id,
    circleId: row.circle_id,
    circleName: row.circle_name,
    kind: row.kind,
    name: row.name,
    timeZone: row.time_zone,
    start: row.start_local,
    durationMinutes: Number(row.duration_minutes),
    rrule: row.rrule,
    exceptions: JSON.parse(row.exceptions) as string[],
    createdAt: row.created_at,
    createdBy: row.created_by,
    changedAt: row.changed_at,
    endedAt: row.ended_at,
  };
}

/**
 * Rhythms with their circle's name, in the order they were created.
 *
 * @example const all = await selectRhythms(db).execute();
 */
export function selectRhythms(db: Kysely<Database>) {
  return db
    .selectFrom('rhythms as r')
    .leftJoin('circles as c', 'c.id', 'r.circle_id')
    .selectAll('r')
    .select('c.name as circle_name')
    .orderBy('r.seq');
}

/**
 * The rhythm, or a 404 naming it.
 *
 * @example const rhythm = await requireRhythm(ctx.store.db, rhythmId);
 */
export async function requireRhythm(db: Kysely<Database>, rhythmId: string): Promise<Rhythm> {
  const row = await selectRhythms(db).where('r.rhythm_id', '=', rhythmId).executeTakeFirst();
  if (!row)
    throw notFound(
      refusal('refusal.no-rhythm-id', { rhythmId }),
      refusal('hint.list-rhythms-see-ids'),
    );
  return rhythmFromRow(row);
}

/**
 * The circles a member is in, by id.
 *
 * @example const circles = await circlesOf(db, memberId);
 */
export async function circlesOf(db: Kysely<Database>, memberId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('circle_members')
    .select('circle_id')
    .where('member_id', '=', memberId)
    .execute();
  return rows.map((r) => r.circle_id);
}

/**
 * The rhythm, when the actor may manage it (its circle's stewards, founders) and it has not ended.
 *
 * @example const rhythm = await managedRhythm(ctx, ana, rhythmId, 'The rhythm cannot be changed.');
 */
export async function managedRhythm(
  ctx: AppContext,
  actor: Actor | null,
  rhythmId: string,
  message: Message,
): Promise<Rhythm> {
  const rhythm = await requireRhythm(ctx.store.db, rhythmId);
  ensureAllowed('rhythm.manage', actor, rhythm.circleId ? { circleId: rhythm.circleId } : {});
  if (rhythm.endedAt !== null)
    throw new AppError(422, 'refused', message, undefined, [
      { field: 'rhythmId', message: 'the rhythm has ended' },
    ]);
  return rhythm;
}
