import type { Actor } from '../../core/access/actor.js';
import { isoNow } from '../clock.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';
import type { GuideSeen } from './show-guide-seen.js';

/**
 * Records that the member has seen the first-run guide. The first time counts: marking it again,
 * from another device or a retry, keeps the first moment.
 *
 * @example await markGuideSeen(ctx, ana) // { seenAt: '2026-03-01T10:00:00.000Z' }
 */
export async function markGuideSeen(ctx: AppContext, actor: Actor | null): Promise<GuideSeen> {
  ensureAllowed('guide.seen', actor, { memberId: actor?.memberId ?? '' });
  const memberId = actor!.memberId;
  await ctx.store.db
    .insertInto('guide_seen')
    .values({ member_id: memberId, seen_at: isoNow(ctx.clock) })
    .onConflict((oc) => oc.column('member_id').doNothing())
    .execute();
  const row = await ctx.store.db
    .selectFrom('guide_seen')
    .select('seen_at')
    .where('member_id', '=', memberId)
    .executeTakeFirstOrThrow();
  return { seenAt: row.seen_at };
}
