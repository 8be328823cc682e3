import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { notFound, refusal } from '../errors.js';

/**
 * A 404 unless the resource is in the registry (registered and not withdrawn); read inside the
 * write transaction, so a change racing a withdrawal finds it gone.
 *
 * @example await appendEvents(ctx, drafts, { guard: (db) => refuseUnlessInRegistry(db, resourceId) });
 */
export async function refuseUnlessInRegistry(
  db: Kysely<Database>,
  resourceId: string,
): Promise<void> {
  const row = await db
    .selectFrom('value_commons')
    .select('withdrawn_at')
    .where('id', '=', resourceId)
    .executeTakeFirst();
  if (!row || row.withdrawn_at !== null)
    throw notFound(refusal('refusal.commons-resource-not-in-registry', { resourceId }));
}
