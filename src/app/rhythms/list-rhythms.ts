import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { occurrencesBetween, type Occurrence } from '../../core/rhythms/recurrence.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { requireCircle } from '../circles/circle-facts.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { rhythmFromRow, selectRhythms, type Rhythm } from './rhythm-facts.js';

const DAY_MS = 86_400_000;

export const listRhythmsInput = z.strictObject({
  /** Only this circle's rhythms (id or slug). */
  circle: z.string().max(128).optional(),
  /** Also rhythms that have ended. */
  includeEnded: z.boolean().default(false),
  /** How many days ahead to list gatherings. */
  days: z.number().int().min(1).max(92).default(14),
});
export type ListRhythmsInput = z.input<typeof listRhythmsInput>;

export interface RhythmView extends Rhythm {
  /** Gatherings from now until `days` ahead, at most 20. */
  next: Occurrence[];
}

/**
 * Rhythms in the order they were created, each with its next gatherings.
 *
 * @example await listRhythms(ctx, bo, { circle: 'care' }) // [{ name: 'Support call', next: [{ at: '2026-03-03T17:00:00Z', local: '2026-03-03T18:00' }], ... }]
 */
export async function listRhythms(
  ctx: AppContext,
  actor: Actor | null,
  input: ListRhythmsInput,
): Promise<RhythmView[]> {
  const parsed = parseInput(listRhythmsInput, input, refusal('refusal.rhythms-cannot-be-listed'));
  ensureAllowed('rhythm.list', actor);
  let query = selectRhythms(ctx.store.db);
  if (parsed.circle !== undefined)
    query = query.where(
      'r.circle_id',
      '=',
      (await requireCircle(ctx.store.db, parsed.circle)).circleId,
    );
  if (!parsed.includeEnded) query = query.where('r.ended_at', 'is', null);
  const now = ctx.clock();
  const until = new Date(now.getTime() + parsed.days * DAY_MS);
  return (await query.execute()).map((row) => {
    const rhythm = rhythmFromRow(row);
    return { ...rhythm, next: rhythm.endedAt ? [] : occurrencesBetween(rhythm, now, until, 20) };
  });
}
