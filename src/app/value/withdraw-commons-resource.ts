import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { commonsResourceWithdrawnPayload, VALUE_EVENT } from '../../core/value/events.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { publishCommons } from '../federation/publish-commons.js';
import { appendEvents } from '../ledger/append-events.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { refuseUnlessInRegistry } from './commons-facts.js';

export const withdrawCommonsInput = commonsResourceWithdrawnPayload;
export type WithdrawCommonsInput = z.input<typeof withdrawCommonsInput>;

/**
 * Takes a commons resource out of the registry (its love work stays on record); federated
 * followers get a `Delete`.
 *
 * @example await withdrawCommonsResource(ctx, ana, { resourceId, reason: 'Superseded by the 2nd edition' });
 */
export async function withdrawCommonsResource(
  ctx: AppContext,
  actor: Actor | null,
  input: WithdrawCommonsInput,
): Promise<{ events: LedgerEvent[] }> {
  const parsed = parseInput(
    withdrawCommonsInput,
    input,
    refusal('refusal.commons-resource-cannot-be-withdrawn'),
  );
  ensureAllowed('value.commons.add', actor);
  const events = await appendEvents(
    ctx,
    [draftOf(ctx, actor, VALUE_EVENT.commonsResourceWithdrawn, parsed)],
    { guard: (db) => refuseUnlessInRegistry(db, parsed.resourceId) },
  );
  await publishCommons(ctx, 'Delete', parsed.resourceId);
  return { events };
}
