import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { entityId } from '../../core/members/vocabulary.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import {
  checkinFromRow,
  checkinNotFound,
  circlesByMember,
  inAudience,
  type CheckinView,
} from './checkin-facts.js';

export const showCheckinInput = z.strictObject({ checkinId: entityId });
export type ShowCheckinInput = z.input<typeof showCheckinInput>;

/**
 * One check-in, to a reader in its audience; to anyone else a 404, the same as a check-in that
 * does not exist, so its existence is not revealed either.
 *
 * @example await showCheckin(ctx, bo, { checkinId }) // 404 when Bo is outside its audience
 */
export async function showCheckin(
  ctx: AppContext,
  actor: Actor | null,
  input: ShowCheckinInput,
): Promise<CheckinView> {
  ensureAllowed('checkin.read', actor);
  const parsed = parseInput(showCheckinInput, input, refusal('refusal.checkin-cannot-be-shown'));
  const db = ctx.store.db;
  const row = await db
    .selectFrom('checkins as k')
    .innerJoin('members as m', 'm.id', 'k.member_id')
    .selectAll('k')
    .select('m.display_name')
    .where('k.checkin_id', '=', parsed.checkinId)
    .executeTakeFirst();
  if (!row) throw checkinNotFound(parsed.checkinId);
  const circles = await circlesByMember(db, [row.member_id]);
  if (!inAudience(actor!, row, circles.get(row.member_id) ?? []))
    throw checkinNotFound(parsed.checkinId);
  return checkinFromRow(row);
}
