import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { isoNow } from '../clock.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { newId } from '../ids.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { AUDIENCES, sweepCheckins } from './checkin-facts.js';

export const writeCheckinInput = z.strictObject({
  /** How you are, in your words. */
  feeling: z.string().trim().min(1, 'say how you are').max(500),
  /** Your capacity this week, as a percentage of a usual week (0 to 300). */
  capacity: z.number().int('a whole percentage').min(0).max(300),
  blockers: z.string().trim().max(2000).default(''),
  needs: z.string().trim().max(2000).default(''),
  /** Who may read it: your circles, your mentors and stewards, or only you. */
  audience: z.enum(AUDIENCES),
});
export type WriteCheckinInput = z.input<typeof writeCheckinInput>;

/** The Monday of the week `day` (YYYY-MM-DD) falls in. */
function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Records the member's check-in, off the ledger: personal data, kept until the member deletes it
 * or the DisCO's retention period ends (the sweep runs here too, so expired ones never linger
 * on a node that is written to).
 *
 * @example const { checkinId } = await writeCheckin(ctx, ana, { feeling: 'tired but fine', capacity: 120, audience: 'circle' });
 */
export async function writeCheckin(
  ctx: AppContext,
  actor: Actor | null,
  input: WriteCheckinInput,
): Promise<{ checkinId: string; weekOf: string }> {
  ensureAllowed('checkin.write', actor, { memberId: actor?.memberId ?? '' });
  const parsed = parseInput(
    writeCheckinInput,
    input,
    refusal('refusal.checkin-cannot-be-recorded'),
  );
  const checkinId = newId(ctx);
  const weekOf = mondayOf(await discoToday(ctx));
  await ctx.store.db
    .insertInto('checkins')
    .values({
      checkin_id: checkinId,
      member_id: actor!.memberId,
      created_at: isoNow(ctx.clock),
      week_of: weekOf,
      feeling: parsed.feeling,
      capacity: parsed.capacity,
      blockers: parsed.blockers,
      needs: parsed.needs,
      audience: parsed.audience,
    })
    .execute();
  await sweepCheckins(ctx);
  return { checkinId, weekOf };
}
