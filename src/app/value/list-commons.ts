import type { Actor } from '../../core/access/actor.js';
import { describeLicence } from '../../core/value/licences.js';
import type { AppContext } from '../context.js';
import { ensureAllowed } from '../use-case-steps.js';

export interface CommonsResourceView {
  resourceId: string;
  title: string;
  kind: string;
  licence: string;
  /** The licence's SPDX identifier, when it has one. */
  spdx: string | null;
  /** Where the licence's text lives, when known. */
  licenceUrl: string | null;
  link: string;
  registeredAt: string;
  updatedAt: string | null;
  /** The love work that made it: live contributions logged against it, oldest first. */
  loveWork: Array<{
    contributionId: string;
    memberId: string;
    quantity: string;
    unit: string;
    date: string;
    status: string;
  }>;
}

/**
 * The commons registry, newest first, with the love work behind each resource. Public: the
 * commons are the collective's gift to everyone.
 *
 * @example const resources = await listCommons(ctx, null);
 */
export async function listCommons(
  ctx: AppContext,
  actor: Actor | null,
): Promise<CommonsResourceView[]> {
  ensureAllowed('value.commons.list', actor);
  const db = ctx.store.db;
  const [resources, work] = await Promise.all([
    db
      .selectFrom('value_commons')
      .selectAll()
      .where('withdrawn_at', 'is', null)
      .orderBy('seq', 'desc')
      .execute(),
    db
      .selectFrom('value_contributions')
      .select(['id', 'member_id', 'quantity', 'unit', 'date', 'status', 'resource_id'])
      .where('resource_id', 'is not', null)
      .where('status', 'not in', ['superseded', 'void'])
      .orderBy('seq')
      .execute(),
  ]);
  return resources.map((r) => ({
    resourceId: r.id,
    title: r.title,
    kind: r.kind,
    licence: r.licence,
    spdx: describeLicence(r.licence).spdx,
    licenceUrl: describeLicence(r.licence).url,
    link: r.link,
    registeredAt: r.registered_at,
    updatedAt: r.updated_at,
    loveWork: work
      .filter((w) => w.resource_id === r.id)
      .map((w) => ({
        contributionId: w.id,
        memberId: w.member_id,
        quantity: w.quantity,
        unit: w.unit,
        date: w.date,
        status: w.status,
      })),
  }));
}
