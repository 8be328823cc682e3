import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import type { RuleProblem } from '../../core/members/rule-problem.js';
import { isOccurrence } from '../../core/rhythms/recurrence.js';
import { occurrenceInstant, RHYTHM_ATTENDANCE_RECORDED } from '../../core/rhythms/rhythm-events.js';
import type { Database } from '../../store/schema.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import { requireRhythm, type Rhythm } from './rhythm-facts.js';

export const recordAttendanceInput = z.strictObject({
  rhythmId: entityId,
  /** The gathering, by its instant (`2026-03-03T17:00:00Z`), as the rhythm's listing gives it. */
  occurrence: occurrenceInstant,
  participants: z.array(entityId).min(1, 'name at least one participant').max(500),
});
export type RecordAttendanceInput = z.input<typeof recordAttendanceInput>;

/**
 * Why a gathering's record cannot be written now: not one of the rhythm's gatherings, in the
 * future, already credited.
 *
 * @example refuseIf(await gatheringProblems(db, rhythm, at, now), message)
 */
export async function gatheringProblems(
  db: Kysely<Database>,
  rhythm: Rhythm,
  occurrence: string,
  now: Date,
): Promise<RuleProblem[]> {
  if (!isOccurrence(rhythm, occurrence))
    return [{ field: 'occurrence', message: 'is not one of this rhythm’s gatherings' }];
  if (new Date(occurrence) > now) return [{ field: 'occurrence', message: 'has not happened yet' }];
  if (rhythm.endedAt !== null && new Date(occurrence) > new Date(rhythm.endedAt))
    return [{ field: 'occurrence', message: 'is after the rhythm ended' }];
  const row = await db
    .selectFrom('rhythm_occurrences')
    .select('credited_at')
    .where('rhythm_id', '=', rhythm.rhythmId)
    .where('occurrence', '=', occurrence)
    .executeTakeFirst();
  if (row?.credited_at)
    return [{ field: 'occurrence', message: 'its time was already credited; it cannot change' }];
  return [];
}

/**
 * Records who took part in one gathering (replacing an earlier record until the time is
 * credited): by the rhythm's circle's stewards (any circle's for a rhythm of the whole DisCO) or a founder. Recorded as `rhythm.attendance-recorded`.
 *
 * @example await recordAttendance(ctx, ana, { rhythmId, occurrence: '2026-03-03T17:00:00Z', participants: [ana.memberId, bo.memberId] })
 */
export async function recordAttendance(
  ctx: AppContext,
  actor: Actor | null,
  input: RecordAttendanceInput,
): Promise<{ events: LedgerEvent[] }> {
  const message = refusal('refusal.attendance-cannot-be-recorded');
  const parsed = parseInput(recordAttendanceInput, input, message);
  const db = ctx.store.db;
  const rhythm = await requireRhythm(db, parsed.rhythmId);
  ensureAllowed('rhythm.attendance', actor, rhythm.circleId ? { circleId: rhythm.circleId } : {});
  const participants = [...new Set(parsed.participants)];
  const active = new Set(
    (
      await db
        .selectFrom('members')
        .select('id')
        .where('id', 'in', participants)
        .where('status', '=', 'active')
        .execute()
    ).map((m) => m.id),
  );
  const problems: RuleProblem[] = participants.flatMap((id, i) =>
    active.has(id)
      ? []
      : [{ field: `participants.${i}`, message: `${id} is not an active member` }],
  );
  const now = ctx.clock();
  const check = async (d: Kysely<Database>) =>
    refuseIf(
      [...problems, ...(await gatheringProblems(d, rhythm, parsed.occurrence, now))],
      message,
    );
  await check(db);
  const events = await appendEvents(
    ctx,
    [
      draftOf(ctx, actor, RHYTHM_ATTENDANCE_RECORDED, {
        rhythmId: rhythm.rhythmId,
        occurrence: parsed.occurrence,
        participants,
      }),
    ],
    { guard: check },
  );
  return { events };
}
