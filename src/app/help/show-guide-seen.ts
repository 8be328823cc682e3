import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';

/** When the member first saw the Deck's first-run guide, on any device; null if never. */
export interface GuideSeen {
  seenAt: string | null;
}

/**
 * Whether the member has seen the first-run guide, so the Deck greets a member with it once, not
 * once per device.
 *
 * @example await showGuideSeen(ctx, ana) // { seenAt: '2026-03-01T10:00:00.000Z' }
 */
export async function showGuideSeen(ctx: AppContext, actor: Actor | null): Promise<GuideSeen> {
  ensureAllowed('guide.seen', actor, { memberId: actor?.memberId ?? '' });
  const row = await ctx.store.db
    .selectFrom('guide_seen')
    .select('seen_at')
    .where('member_id', '=', actor!.memberId)
    .executeTakeFirst();
  return { seenAt: row?.seen_at ?? null };
}
