import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { entityId } from '../../core/members/vocabulary.js';
import { occurrencesBetween, type Occurrence } from '../../core/rhythms/recurrence.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { requireRhythm, type Rhythm } from './rhythm-facts.js';

const DAY_MS = 86_400_000;

export const showRhythmInput = z.strictObject({ rhythmId: entityId });
export type ShowRhythmInput = z.input<typeof showRhythmInput>;

export interface Gathering {
  occurrence: string;
  participants: Array<{ memberId: string; displayName: string }>;
  recordedAt: string;
  /** When its time became care contributions; null until then. */
  creditedAt: string | null;
}

export interface RhythmDetail extends Rhythm {
  /** The last gatherings up to now (at most 20 in the past 92 days), to record who took part. */
  recent: Occurrence[];
  /** The next gatherings in the coming 31 days (at most 20). */
  next: Occurrence[];
  /** Gatherings whose participants were recorded, newest first. */
  gatherings: Gathering[];
}

/**
 * One rhythm with its recent and next gatherings and who took part in those recorded.
 *
 * @example const { gatherings } = await showRhythm(ctx, bo, { rhythmId });
 */
export async function showRhythm(
  ctx: AppContext,
  actor: Actor | null,
  input: ShowRhythmInput,
): Promise<RhythmDetail> {
  const parsed = parseInput(showRhythmInput, input, refusal('refusal.rhythm-cannot-be-shown'));
  ensureAllowed('rhythm.list', actor);
  const db = ctx.store.db;
  const rhythm = await requireRhythm(db, parsed.rhythmId);
  const now = ctx.clock();
  const rows = await db
    .selectFrom('rhythm_occurrences')
    .selectAll()
    .where('rhythm_id', '=', rhythm.rhythmId)
    .orderBy('occurrence', 'desc')
    .execute();
  const names = new Map(
    (await db.selectFrom('members').select(['id', 'display_name']).execute()).map((m) => [
      m.id,
      m.display_name,
    ]),
  );
  const endedAt = rhythm.endedAt ? new Date(rhythm.endedAt) : null;
  const past = occurrencesBetween(
    rhythm,
    new Date(now.getTime() - 92 * DAY_MS),
    endedAt && endedAt < now ? endedAt : now,
  );
  return {
    ...rhythm,
    recent: past.slice(-20).reverse(),
    next: endedAt ? [] : occurrencesBetween(rhythm, now, new Date(now.getTime() + 31 * DAY_MS), 20),
    gatherings: rows.map((r) => ({
      occurrence: r.occurrence,
      participants: (JSON.parse(r.participants) as string[]).map((memberId) => ({
        memberId,
        displayName: names.get(memberId) ?? memberId,
      })),
      recordedAt: r.recorded_at,
      creditedAt: r.credited_at,
    })),
  };
}
