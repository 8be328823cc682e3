import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import type { DerivedNotice } from '../notify/notification-log.js';

/**
 * `evaluation-opened` notices: evaluations still open that opened since `since`, for the whole
 * DisCO or a circle the member is in, so they come and reflect. The opener is not told.
 *
 * @example items.push(...(await evaluationNotices(ctx, me, since)));
 */
export async function evaluationNotices(
  ctx: AppContext,
  me: Actor,
  since: string,
): Promise<DerivedNotice[]> {
  const circles = me.circles.map((c) => c.id);
  const rows = await ctx.store.db
    .selectFrom('evaluations as e')
    .leftJoin('circles as c', 'c.id', 'e.circle_id')
    .select(['e.evaluation_id', 'e.quarter', 'e.circle_id', 'c.name', 'e.opened_at', 'e.opened_by'])
    .where('e.status', '=', 'open')
    .where('e.opened_at', '>=', since)
    .execute();
  return rows
    .filter(
      (r) => r.opened_by !== me.memberId && (r.circle_id === null || circles.includes(r.circle_id)),
    )
    .map((r) => ({
      id: `evaluation-opened:${r.evaluation_id}`,
      kind: 'evaluation-opened' as const,
      title: r.name ? `${r.quarter} · ${r.name}` : r.quarter,
      at: r.opened_at,
    }));
}
