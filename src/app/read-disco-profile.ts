import type { AppContext } from './context.js';

export interface DiscoProfile {
  ledgerId: string;
  name: string;
  currency: string;
  timeZone: string;
  nodeKey: string;
  createdAt: string;
}

/** The DisCO as it is now (the projection follows renames), or null before `init`. */
export async function readDiscoProfile(ctx: AppContext): Promise<DiscoProfile | null> {
  const row = await ctx.store.db
    .selectFrom('disco_profile')
    .selectAll()
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ledgerId: row.ledger_id,
    name: row.name,
    currency: row.currency,
    timeZone: row.time_zone,
    nodeKey: row.node_key,
    createdAt: row.created_at,
  };
}
