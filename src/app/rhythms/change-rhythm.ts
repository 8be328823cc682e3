import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { entityId } from '../../core/members/vocabulary.js';
import { RHYTHM_CHANGED } from '../../core/rhythms/rhythm-events.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { draftOf, parseInput } from '../use-case-steps.js';
import { checkedDefinition, rhythmDefinitionInput } from './rhythm-definition.js';
import { managedRhythm } from './rhythm-facts.js';

export const changeRhythmInput = z.strictObject({
  rhythmId: entityId,
  ...rhythmDefinitionInput,
});
export type ChangeRhythmInput = z.input<typeof changeRhythmInput>;

/**
 * Gives a rhythm a new definition, whole (name, kind, time, recurrence, exceptions): by whoever
 * may manage it. Recorded as `rhythm.changed`; gatherings already credited keep their contributions.
 *
 * @example await changeRhythm(ctx, ana, { rhythmId, ...definition, exceptions: ['2026-04-07T18:00'] })
 */
export async function changeRhythm(
  ctx: AppContext,
  actor: Actor | null,
  input: ChangeRhythmInput,
): Promise<{ events: LedgerEvent[] }> {
  const message = refusal('refusal.rhythm-cannot-be-changed');
  const parsed = parseInput(changeRhythmInput, input, message);
  await managedRhythm(ctx, actor, parsed.rhythmId, message);
  const whole = await checkedDefinition(ctx, parsed, message);
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, RHYTHM_CHANGED, { rhythmId: parsed.rhythmId, ...whole }),
  ]);
  return { events };
}
