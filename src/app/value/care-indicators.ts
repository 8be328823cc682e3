import { refusal } from '../errors.js';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import {
  addDays,
  concentrationOf,
  DEFAULT_MAX_WEEKLY_HOURS,
  overloadsOf,
  periodOf,
  type CareConcentration,
  type Fraction,
} from '../../core/value/index.js';
import type { AppContext } from '../context.js';
import { discoToday } from '../members/member-facts.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { dutyViews, type DutyView } from './duties-progress.js';
import { careTotals, weeklyHoursOver } from './window-totals.js';

export const careIndicatorsInput = z
  .strictObject({
    /** First day looked at; the current quarter's first day by default. */
    from: z.iso.date('must be a calendar date YYYY-MM-DD').optional(),
    /** Last day looked at; today by default. */
    to: z.iso.date('must be a calendar date YYYY-MM-DD').optional(),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: 'must not be after `to`',
    path: ['from'],
  });
export type CareIndicatorsInput = z.input<typeof careIndicatorsInput>;

/** Exact fractions as digit strings, with a float beside for charts. */
interface FractionView {
  numerator: string;
  denominator: string;
}
export interface ConcentrationView {
  measure: 'hours' | 'credits';
  /** Thousandths of an hour, or minor units of credit. */
  total: string;
  shares: Array<{ memberId: string; amount: string; share: FractionView }>;
  gini: FractionView & { value: number };
}

export interface CareIndicators {
  from: string;
  to: string;
  careHours: ConcentrationView;
  careCredits: ConcentrationView;
  /** Members whose logged hours (all streams) exceed 40 in an ISO week; hours in thousandths. */
  overloaded: Array<{ memberId: string; week: string; hours: string }>;
  /** Duties behind an even pace as of `to`. */
  behindOnDuties: DutyView[];
  /** Thanks each member received and gave in the window; members with none are left out. */
  appreciations: Array<{ memberId: string; received: number; given: number }>;
}

const fractionView = (f: Fraction): FractionView => ({
  numerator: f.numerator.toString(),
  denominator: f.denominator.toString(),
});
const concentrationView = (c: CareConcentration): ConcentrationView => ({
  measure: c.measure,
  total: c.total.toString(),
  shares: c.shares.map((s) => ({
    memberId: s.memberId,
    amount: s.amount.toString(),
    share: fractionView(s.share),
  })),
  gini: { ...fractionView(c.gini), value: c.gini.value },
});

/**
 * Signals for the quarterly evaluation, never inputs to money: who carries the care work (share
 * per active worker-member and the Gini coefficient, by hours and by credits), who logged over 40
 * hours in a week, and who is behind on their duties. The database sums the window's
 * contributions (by the date index); core turns the sums into shares, Gini, overloads and duties.
 *
 * @example const { careHours } = await careIndicators(ctx, actor, { from: '2026-01-01', to: '2026-03-31' });
 */
export async function careIndicators(
  ctx: AppContext,
  actor: Actor | null,
  input: CareIndicatorsInput,
): Promise<CareIndicators> {
  const parsed = parseInput(
    careIndicatorsInput,
    input,
    refusal('refusal.care-indicators-cannot-be-shown'),
  );
  ensureAllowed('value.indicators', actor);
  const db = ctx.store.db;
  const to = parsed.to ?? (await discoToday(ctx));
  const from = parsed.from ?? periodOf(to, 'quarter').start;
  const [care, daily, workers, duties, thanks] = await Promise.all([
    careTotals(db, from, to),
    weeklyHoursOver(db, ctx.store.dialect, from, to, DEFAULT_MAX_WEEKLY_HOURS),
    db
      .selectFrom('members')
      .select('id')
      .where('status', '=', 'active')
      .where('level', 'is not', null)
      .orderBy('joined_at')
      .execute(),
    dutyViews(db, to),
    db
      .selectFrom('appreciations')
      .select(['from_member', 'member_id'])
      .where('given_at', '>=', from)
      .where('given_at', '<', addDays(to, 1))
      .execute(),
  ]);
  const appreciations = new Map<string, { memberId: string; received: number; given: number }>();
  const tally = (memberId: string) =>
    appreciations.get(memberId) ??
    appreciations.set(memberId, { memberId, received: 0, given: 0 }).get(memberId)!;
  for (const t of thanks) {
    tally(t.member_id).received += 1;
    tally(t.from_member).given += 1;
  }
  const members = workers.map((w) => w.id);
  const period = { start: from, end: to };
  return {
    from,
    to,
    careHours: concentrationView(
      concentrationOf(care.hours, { period, members, measure: 'hours' }),
    ),
    careCredits: concentrationView(
      concentrationOf(care.credits, { period, members, measure: 'credits' }),
    ),
    overloaded: overloadsOf(daily, { from, to }).map((o) => ({
      memberId: o.memberId,
      week: o.week,
      hours: o.hours.toString(),
    })),
    behindOnDuties: duties.filter((d) => d.behind),
    appreciations: [...appreciations.values()].sort((a, b) =>
      a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0,
    ),
  };
}
