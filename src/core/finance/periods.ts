import { addDays, daysInMonth } from '../value/calendar.js';

/** A distribution period: a calendar month written YYYY-MM. */
export type Period = string;

/**
 * The month a calendar date falls in.
 *
 * @example periodOfDate('2026-03-17') // '2026-03'
 */
export function periodOfDate(date: string): Period {
  return date.slice(0, 7);
}

/** @example periodStart('2026-02') // '2026-02-01' */
export function periodStart(period: Period): string {
  return `${period}-01`;
}

/** @example periodEnd('2024-02') // '2024-02-29' */
export function periodEnd(period: Period): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return `${period}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** @example nextPeriod('2026-12') // '2027-01' */
export function nextPeriod(period: Period): Period {
  return periodOfDate(addDays(periodEnd(period), 1));
}

/** @example previousPeriod('2026-01') // '2025-12' */
export function previousPeriod(period: Period): Period {
  return periodOfDate(addDays(periodStart(period), -1));
}

/** @example dayBefore('2026-03-01') // '2026-02-28' */
export function dayBefore(date: string): string {
  return addDays(date, -1);
}
