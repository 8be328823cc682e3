import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { entityId } from '../../core/members/vocabulary.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { checkinNotFound, forgetDeleted } from './checkin-facts.js';

export const deleteCheckinInput = z.strictObject({ checkinId: entityId });
export type DeleteCheckinInput = z.input<typeof deleteCheckinInput>;

/**
 * Deletes one of the member's own check-ins for good: the row goes (zeroed in the SQLite file by
 * secure_delete, and out of the write-ahead log), and no backup made afterwards holds it.
 * Someone else's check-in answers 404, as if it did not exist.
 *
 * @example await deleteCheckin(ctx, ana, { checkinId });
 */
export async function deleteCheckin(
  ctx: AppContext,
  actor: Actor | null,
  input: DeleteCheckinInput,
): Promise<{ deleted: true }> {
  ensureAllowed('checkin.write', actor, { memberId: actor?.memberId ?? '' });
  const parsed = parseInput(
    deleteCheckinInput,
    input,
    refusal('refusal.checkin-cannot-be-deleted'),
  );
  const result = await ctx.store.db
    .deleteFrom('checkins')
    .where('checkin_id', '=', parsed.checkinId)
    .where('member_id', '=', actor!.memberId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw checkinNotFound(parsed.checkinId);
  await forgetDeleted(ctx);
  return { deleted: true };
}
