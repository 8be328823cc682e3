import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { entityId } from '../../core/members/vocabulary.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { checkinFromRow, circlesByMember, inAudience, type CheckinView } from './checkin-facts.js';

export const listCheckinsInput = z.strictObject({
  /** Only this member's check-ins (those you may read). */
  memberId: entityId.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListCheckinsInput = z.input<typeof listCheckinsInput>;

/**
 * The check-ins the actor may read, newest first: their own and those whose audience includes
 * them. Nothing else is ever read into the answer.
 *
 * @example await listCheckins(ctx, bo, {}) // [{ displayName: 'Ana', capacity: 120, ... }]
 */
export async function listCheckins(
  ctx: AppContext,
  actor: Actor | null,
  input: ListCheckinsInput,
): Promise<CheckinView[]> {
  const parsed = parseInput(listCheckinsInput, input, refusal('refusal.checkins-cannot-be-listed'));
  ensureAllowed('checkin.read', actor);
  const db = ctx.store.db;
  let query = db
    .selectFrom('checkins as k')
    .innerJoin('members as m', 'm.id', 'k.member_id')
    .selectAll('k')
    .select('m.display_name')
    .where((eb) => eb.or([eb('k.member_id', '=', actor!.memberId), eb('k.audience', '!=', 'self')]))
    .orderBy('k.created_at', 'desc')
    .orderBy('k.checkin_id', 'desc');
  if (parsed.memberId !== undefined) query = query.where('k.member_id', '=', parsed.memberId);
  const rows = await query.execute();
  const circles = await circlesByMember(
    db,
    rows.map((r) => r.member_id),
  );
  return rows
    .filter((r) => inAudience(actor!, r, circles.get(r.member_id) ?? []))
    .slice(0, parsed.limit)
    .map(checkinFromRow);
}
