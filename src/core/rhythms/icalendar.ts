/*
 * RFC 5545 text for a member's calendar feed: a VCALENDAR with one VTIMEZONE per zone used (its
 * offset changes listed as RDATEs, read from the runtime's time zone data), one recurring VEVENT
 * per rhythm and one VEVENT per proposal deadline. Lines end in CRLF and fold at 75 octets.
 */

export interface RhythmEntry {
  kind: 'rhythm';
  uid: string;
  summary: string;
  description: string;
  timeZone: string;
  /** Local start, YYYY-MM-DDTHH:MM. */
  start: string;
  durationMinutes: number;
  rrule: string;
  exceptions: readonly string[];
  /** The instant it ended (no gatherings after), or null. */
  endedAt: string | null;
}

export interface DeadlineEntry {
  kind: 'deadline';
  uid: string;
  summary: string;
  description: string;
  /** The instant the vote closes. */
  at: string;
}

export interface CalendarFeed {
  name: string;
  /** The instant the feed was made (DTSTAMP). */
  stamp: string;
  entries: ReadonlyArray<RhythmEntry | DeadlineEntry>;
}

const encoder = new TextEncoder();

/** Escapes TEXT values (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/**
 * A content line folded at 75 octets, never inside a UTF-8 character (RFC 5545 3.1).
 *
 * @example fold('SUMMARY:' + 'x'.repeat(100)) // 'SUMMARY:xxx…\r\n xxx…'
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (iso: string): string =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const localStamp = (local: string): string => local.replace(/[-:]/g, '') + '00';

function offsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? '0'));
}

const offsetText = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

function localOf(at: Date, offset: number): string {
  return new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/**
 * A VTIMEZONE for `timeZone` from `fromYear` to `toYear`: each offset change found in the
 * runtime's zone data (a day-by-day scan, refined to the minute) is an RDATE of a STANDARD or
 * DAYLIGHT part; a zone without changes gets one STANDARD part.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const firstOffset = offsetMinutes(timeZone, new Date(start));
  const changes: Array<{ at: Date; from: number; to: number }> = [];
  let previous = firstOffset;
  for (let t = start + 86_400_000; t <= end; t += 86_400_000) {
    const offset = offsetMinutes(timeZone, new Date(t));
    if (offset === previous) continue;
    let low = t - 86_400_000;
    let high = t;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutes(timeZone, new Date(mid)) === previous) low = mid;
      else high = mid;
    }
    changes.push({ at: new Date(high), from: previous, to: offset });
    previous = offset;
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (changes.length === 0) {
    lines.push(
      'BEGIN:STANDARD',
      `DTSTART:${localOf(new Date(start), firstOffset)}`,
      `TZOFFSETFROM:${offsetText(firstOffset)}`,
      `TZOFFSETTO:${offsetText(firstOffset)}`,
      'END:STANDARD',
    );
  }
  const groups = new Map<string, typeof changes>();
  for (const change of changes) {
    const key = `${change.from}>${change.to}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  for (const group of groups.values()) {
    const { from, to } = group[0]!;
    const part = to > from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${part}`,
      `DTSTART:${localOf(group[0]!.at, from)}`,
      ...(group.length > 1
        ? [
            `RDATE:${group
              .slice(1)
              .map((c) => localOf(c.at, c.from))
              .join(',')}`,
          ]
        : []),
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${part}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * The feed's text, CRLF-terminated lines folded at 75 octets.
 *
 * @example renderCalendar({ name: 'Our Co-op', stamp: '2026-03-01T10:00:00Z', entries: [] })
 */
export function renderCalendar(feed: CalendarFeed): string {
  const year = new Date(feed.stamp).getUTCFullYear();
  const zones = new Map<string, number>();
  for (const e of feed.entries)
    if (e.kind === 'rhythm') {
      const y = Number(e.start.slice(0, 4));
      zones.set(e.timeZone, Math.min(zones.get(e.timeZone) ?? y, y));
    }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//disco-cat//Rhythms//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(feed.name)}`,
  ];
  for (const [zone, from] of zones) lines.push(...vtimezone(zone, Math.min(from, year), year + 2));
  const stamp = utcStamp(feed.stamp);
  for (const e of feed.entries) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp}`);
    if (e.kind === 'rhythm') {
      const rrule = e.endedAt ? `${e.rrule};UNTIL=${utcStamp(e.endedAt)}` : e.rrule;
      lines.push(
        `DTSTART;TZID=${e.timeZone}:${localStamp(e.start)}`,
        `DURATION:PT${e.durationMinutes}M`,
        `RRULE:${e.endedAt && /(UNTIL|COUNT)=/.test(e.rrule) ? e.rrule : rrule}`,
      );
      if (e.exceptions.length > 0)
        lines.push(`EXDATE;TZID=${e.timeZone}:${e.exceptions.map(localStamp).join(',')}`);
    } else {
      lines.push(`DTSTART:${utcStamp(e.at)}`, `DTEND:${utcStamp(e.at)}`, 'TRANSP:TRANSPARENT');
    }
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
