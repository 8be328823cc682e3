import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { isoNow } from '../clock.js';
import type { AppContext } from '../context.js';
import { refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { retentionDays, sweepCheckins } from './checkin-facts.js';

export const setCheckinRetentionInput = z.strictObject({
  /** How many days check-ins are kept before the sweep deletes them (1 to 366). */
  retentionDays: z.number().int().min(1, 'at least a day').max(366, 'at most a year'),
});
export type SetCheckinRetentionInput = z.input<typeof setCheckinRetentionInput>;

/**
 * Sets how long check-ins are kept, and sweeps at once: a shorter period deletes the check-ins
 * already older than it. Founders only; off the ledger like the check-ins themselves.
 *
 * @example await setCheckinRetention(ctx, founder, { retentionDays: 28 }) // { retentionDays: 28, deleted: 3 }
 */
export async function setCheckinRetention(
  ctx: AppContext,
  actor: Actor | null,
  input: SetCheckinRetentionInput,
): Promise<{ retentionDays: number; deleted: number }> {
  ensureAllowed('checkin.settings', actor);
  const parsed = parseInput(
    setCheckinRetentionInput,
    input,
    refusal('refusal.retention-cannot-be-set'),
  );
  const values = {
    retention_days: parsed.retentionDays,
    changed_at: isoNow(ctx.clock),
    changed_by: actor!.memberId,
  };
  await ctx.store.db
    .insertInto('checkin_settings')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  return { retentionDays: await retentionDays(ctx.store.db), deleted: await sweepCheckins(ctx) };
}
