import type { Actor } from '../../core/access/actor.js';
import { describeLicence } from '../../core/value/licences.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';
import { peerNames } from './economy-federation.js';

export interface FederatedCommonsView {
  objectId: string;
  /** The DisCO that published it: its actor id and, when known, its name. */
  origin: string;
  originName: string | null;
  title: string;
  kind: string;
  licence: string;
  spdx: string | null;
  link: string;
  publishedAt: string;
  updatedAt: string | null;
}

/**
 * The commons of federated DisCOs as their last `Create` or `Update` described them (a `Delete`
 * removes them), newest first. Public, like this DisCO's own registry.
 *
 * @example const { items } = await listFederatedCommons(ctx, null);
 */
export async function listFederatedCommons(
  ctx: AppContext,
  actor: Actor | null,
): Promise<{ items: FederatedCommonsView[] }> {
  ensureAllowed('value.commons.list', actor);
  const [rows, names] = await Promise.all([
    ctx.store.db
      .selectFrom('federated_commons')
      .selectAll()
      .orderBy('published_at', 'desc')
      .orderBy('object_id')
      .execute(),
    peerNames(ctx),
  ]);
  return {
    items: rows.map((r) => ({
      objectId: r.object_id,
      origin: r.origin,
      originName: names.get(r.origin) ?? null,
      title: r.title,
      kind: r.kind,
      licence: r.licence,
      spdx: describeLicence(r.licence).spdx,
      link: r.link,
      publishedAt: r.published_at,
      updatedAt: r.updated_at,
    })),
  };
}
