import { RRuleTemporal } from 'rrule-temporal';
import type { RuleProblem } from '../members/rule-problem.js';

/*
 * When a rhythm meets: an RFC 5545 RRULE read in a named time zone, with exceptions (EXDATE).
 * rrule-temporal was chosen over `rrule` by the DST tests beside this file: `rrule` reads TZID
 * through the process's own time zone (its instants move when the server's TZ changes), keeps a
 * nonexistent local time an hour early and picks the second of two ambiguous ones; RFC 5545
 * (3.3.10 and 3.3.5) says the first is skipped and the second is the earlier instant.
 */

/** A wall-clock time in the rhythm's time zone, to the minute: `2026-03-22T09:30`. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** What a rhythm's recurrence is made of, as the ledger keeps it. */
export interface RecurrenceSpec {
  /** The first gathering, local to `timeZone`. */
  start: string;
  /** An IANA time zone name (`Europe/Madrid`). */
  timeZone: string;
  /** The RRULE's value without its `RRULE:` name: `FREQ=WEEKLY;BYDAY=TU`. */
  rrule: string;
  /** Gatherings that will not happen, by their local start time. */
  exceptions: readonly string[];
}

/** One gathering: its instant (UTC, `…Z`) and its local wall time. */
export interface Occurrence {
  at: string;
  local: string;
}

/** Gatherings, not alarms: a rule that fires more often than daily is refused. */
const ALLOWED_FREQ = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const PART = /^[A-Z]+=[A-Z0-9,+\-:;]+$/;

/**
 * Whether `timeZone` names a zone this runtime knows.
 *
 * @example isTimeZone('Europe/Madrid') // true
 * @example isTimeZone('Mars/Base') // false
 */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const compact = (local: string): string => local.replace(/[-:]/g, '') + '00';

function icsText(spec: RecurrenceSpec): string {
  const lines = [`DTSTART;TZID=${spec.timeZone}:${compact(spec.start)}`, `RRULE:${spec.rrule}`];
  if (spec.exceptions.length > 0)
    lines.push(`EXDATE;TZID=${spec.timeZone}:${spec.exceptions.map(compact).join(',')}`);
  return lines.join('\n');
}

/**
 * Why the RRULE alone cannot be used (syntax, unknown parts, more often than daily), or null.
 *
 * @example rruleProblem('FREQ=WEEKLY;BYDAY=TU') // null
 * @example rruleProblem('FREQ=HOURLY') // 'FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY ...'
 */
export function rruleProblem(rrule: string): string | null {
  if (rrule.length === 0 || rrule.length > 500) return 'must be 1 to 500 characters';
  if (/^RRULE:/i.test(rrule)) return 'give the value only, without "RRULE:"';
  if (/DTSTART/i.test(rrule) || /[\r\n]/.test(rrule))
    return 'give the RRULE value only: the start is its own field';
  const parts = rrule.split(';');
  if (parts.some((p) => !PART.test(p)))
    return 'must be NAME=VALUE parts in capitals separated by ";", e.g. FREQ=WEEKLY;BYDAY=TU';
  const freq = parts.find((p) => p.startsWith('FREQ='))?.slice(5);
  if (freq === undefined) return 'must have a FREQ part, e.g. FREQ=WEEKLY';
  if (!ALLOWED_FREQ.has(freq))
    return 'FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY: rhythms are gatherings';
  try {
    new RRuleTemporal({ rruleString: `DTSTART:20260101T000000Z\nRRULE:${rrule}` });
  } catch (error) {
    const part = partAtFault(error);
    return part
      ? `is not a valid RFC 5545 RRULE: its ${part} part is wrong`
      : 'is not a valid RFC 5545 RRULE';
  }
  return null;
}

const RULE_PARTS = [
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYSECOND',
  'BYMINUTE',
  'BYHOUR',
  'BYDAY',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
  'RSCALE',
  'SKIP',
];

/*
 * The library explains a bad rule in English prose; a member reads only which part of the rule
 * is at fault (an RFC 5545 name, the same in every language), so no English reaches the Deck.
 */
function partAtFault(error: unknown): string | undefined {
  const text = error instanceof Error ? error.message : String(error);
  return RULE_PARTS.find((part) => new RegExp(`\\b${part}\\b`, 'i').test(text));
}

function localProblem(local: string): string | null {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return 'must be a local time written YYYY-MM-DDTHH:MM';
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59)
    return 'is not a time in the calendar';
  return null;
}

/**
 * Every problem with a recurrence, naming its field (`start`, `timeZone`, `rrule`, `exceptions`).
 *
 * @example recurrenceProblems({ start: '2026-03-22T09:30', timeZone: 'Mars/Base', rrule: 'FREQ=WEEKLY', exceptions: [] }) // [{ field: 'timeZone', ... }]
 */
export function recurrenceProblems(spec: RecurrenceSpec): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const start = localProblem(spec.start);
  if (start) problems.push({ field: 'start', message: start });
  if (!isTimeZone(spec.timeZone))
    problems.push({
      field: 'timeZone',
      message: 'is not a time zone name this node knows (an IANA name such as Europe/Madrid)',
    });
  const rule = rruleProblem(spec.rrule);
  if (rule) problems.push({ field: 'rrule', message: rule });
  spec.exceptions.forEach((e, i) => {
    const p = localProblem(e);
    if (p) problems.push({ field: `exceptions.${i}`, message: p });
  });
  if (problems.length === 0) {
    try {
      new RRuleTemporal({ rruleString: icsText(spec) });
    } catch (error) {
      const part = partAtFault(error);
      problems.push({
        field: 'rrule',
        message: part
          ? `cannot be used with this start: its ${part} part does not fit it`
          : 'cannot be used with this start',
      });
    }
  }
  return problems;
}

/**
 * The gatherings whose start lies in [from, to), at most `limit` of them, without the exceptions.
 * Local times that do not exist (the hour skipped in spring) are no gathering, as RFC 5545 says;
 * an ambiguous one (the hour repeated in autumn) is its first instant.
 *
 * @example occurrencesBetween({ start: '2026-03-22T09:30', timeZone: 'Europe/Madrid', rrule: 'FREQ=WEEKLY', exceptions: [] }, new Date('2026-03-28Z'), new Date('2026-04-01Z'))
 * // [{ at: '2026-03-29T07:30:00Z', local: '2026-03-29T09:30' }]
 */
export function occurrencesBetween(
  spec: RecurrenceSpec,
  from: Date,
  to: Date,
  limit = 1000,
): Occurrence[] {
  const rule = new RRuleTemporal({ rruleString: icsText(spec) });
  const found = rule.between(from, to, true);
  const out: Occurrence[] = [];
  for (const z of found) {
    const at = new Date(z.epochMilliseconds);
    if (at >= to || at < from) continue;
    out.push({ at: z.toInstant().toString(), local: z.toPlainDateTime().toString().slice(0, 16) });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Whether `at` (an instant written `…Z`) is one of the rhythm's gatherings.
 *
 * @example isOccurrence(spec, '2026-03-29T07:30:00Z') // true for a weekly 09:30 in Madrid from the 22nd
 */
export function isOccurrence(spec: RecurrenceSpec, at: string): boolean {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return false;
  return occurrencesBetween(spec, instant, new Date(instant.getTime() + 1), 1).some(
    (o) => new Date(o.at).getTime() === instant.getTime(),
  );
}
