import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { readConstituencies, type Constituency } from './member-facts.js';
import { ensureAllowed } from '../use-case-steps.js';

/**
 * Every constituency with its rights and how many active members it has, by slug. A DisCO has a
 * handful, so the list is not paged.
 *
 * @example const constituencies = await listConstituencies(ctx, actor);
 */
export async function listConstituencies(
  ctx: AppContext,
  actor: Actor | null,
): Promise<Array<Constituency & { memberCount: number }>> {
  ensureAllowed('constituency.list', actor);
  const db = ctx.store.db;
  const [all, counts] = await Promise.all([
    readConstituencies(db),
    db
      .selectFrom('member_constituencies as mc')
      .innerJoin('members as m', 'm.id', 'mc.member_id')
      .select((eb) => ['mc.constituency_id', eb.fn.countAll().as('n')])
      .where('m.status', '=', 'active')
      .groupBy('mc.constituency_id')
      .execute(),
  ]);
  const byId = new Map(counts.map((c) => [c.constituency_id, Number(c.n)]));
  return all.map((c) => ({ ...c, memberCount: byId.get(c.constituencyId) ?? 0 }));
}
