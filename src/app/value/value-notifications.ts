import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';

/** A notification about work or a member's path, before its read mark is looked up. */
export interface ValueNotice {
  id: string;
  kind: 'validations-waiting' | 'dispute' | 'milestone-reached';
  title: string;
  at: string;
  contributionId?: string;
  memberId?: string;
  count?: number;
}

/**
 * What value tracking asks of a member, derived on request like the governance notices:
 * - `validations-waiting`: others' pending work the member has neither acknowledged nor disputed,
 *   one notice for all of it, keyed by the newest piece so that new work makes a new unread notice.
 *   Only for active worker-members: clients and supporters may validate by the policy, but the
 *   Deck does not ask them to (their tap would make a worker's paid work count).
 * - `dispute`: each of the member's own contributions that is disputed now.
 * - `milestone-reached`: milestones recorded for the member within `since`.
 *
 * @example const notices = await valueNotices(ctx, ana, '2026-03-01T00:00:00.000Z');
 */
export async function valueNotices(
  ctx: AppContext,
  me: Actor,
  since: string,
): Promise<ValueNotice[]> {
  const db = ctx.store.db;
  const notices: ValueNotice[] = [];
  if (me.status === 'active' && me.level !== null) {
    const waiting = await db
      .selectFrom('value_contributions as c')
      .select(['c.id', 'c.logged_at'])
      .where('c.status', '=', 'pending')
      .where('c.member_id', '!=', me.memberId)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('value_validations as v')
              .select('v.seq')
              .whereRef('v.contribution_id', '=', 'c.id')
              .where('v.member_id', '=', me.memberId),
          ),
        ),
      )
      .orderBy('c.seq', 'desc')
      .execute();
    const newest = waiting[0];
    if (newest)
      notices.push({
        id: `validations-waiting:${newest.id}`,
        kind: 'validations-waiting',
        title: `${waiting.length} ${waiting.length === 1 ? 'contribution' : 'contributions'} waiting for validation`,
        at: newest.logged_at,
        count: waiting.length,
      });
  }
  const disputed = await db
    .selectFrom('value_contributions as c')
    .innerJoin('value_validations as v', (join) =>
      join.onRef('v.contribution_id', '=', 'c.id').on('v.kind', '=', 'disputed'),
    )
    .select(['c.id', 'c.task_kind', 'c.description', 'c.date', 'v.at', 'v.seq'])
    .where('c.member_id', '=', me.memberId)
    .where('c.status', '=', 'disputed')
    .orderBy('v.seq', 'desc')
    .execute();
  const seen = new Set<string>();
  for (const d of disputed) {
    if (seen.has(d.id)) continue;
    seen.add(d.id);
    notices.push({
      id: `dispute:${d.id}`,
      kind: 'dispute',
      title: `${d.description || d.task_kind} (${d.date})`,
      at: d.at,
      contributionId: d.id,
    });
  }
  const milestones = await db
    .selectFrom('milestones')
    .select(['id', 'title', 'recorded_at'])
    .where('member_id', '=', me.memberId)
    .where('recorded_at', '>=', since)
    .execute();
  for (const m of milestones)
    notices.push({
      id: `milestone-reached:${m.id}`,
      kind: 'milestone-reached',
      title: m.title,
      at: m.recorded_at,
      memberId: me.memberId,
    });
  return notices;
}
