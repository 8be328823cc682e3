import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { commonsResourceRegisteredPayload, VALUE_EVENT } from '../../core/value/index.js';
import { normalLicence } from '../../core/value/licences.js';
import { publishCommons } from '../federation/publish-commons.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { newId } from '../ids.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';

export const registerCommonsInput = commonsResourceRegisteredPayload.omit({ resourceId: true });
export type RegisterCommonsInput = z.input<typeof registerCommonsInput>;

/**
 * Registers a commons resource (an article, a translation, software...) with its licence and
 * link; love work is then logged against it with `resource`.
 *
 * @example const { resourceId } = await registerCommonsResource(ctx, ana, { title: 'Guide', kind: 'article', licence: 'CC-BY-SA-4.0', link: 'https://example.org/guide' });
 */
export async function registerCommonsResource(
  ctx: AppContext,
  actor: Actor | null,
  input: RegisterCommonsInput,
): Promise<{ resourceId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(
    registerCommonsInput,
    input,
    refusal('refusal.commons-resource-cannot-be-registered'),
  );
  ensureAllowed('value.commons.add', actor);
  const resourceId = newId(ctx);
  const events = await appendEvents(ctx, [
    draftOf(ctx, actor, VALUE_EVENT.commonsResourceRegistered, {
      resourceId,
      ...parsed,
      licence: normalLicence(parsed.licence),
    }),
  ]);
  await publishCommons(ctx, 'Create', resourceId);
  return { resourceId, events };
}
