import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';
import type { Circle } from './circle-facts.js';

/**
 * Every circle with how many members it has, by slug. A DisCO has a handful, so the list is not paged.
 *
 * @example const circles = await listCircles(ctx, actor);
 */
export async function listCircles(
  ctx: AppContext,
  actor: Actor | null,
): Promise<Array<Circle & { memberCount: number }>> {
  ensureAllowed('circle.list', actor);
  const rows = await ctx.store.db
    .selectFrom('circles as c')
    .leftJoin('circle_members as cm', 'cm.circle_id', 'c.id')
    .select((eb) => [
      'c.id',
      'c.slug',
      'c.name',
      'c.purpose',
      'c.open',
      'c.created_at',
      eb.fn.count('cm.member_id').as('n'),
    ])
    .groupBy(['c.id', 'c.slug', 'c.name', 'c.purpose', 'c.open', 'c.created_at'])
    .orderBy('c.slug')
    .execute();
  return rows.map((r) => ({
    circleId: r.id,
    slug: r.slug,
    name: r.name,
    purpose: r.purpose,
    open: r.open === 1,
    createdAt: r.created_at,
    memberCount: Number(r.n),
  }));
}
