import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { RHYTHM_CREATED } from '../../core/rhythms/rhythm-events.js';
import { appendEvents } from '../ledger/append-events.js';
import { requireCircle } from '../circles/circle-facts.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { newId } from '../ids.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { checkedDefinition, rhythmDefinitionInput } from './rhythm-definition.js';

export const createRhythmInput = z.strictObject({
  /** Circle id or slug; leave it out for a rhythm of the whole DisCO. */
  circle: z.string().max(128).optional(),
  ...rhythmDefinitionInput,
});
export type CreateRhythmInput = z.input<typeof createRhythmInput>;

/**
 * Sets up a recurring gathering: a circle's stewards for their circle, founders for any circle or
 * the whole DisCO. Recorded on the ledger as `rhythm.created`.
 *
 * @example await createRhythm(ctx, ana, { circle: 'care', kind: 'mutual-support-call', name: 'Support call', start: '2026-03-03T18:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=TU' })
 */
export async function createRhythm(
  ctx: AppContext,
  actor: Actor | null,
  input: CreateRhythmInput,
): Promise<{ rhythmId: string; events: LedgerEvent[] }> {
  const message = refusal('refusal.rhythm-cannot-be-created');
  const parsed = parseInput(createRhythmInput, input, message);
  const circle =
    parsed.circle === undefined ? null : await requireCircle(ctx.store.db, parsed.circle);
  ensureAllowed('rhythm.manage', actor, circle ? { circleId: circle.circleId } : {});
  const whole = await checkedDefinition(ctx, parsed, message);
  const rhythmId = newId(ctx);
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, RHYTHM_CREATED, {
      rhythmId,
      circleId: circle?.circleId ?? null,
      ...whole,
    }),
  ]);
  return { rhythmId, events };
}
