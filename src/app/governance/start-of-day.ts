import { calendarDay } from '../use-case-steps.js';

/** Every time zone's offset lies within this of UTC (UTC−12 to UTC+14). */
const WIDEST_OFFSET_MS = 15 * 3_600_000;

/**
 * The first instant of a calendar date in a time zone, found by bisection over the widest offsets
 * so that no time-zone table is needed (and daylight-saving days come out right).
 *
 * @example startOfDay('2026-03-01', 'Europe/Madrid').toISOString() // '2026-02-28T23:00:00.000Z'
 */
export function startOfDay(date: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  let before = midnightUtc - WIDEST_OFFSET_MS; // surely the day before
  let after = midnightUtc + WIDEST_OFFSET_MS; // surely the day itself
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (calendarDay(new Date(middle), timeZone) < date) before = middle;
    else after = middle;
  }
  return new Date(after);
}
