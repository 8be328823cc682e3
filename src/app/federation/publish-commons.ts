import { commonsActivity } from '../../core/federation/activities.js';
import { describeLicence } from '../../core/value/licences.js';
import { isoNow } from '../clock.js';
import type { AppContext } from '../context.js';
import { federationOf } from './economy-federation.js';

/**
 * Tells the DisCOs that follow this one about a commons entry as the registry now holds it:
 * `Create` once registered, `Update` once changed, `Delete` once withdrawn. A node that is not
 * federated publishes nothing.
 *
 * @example await publishCommons(ctx, 'Create', resourceId);
 */
export async function publishCommons(
  ctx: AppContext,
  type: 'Create' | 'Update' | 'Delete',
  resourceId: string,
): Promise<void> {
  const federation = federationOf(ctx);
  if (!federation) return;
  const row = await ctx.store.db
    .selectFrom('value_commons')
    .selectAll()
    .where('id', '=', resourceId)
    .executeTakeFirstOrThrow();
  const licence = describeLicence(row.licence);
  await federation.outbox.toFollowers(
    ctx,
    commonsActivity(
      type,
      federation.actorId,
      {
        resourceId,
        title: row.title,
        kind: row.kind,
        licence: licence.name,
        spdx: licence.spdx,
        licenceUrl: licence.url,
        link: row.link,
        published: row.registered_at,
        updated: row.updated_at,
      },
      isoNow(ctx.clock),
    ),
  );
}
