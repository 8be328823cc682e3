import type { AppContext } from '../context.js';

/** The first founder still active: whom a node operator acts as on the local data directory by default. */
export async function findFounder(
  ctx: AppContext,
): Promise<{ memberId: string; displayName: string } | null> {
  const row = await ctx.store.db
    .selectFrom('members')
    .select(['id', 'display_name'])
    .where('founder', '=', 1)
    .where('status', '=', 'active')
    .orderBy('joined_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? { memberId: row.id, displayName: row.display_name } : null;
}
