import {
  dayNumber,
  isoWeekOf,
  isWithin,
  periodLength,
  type CalendarDate,
  type Period,
} from './calendar.js';
import type { ContributionRecord } from './contribution.js';
import type { DutyProgress } from './duties.js';
import { HOUR, QUANTITY_SCALE } from './quantity.js';

/*
 * Indicators look at the work people say they did, validated or not (pending, counted or
 * disputed), because load and concentration are about people, not pay; superseded and void
 * entries are left out. They are signals for a quarterly evaluation, never inputs to money.
 */

/** An exact share: numerator / denominator, reduced, denominator > 0. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** @example fraction(2n, 4n) // { numerator: 1n, denominator: 2n } */
export function fraction(numerator: bigint, denominator: bigint): Fraction {
  if (denominator === 0n) return { numerator: 0n, denominator: 1n };
  const g = gcd(numerator, denominator) || 1n;
  const sign = denominator < 0n ? -1n : 1n;
  return { numerator: (sign * numerator) / g, denominator: (sign * denominator) / g };
}

const live = (c: ContributionRecord) =>
  c.validation.status === 'pending' ||
  c.validation.status === 'counted' ||
  c.validation.status === 'disputed';

export interface Gini extends Fraction {
  /**
   * The same value as a float, for charts. The Gini coefficient is a statistic, not money, so
   * this is the one place a float is allowed; decisions should compare the exact fraction.
   */
  value: number;
}

/**
 * The Gini coefficient of non-negative amounts, exactly: 0 when everybody does the same, (n−1)/n
 * when one person does everything. With amounts sorted ascending and i counted from 1,
 * G = (2·Σ i·xᵢ − (n+1)·Σ xᵢ) / (n·Σ xᵢ). 0 for no amounts or a zero total.
 *
 * @example giniCoefficient([0n, 0n, 0n, 10n]) // { numerator: 3n, denominator: 4n, value: 0.75 }
 */
export function giniCoefficient(amounts: readonly bigint[]): Gini {
  const sorted = [...amounts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.some((a) => a < 0n))
    throw new RangeError('the Gini coefficient needs non-negative amounts');
  const n = BigInt(sorted.length);
  const total = sorted.reduce((s, a) => s + a, 0n);
  if (n === 0n || total === 0n) return { numerator: 0n, denominator: 1n, value: 0 };
  let weighted = 0n;
  sorted.forEach((a, i) => (weighted += BigInt(i + 1) * a));
  const g = fraction(2n * weighted - (n + 1n) * total, n * total);
  return { ...g, value: Number(g.numerator) / Number(g.denominator) };
}

export interface CareShare {
  memberId: string;
  /** Thousandths of an hour, or minor units of credit, per `measure`. */
  amount: bigint;
  share: Fraction;
}

export interface CareConcentration {
  period: Pick<Period, 'start' | 'end'>;
  measure: 'hours' | 'credits';
  total: bigint;
  /** One per member asked about, in the order given, including those who did no care work. */
  shares: CareShare[];
  gini: Gini;
}

/**
 * Who carries the care work in a period and how concentrated it is. `members` must list every
 * member the question is about, so those doing no care count as zeros: leaving them out would
 * hide exactly the concentration this is meant to show. `hours` counts hour-based entries only;
 * `credits` counts every care entry at its credit value.
 *
 * @example careConcentration(contributions, { period: periodOf('2024-02-01', 'quarter'), members: ['ana', 'ben'], measure: 'hours' }).gini.value // 0.5 when ana does all of it
 */
export function careConcentration(
  contributions: Iterable<ContributionRecord>,
  query: {
    period: Pick<Period, 'start' | 'end'>;
    members: readonly string[];
    measure: 'hours' | 'credits';
  },
): CareConcentration {
  const amounts = new Map<string, bigint>();
  for (const c of contributions) {
    if (c.stream !== 'care' || !live(c) || !isWithin(c.date, query.period)) continue;
    if (query.measure === 'hours' && c.quantity.unit !== HOUR) continue;
    amounts.set(
      c.member,
      (amounts.get(c.member) ?? 0n) +
        (query.measure === 'hours' ? c.quantity.milli : c.credit.amount),
    );
  }
  return concentrationOf(amounts, query);
}

/**
 * `careConcentration` from each member's care total in the period, already summed (members
 * missing from `amounts` did none; amounts of others are ignored).
 *
 * @example concentrationOf(new Map([['ana', 3000n]]), { period, members: ['ana', 'ben'], measure: 'hours' }).gini.value // 0.5
 */
