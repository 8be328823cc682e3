import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { commonsResourceUpdatedPayload, VALUE_EVENT } from '../../core/value/events.js';
import { normalLicence } from '../../core/value/licences.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { publishCommons } from '../federation/publish-commons.js';
import { appendEvents } from '../ledger/append-events.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { refuseUnlessInRegistry } from './commons-facts.js';

export const updateCommonsInput = commonsResourceUpdatedPayload;
export type UpdateCommonsInput = z.input<typeof updateCommonsInput>;

/**
 * Changes a commons resource's title, kind, licence or link; federated followers get an `Update`.
 *
 * @example await updateCommonsResource(ctx, ana, { resourceId, licence: 'CC-BY-SA-4.0' });
 */
export async function updateCommonsResource(
  ctx: AppContext,
  actor: Actor | null,
  input: UpdateCommonsInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    updateCommonsInput,
    input,
    refusal('refusal.commons-resource-cannot-be-updated'),
  );
  ensureAllowed('value.commons.add', actor);
  const payload = {
    ...parsed,
    ...(parsed.licence !== undefined ? { licence: normalLicence(parsed.licence) } : {}),
  };
  const events = await appendEvents(
    ctx,
    [draftOf(ctx, actor, VALUE_EVENT.commonsResourceUpdated, payload)],
    { guard: (db) => refuseUnlessInRegistry(db, parsed.resourceId) },
  );
  await publishCommons(ctx, 'Update', parsed.resourceId);
  return { events };
}
