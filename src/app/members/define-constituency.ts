import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { CONSTITUENCY_DEFINED } from '../../core/members/constituency-events.js';
import { constituencyRights, slug } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { newId } from '../ids.js';
import { findConstituency, readConstituencies } from './member-facts.js';
import { draftOf, ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';

export const defineConstituencyInput = z.strictObject({
  slug,
  name: z.string().trim().min(1).max(120),
  rights: constituencyRights,
});
export type DefineConstituencyInput = z.input<typeof defineConstituencyInput>;

/**
 * Defines a constituency of the DisCO's own, such as a proxy seat for the environment.
 *
 * @example await defineConstituency(ctx, founder, { slug: 'environment', name: 'Environment proxy', rights: { propose: true, comment: true, vote: true, bindingVote: false } });
 */
export async function defineConstituency(
  ctx: AppContext,
  actor: Actor | null,
  input: DefineConstituencyInput,
): Promise<{ constituencyId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(
    defineConstituencyInput,
    input,
    refusal('refusal.constituency-cannot-be-defined'),
  );
  ensureAllowed('constituency.define', actor);
  if (findConstituency(await readConstituencies(ctx.store.db), parsed.slug)) {
    refuseIf(
      [{ field: 'slug', message: 'another constituency has this slug' }],
      refusal('refusal.constituency-cannot-be-defined'),
    );
  }
  const constituencyId = newId(ctx);
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, CONSTITUENCY_DEFINED, { constituencyId, ...parsed }),
  ]);
  return { constituencyId, events };
}
