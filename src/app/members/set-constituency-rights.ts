import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { CONSTITUENCY_RIGHTS_CHANGED } from '../../core/members/constituency-events.js';
import { constituencyRights } from '../../core/members/vocabulary.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { notFound, refusal } from '../errors.js';
import { findConstituency, readConstituencies } from './member-facts.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';

export const setConstituencyRightsInput = z.strictObject({
  /** Id or slug. */
  constituencyId: z.string().min(1),
  rights: constituencyRights,
});
export type SetConstituencyRightsInput = z.input<typeof setConstituencyRightsInput>;

/**
 * Changes what a constituency's members may do; every member of it has the new rights on their next request.
 *
 * @example await setConstituencyRights(ctx, founder, { constituencyId: 'supporters', rights: { propose: true, comment: true, vote: false, bindingVote: false } });
 */
export async function setConstituencyRights(
  ctx: AppContext,
  actor: Actor | null,
  input: SetConstituencyRightsInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    setConstituencyRightsInput,
    input,
    refusal('refusal.rights-cannot-be-changed'),
  );
  ensureAllowed('constituency.rights', actor);
  const constituency = findConstituency(
    await readConstituencies(ctx.store.db),
    parsed.constituencyId,
  );
  if (!constituency)
    throw notFound(
      refusal('refusal.no-constituency-with-id', {
        constituencyId: parsed.constituencyId,
      }),
      refusal('hint.list-constituencies-see-their-slugs'),
    );
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, CONSTITUENCY_RIGHTS_CHANGED, {
      constituencyId: constituency.constituencyId,
      rights: parsed.rights,
    }),
  ]);
  return { events };
}
