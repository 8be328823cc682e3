import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { CIRCLE_CREATED } from '../../core/circles/circle-events.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { slug } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { newId } from '../ids.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

export const createCircleInput = z.strictObject({
  slug,
  name: z.string().trim().min(1).max(120),
  purpose: z.string().trim().min(1, 'say what the circle is for').max(2000),
  /** Open circles let members join themselves; closed ones are joined through their stewards. */
  open: z.boolean().default(true),
});
export type CreateCircleInput = z.input<typeof createCircleInput>;

/**
 * Creates a working circle.
 *
 * @example const { circleId } = await createCircle(ctx, actor, { slug: 'mentoring', name: 'Mentoring', purpose: 'Daters and their buddies.' });
 */
export async function createCircle(
  ctx: AppContext,
  actor: Actor | null,
  input: CreateCircleInput,
): Promise<{ circleId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(createCircleInput, input, refusal('refusal.circle-cannot-be-created'));
  ensureAllowed('circle.create', actor);
  const taken = await ctx.store.db
    .selectFrom('circles')
    .select('id')
    .where('slug', '=', parsed.slug)
    .executeTakeFirst();
  if (taken)
    refuseIf(
      [{ field: 'slug', message: 'another circle has this slug' }],
      refusal('refusal.circle-cannot-be-created'),
    );
  const circleId = newId(ctx);
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, CIRCLE_CREATED, { circleId, ...parsed }),
  ]);
  return { circleId, events };
}