export function concentrationOf(
  amounts: ReadonlyMap<string, bigint>,
  query: {
    period: Pick<Period, 'start' | 'end'>;
    members: readonly string[];
    measure: 'hours' | 'credits';
  },
): CareConcentration {
  const own = query.members.map((memberId) => [memberId, amounts.get(memberId) ?? 0n] as const);
  const total = own.reduce((s, [, a]) => s + a, 0n);
  const shares = own.map(([memberId, amount]) => ({
    memberId,
    amount,
    share: fraction(amount, total),
  }));
  return {
    period: query.period,
    measure: query.measure,
    total,
    shares,
    gini: giniCoefficient(shares.map((s) => s.amount)),
  };
}

export interface WeeklyOverload {
  memberId: string;
  /** ISO week, e.g. '2024-W05'. */
  week: string;
  /** Thousandths of an hour logged that week, over all streams. */
  hours: bigint;
}

/** 40 hours a week: a common full-time load; the collective sets its own. */
export const DEFAULT_MAX_WEEKLY_HOURS = 40n * QUANTITY_SCALE;

/**
 * Members whose logged hours in an ISO week (all streams) exceed a load, for every week that
 * overlaps [from, to]. Sorted by week, then member.
 *
 * @example overloadedMembers(contributions, { from: '2024-01-01', to: '2024-01-31' }) // [{ memberId: 'ana', week: '2024-W03', hours: 52000n }]
 */
export function overloadedMembers(
  contributions: Iterable<ContributionRecord>,
  query: { from: CalendarDate; to: CalendarDate; maxWeeklyHours?: bigint },
): WeeklyOverload[] {
  const daily: DailyHours[] = [];
  for (const c of contributions)
    if (live(c) && c.quantity.unit === HOUR)
      daily.push({ memberId: c.member, date: c.date, hours: c.quantity.milli });
  return overloadsOf(daily, query);
}

/** Hours (thousandths) a member logged on a day, as a database aggregation gives them. */
export interface DailyHours {
  memberId: string;
  date: CalendarDate;
  hours: bigint;
}

/**
 * `overloadedMembers` from hours already summed per member and day (several entries for the same
 * member and day add up).
 *
 * @example overloadsOf([{ memberId: 'ana', date: '2024-01-15', hours: 42_000n }], { from: '2024-01-15', to: '2024-01-21' }) // [{ memberId: 'ana', week: '2024-W03', hours: 42000n }]
 */
export function overloadsOf(
  daily: Iterable<DailyHours>,
  query: { from: CalendarDate; to: CalendarDate; maxWeeklyHours?: bigint },
): WeeklyOverload[] {
  const max = query.maxWeeklyHours ?? DEFAULT_MAX_WEEKLY_HOURS;
  const window = { start: isoWeekOf(query.from).start, end: isoWeekOf(query.to).end };
  const load = new Map<string, WeeklyOverload>();
  for (const d of daily) {
    if (!isWithin(d.date, window)) continue;
    const week = isoWeekOf(d.date).label;
    const key = `${week} ${d.memberId}`;
    const entry = load.get(key) ?? { memberId: d.memberId, week, hours: 0n };
    entry.hours += d.hours;
    load.set(key, entry);
  }
  return [...load.values()]
    .filter((e) => e.hours > max)
    .sort((a, b) =>
      a.week !== b.week
        ? a.week < b.week
          ? -1
          : 1
        : a.memberId < b.memberId
          ? -1
          : a.memberId > b.memberId
            ? 1
            : 0,
    );
}

export interface DutyShortfall extends DutyProgress {
  /** What should be done by today at an even pace through the period (all of it once it is over). */
  expected: bigint;
}

/**
 * Duties falling behind an even pace: by `today`, a member should have done the owed credits
 * times the share of the period's days elapsed (today included), rounded down so nobody is
 * flagged for a fraction of a cent. After the period ends, anything short of the duty is behind.
 *
 * @example membersBehindOnDuties(progress, '2024-02-15') // the duties with done < expected
 */
export function membersBehindOnDuties(
  progress: readonly DutyProgress[],
  today: CalendarDate,
): DutyShortfall[] {
  const behind: DutyShortfall[] = [];
  for (const p of progress) {
    if (today < p.period.start) continue;
    const elapsed =
      today > p.period.end
        ? periodLength(p.period)
        : dayNumber(today) - dayNumber(p.period.start) + 1;
    const expected = (p.owed * BigInt(elapsed)) / BigInt(periodLength(p.period));
    if (p.done < expected) behind.push({ ...p, expected });
  }
  return behind;
}
