import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { markLogRead } from '../notify/notification-log.js';
import { listNotifications } from './list-notifications.js';

export const markNotificationsReadInput = z.strictObject({
  /** The notifications (their `id`) to mark; every current one when left out. */
  ids: z.array(z.string().min(1).max(200)).max(1000).optional(),
});

/**
 * Marks the actor's notifications read, on the notification log. Read marks are kept off the ledger: they are a member's own
 * business, say nothing about any decision, and need not outlive the notification.
 *
 * @example await markNotificationsRead(ctx, ana, { ids: ['deadline-soon:0190…'] }); // { marked: 1 }
 */
export async function markNotificationsRead(
  ctx: AppContext,
  actor: Actor | null,
  input: z.input<typeof markNotificationsReadInput>,
): Promise<{ marked: number }> {
  const parsed = parseInput(
    markNotificationsReadInput,
    input,
    refusal('refusal.notifications-cannot-be-marked-read'),
  );
  ensureAllowed('notification.read', actor);
  const known = new Set((await listNotifications(ctx, actor)).map((n) => n.id));
  const unknown = (parsed.ids ?? []).flatMap((id, i) =>
    known.has(id) ? [] : [{ field: `ids[${i}]`, message: `you have no notification "${id}"` }],
  );
  if (unknown.length > 0)
    throw invalid(
      refusal('refusal.notifications-not-yours'),
      unknown,
      refusal('hint.list-them-get-api-notifications'),
    );
  return { marked: await markLogRead(ctx, actor!.memberId, parsed.ids ?? 'all-current') };
}
