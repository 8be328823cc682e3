import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import { decodeIdCursor, encodeIdCursor } from './member-cursor.js';
import { leavesOnDay } from './leave-facts.js';
import { discoToday, findConstituency, readConstituencies } from './member-facts.js';
import { memberSummary, type MemberSummary } from './member-summary.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';

export const listMembersInput = z.strictObject({
  limit: z.number().int().min(1).max(500).default(100),
  cursor: z.string().optional(),
  status: z.enum(['active', 'left']).optional(),
  /** Id or slug: only members of this constituency. */
  constituencyId: z.string().min(1).optional(),
});
export type ListMembersInput = z.input<typeof listMembersInput>;

export interface MemberPage {
  items: MemberSummary[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/**
 * Members in the order they were added, a page at a time, with the leave each is on today; four queries a page.
 *
 * @example
 * const first = await listMembers(ctx, actor, { limit: 50, constituencyId: 'worker-members' });
 * const second = await listMembers(ctx, actor, { limit: 50, constituencyId: 'worker-members', cursor: first.nextCursor! });
 */
export async function listMembers(
  ctx: AppContext,
  actor: Actor | null,
  input: ListMembersInput = {},
): Promise<MemberPage> {
  const parsed = parseInput(listMembersInput, input, refusal('refusal.members-cannot-be-listed'));
  ensureAllowed('member.list', actor);
  const after = parsed.cursor === undefined ? null : decodeIdCursor(parsed.cursor);
  if (parsed.cursor !== undefined && after === null)
    throw invalid(refusal('refusal.cursor-not-from-this-node'), [
      { field: 'cursor', message: 'not a cursor' },
    ]);
  const db = ctx.store.db;
  const all = await readConstituencies(db);
  const constituency =
    parsed.constituencyId === undefined ? undefined : findConstituency(all, parsed.constituencyId);
  if (constituency === null)
    throw invalid(refusal('refusal.no-such-constituency'), [
      { field: 'constituencyId', message: 'no such constituency' },
    ]);

  let query = db
    .selectFrom('members')
    .selectAll('members')
    .orderBy('members.id')
    .limit(parsed.limit + 1);
  if (after !== null) query = query.where('members.id', '>', after);
  if (parsed.status) query = query.where('members.status', '=', parsed.status);
  if (constituency) {
    query = query
      .innerJoin('member_constituencies as mc', 'mc.member_id', 'members.id')
      .where('mc.constituency_id', '=', constituency.constituencyId);
  }
  const rows = await query.execute();
  const page = rows.slice(0, parsed.limit);
  const links =
    page.length === 0
      ? []
      : await db
          .selectFrom('member_constituencies')
          .select(['member_id', 'constituency_id'])
          .where(
            'member_id',
            'in',
            page.map((r) => r.id),
          )
          .execute();
  const slugOf = new Map(all.map((c) => [c.constituencyId, c.slug]));
  const slugsOf = new Map<string, string[]>();
  for (const link of links)
    slugsOf.set(link.member_id, [
      ...(slugsOf.get(link.member_id) ?? []),
      slugOf.get(link.constituency_id) ?? link.constituency_id,
    ]);
  const onLeave = await leavesOnDay(
    db,
    page.map((r) => r.id),
    await discoToday(ctx),
  );
  return {
    items: page.map((row) =>
      memberSummary(row, (slugsOf.get(row.id) ?? []).sort(), onLeave.get(row.id) ?? null),
    ),
    nextCursor: rows.length > parsed.limit ? encodeIdCursor(page[page.length - 1]!.id) : null,
  };
}
