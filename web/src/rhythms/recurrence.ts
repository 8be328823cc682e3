/*
 * The Deck's simple recurrence builder: a frequency, an interval, weekdays and a local time, turned
 * into the RFC 5545 RRULE value the server checks (`FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH`). Anything
 * richer is written with the CLI; the server names a bad rule beside the field either way.
 */

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type Recurrence = { frequency: Frequency; interval: number; weekdays: Weekday[] };

/** The RRULE value for a recurrence; weekdays only count for weekly rules, in calendar order. */
export function toRrule(r: Recurrence): string {
  const parts = [`FREQ=${r.frequency}`];
  if (r.interval > 1) parts.push(`INTERVAL=${r.interval}`);
  const days = WEEKDAYS.filter((d) => r.weekdays.includes(d));
  if (r.frequency === 'WEEKLY' && days.length > 0) parts.push(`BYDAY=${days.join(',')}`);
  return parts.join(';');
}

/** The builder's fields back from a rule it made; a rule it could not have made gives null. */
export function fromRrule(rrule: string): Recurrence | null {
  const fields = new Map(
    rrule.split(';').map((p) => p.split('=', 2) as [string, string | undefined]),
  );
  const frequency = fields.get('FREQ') as Frequency | undefined;
  if (!frequency || !FREQUENCIES.includes(frequency)) return null;
  for (const key of fields.keys()) if (!['FREQ', 'INTERVAL', 'BYDAY'].includes(key)) return null;
  const interval = Number(fields.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return null;
  const byday = fields.get('BYDAY');
  const weekdays = byday ? (byday.split(',') as Weekday[]) : [];
  if (weekdays.some((d) => !WEEKDAYS.includes(d))) return null;
  return { frequency, interval, weekdays };
}

/** Exception dates typed one per line or separated by commas, each `YYYY-MM-DDTHH:MM` local. */
export function parseExceptions(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
