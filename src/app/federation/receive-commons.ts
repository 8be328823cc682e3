import { z } from 'zod';
import { isoNow } from '../clock.js';
import type { AppContext } from '../context.js';
import { federatesWith } from './receive-activity.js';
import type { InboundActivity } from './federation-port.js';

const resourceObject = z.object({
  id: z.url({ protocol: /^https?$/ }).max(1000),
  type: z.union([z.string(), z.array(z.string())]),
  attributedTo: z.string().optional(),
  name: z.string().trim().min(1).max(300),
  url: z.url({ protocol: /^https?$/ }).max(2000),
  published: z.string().max(40),
  updated: z.string().max(40).optional(),
  'vf:classifiedAs': z.array(z.string().max(64)).max(8).optional(),
  'disco:licence': z.string().trim().min(1).max(100),
});
const tombstone = z.object({ id: z.string().max(1000), type: z.literal('Tombstone') });

const isResource = (type: string | string[]) =>
  (Array.isArray(type) ? type : [type]).includes('vf:EconomicResource');

/** An entry is the origin's own: its id lies under the origin's actor id. */
const ownedBy = (objectId: string, origin: string) => objectId.startsWith(`${origin}/`);

/**
 * Keeps the federated commons catalogue in step with a peer's `Create`, `Update` and `Delete` of
 * its commons entries. Entries another actor claims, or that do not parse, are not this
 * handler's; a replayed activity leaves the catalogue as it was.
 *
 * @example await receiveCommons(ctx, { peerActorId, activity });
 */
export async function receiveCommons(
  ctx: AppContext,
  { peerActorId, activity }: InboundActivity,
): Promise<'handled' | 'ignored'> {
  const db = ctx.store.db;
  if (!(await federatesWith(ctx, peerActorId))) return 'ignored';
  if (activity.type === 'Delete') {
    const gone = tombstone.safeParse(activity['object']);
    if (!gone.success || !ownedBy(gone.data.id, peerActorId)) return 'ignored';
    const row = await db
      .selectFrom('federated_commons')
      .select('object_id')
      .where('object_id', '=', gone.data.id)
      .where('origin', '=', peerActorId)
      .executeTakeFirst();
    if (!row) return 'ignored';
    await db.deleteFrom('federated_commons').where('object_id', '=', gone.data.id).execute();
    return 'handled';
  }
  if (activity.type !== 'Create' && activity.type !== 'Update') return 'ignored';
  const parsed = resourceObject.safeParse(activity['object']);
  if (!parsed.success || !isResource(parsed.data.type) || !ownedBy(parsed.data.id, peerActorId))
    return 'ignored';
  const o = parsed.data;
  const values = {
    origin: peerActorId,
    title: o.name,
    kind: o['vf:classifiedAs']?.[0] ?? 'resource',
    licence: o['disco:licence'],
    link: o.url,
    published_at: o.published,
    updated_at: o.updated ?? null,
    received_at: isoNow(ctx.clock),
  };
  await db
    .insertInto('federated_commons')
    .values({ object_id: o.id, ...values })
    .onConflict((oc) => oc.column('object_id').doUpdateSet(values))
    .execute();
  return 'handled';
}
