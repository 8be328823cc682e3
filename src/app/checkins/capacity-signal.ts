import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed } from '../use-case-steps.js';
import { retentionDays } from './checkin-facts.js';

/** A capacity above this percentage is an overload. */
export const OVERLOAD_PERCENT = 100;

export interface CapacitySignal {
  /** Members whose check-ins reported more than `threshold`% capacity in each of the last two weeks. */
  overloaded: number;
  /** Members who checked in (for others to see) in either of those weeks. */
  reporting: number;
  threshold: number;
  /** The Mondays of the two weeks, earlier first. */
  weeks: [string, string];
  retentionDays: number;
}

const mondayBefore = (day: string, weeks: number): string => {
  const date = new Date(`${day}T00:00:00Z`);
  const back = ((date.getUTCDay() + 6) % 7) + 7 * weeks;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
};

/**
 * The care view's capacity signal: counts only, never a name or a word of any check-in.
 * Check-ins written for their author alone are left out, since they chose that nobody else learns
 * anything from them.
 *
 * @example await capacitySignal(ctx, bo) // { overloaded: 3, reporting: 7, threshold: 100, weeks: ['2026-02-23', '2026-03-02'], retentionDays: 56 }
 */
export async function capacitySignal(
  ctx: AppContext,
  actor: Actor | null,
): Promise<CapacitySignal> {
  ensureAllowed('checkin.read', actor);
  const today = await discoToday(ctx);
  const weeks: [string, string] = [mondayBefore(today, 1), mondayBefore(today, 0)];
  const rows = await ctx.store.db
    .selectFrom('checkins')
    .select(['member_id', 'week_of', 'capacity'])
    .where('week_of', 'in', weeks)
    .where('audience', '!=', 'self')
    .execute();
  const over = new Map<string, Set<string>>();
  const reporting = new Set<string>();
  for (const r of rows) {
    reporting.add(r.member_id);
    if (Number(r.capacity) <= OVERLOAD_PERCENT) continue;
    over.set(r.member_id, (over.get(r.member_id) ?? new Set()).add(r.week_of));
  }
  return {
    overloaded: [...over.values()].filter((w) => w.size === 2).length,
    reporting: reporting.size,
    threshold: OVERLOAD_PERCENT,
    weeks,
    retentionDays: await retentionDays(ctx.store.db),
  };
}
