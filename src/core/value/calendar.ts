/**
 * Calendar dates of work, as plain `YYYY-MM-DD` strings in the DisCO's time zone. Arithmetic is
 * done on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar) rather than
 * `Date`, so nothing here can pick up the host's time zone or clock.
 */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real calendar date written `YYYY-MM-DD` (so 2023-02-29 is refused).
 *
 * @example isCalendarDate('2024-02-29') // true
 * @example isCalendarDate('2023-02-29') // false
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parts(date: CalendarDate): [number, number, number] {
  if (!isCalendarDate(date))
    throw new RangeError(`not a calendar date YYYY-MM-DD: ${JSON.stringify(date)}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function format(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Day number of a date (days since 1970-01-01), by Howard Hinnant's `days_from_civil`.
 *
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: CalendarDate): number {
  const [y0, m, d] = parts(date);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The date of a day number, the inverse of `dayNumber`.
 *
 * @example dateOfDayNumber(0) // '1970-01-01'
 */
export function dateOfDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** @example addDays('2024-02-28', 2) // '2024-03-01' */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/**
 * Adds whole months, clamping the day to the end of a shorter month, so a monthly schedule that
 * starts on the 31st still has exactly one date in every month.
 *
 * @example addMonths('2024-01-31', 1) // '2024-02-29'
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return format(y, m, Math.min(day, daysInMonth(y, m)));
}

export type PeriodKind = 'month' | 'quarter';

/** A calendar period with inclusive bounds. */
export interface Period {
  kind: PeriodKind;
  /** e.g. '2024-03' for a month, '2024-Q1' for a quarter. */
  label: string;
  start: CalendarDate;
  /** Inclusive: the period's last day. */
  end: CalendarDate;
}

/**
 * The month or quarter a date falls in.
 *
 * @example periodOf('2024-05-17', 'quarter') // { kind: 'quarter', label: '2024-Q2', start: '2024-04-01', end: '2024-06-30' }
 */
export function periodOf(date: CalendarDate, kind: PeriodKind): Period {
  const [year, month] = parts(date);
  if (kind === 'month') {
    return {
      kind,
      label: format(year, month, 1).slice(0, 7),
      start: format(year, month, 1),
      end: format(year, month, daysInMonth(year, month)),
    };
  }
  const quarter = Math.floor((month - 1) / 3) + 1;
  const first = (quarter - 1) * 3 + 1;
  return {
    kind,
    label: `${String(year).padStart(4, '0')}-Q${quarter}`,
    start: format(year, first, 1),
    end: format(year, first + 2, daysInMonth(year, first + 2)),
  };
}

/** @example isWithin('2024-02-10', periodOf('2024-02-01', 'month')) // true */
export function isWithin(date: CalendarDate, period: Pick<Period, 'start' | 'end'>): boolean {
  return date >= period.start && date <= period.end;
}

/** Number of days in a period, both bounds included. */
export function periodLength(period: Pick<Period, 'start' | 'end'>): number {
  return dayNumber(period.end) - dayNumber(period.start) + 1;
}

/**
 * The ISO 8601 week (Monday to Sunday) a date falls in; its year can differ from the date's near
 * New Year, which is why the label comes from the week's Thursday.
 *
 * @example isoWeekOf('2021-01-03') // { label: '2020-W53', start: '2020-12-28', end: '2021-01-03' }
 */
export function isoWeekOf(date: CalendarDate): {
  label: string;
  start: CalendarDate;
  end: CalendarDate;
} {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday; ISO weekday 1 = Monday.
  const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
  const monday = day - (weekday - 1);
  const thursday = dateOfDayNumber(monday + 3);
  const weekYear = Number(thursday.slice(0, 4));
  const firstThursday = dayNumber(format(weekYear, 1, 1));
  const jan1Weekday = ((((firstThursday + 3) % 7) + 7) % 7) + 1;
  const week1Monday = firstThursday - (jan1Weekday - 1) + (jan1Weekday > 4 ? 7 : 0);
  const week = Math.floor((monday - week1Monday) / 7) + 1;
  return {
    label: `${String(weekYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`,
    start: dateOfDayNumber(monday),
    end: dateOfDayNumber(monday + 6),
  };
}

/**
 * The calendar date an instant falls on in a time zone: the day a ledger event happened, for the
 * DisCO. Deterministic for a given instant and zone (no host time zone, no clock).
 *
 * @example calendarDateAt('2026-01-01T23:30:00.000Z', 'Europe/Madrid') // '2026-01-02'
 */
export function calendarDateAt(instant: string, timeZone: string): CalendarDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}
