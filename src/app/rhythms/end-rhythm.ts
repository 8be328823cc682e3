import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { RHYTHM_ENDED } from '../../core/rhythms/rhythm-events.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { draftOf, parseInput } from '../use-case-steps.js';
import { managedRhythm } from './rhythm-facts.js';

export const endRhythmInput = z.strictObject({ rhythmId: entityId });
export type EndRhythmInput = z.input<typeof endRhythmInput>;

/**
 * Ends a rhythm: no gatherings from now on. Recorded as `rhythm.ended`.
 *
 * @example await endRhythm(ctx, ana, { rhythmId })
 */
export async function endRhythm(
  ctx: AppContext,
  actor: Actor | null,
  input: EndRhythmInput,
): Promise<{ events: LedgerEvent[] }> {
  const message = refusal('refusal.rhythm-cannot-be-ended');
  const parsed = parseInput(endRhythmInput, input, message);
  await managedRhythm(ctx, actor, parsed.rhythmId, message);
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, RHYTHM_ENDED, { rhythmId: parsed.rhythmId }),
  ]);
  return { events };
}
