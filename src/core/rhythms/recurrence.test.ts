import { describe, expect, it } from 'vitest';
import {
  isOccurrence,
  occurrencesBetween,
  recurrenceProblems,
  type RecurrenceSpec,
} from './recurrence.js';

/*
 * The tests that chose the library (see recurrence.ts): gatherings keep their wall-clock time
 * across the DST changes of two time zones, a nonexistent local time is skipped and an ambiguous
 * one is its first instant (RFC 5545 3.3.10 and 3.3.5), whatever the process's own TZ is.
 */

const spec = (timeZone: string, start: string, rrule: string, exceptions: string[] = []) =>
  ({ timeZone, start, rrule, exceptions }) satisfies RecurrenceSpec;

const instants = (s: RecurrenceSpec, from: string, to: string) =>
  occurrencesBetween(s, new Date(from), new Date(to)).map((o) => o.at);

describe('recurrence across daylight-saving changes', () => {
  it('keeps 09:30 in Madrid across the March and October changes', () => {
    const weekly = spec('Europe/Madrid', '2026-03-22T09:30', 'FREQ=WEEKLY');
    expect(instants(weekly, '2026-03-20T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual([
      '2026-03-22T08:30:00Z',
      '2026-03-29T07:30:00Z',
      '2026-04-05T07:30:00Z',
    ]);
    expect(instants(weekly, '2026-10-17T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      '2026-10-18T07:30:00Z',
      '2026-10-25T08:30:00Z',
      '2026-11-01T08:30:00Z',
    ]);
  });

  it('keeps 09:30 in New York across the March and November changes', () => {
    const weekly = spec('America/New_York', '2026-03-01T09:30', 'FREQ=WEEKLY;BYDAY=SU');
    expect(instants(weekly, '2026-03-01T00:00:00Z', '2026-03-16T00:00:00Z')).toEqual([
      '2026-03-01T14:30:00Z',
      '2026-03-08T13:30:00Z',
      '2026-03-15T13:30:00Z',
    ]);
    expect(instants(weekly, '2026-10-25T00:00:00Z', '2026-11-09T00:00:00Z')).toEqual([
      '2026-10-25T13:30:00Z',
      '2026-11-01T14:30:00Z',
      '2026-11-08T14:30:00Z',
    ]);
  });

  it('skips a local time that does not exist on the day clocks go forward', () => {
    const madrid = spec('Europe/Madrid', '2026-03-28T02:30', 'FREQ=DAILY;COUNT=3');
    expect(occurrencesBetween(madrid, new Date('2026-03-01Z'), new Date('2026-04-30Z'))).toEqual([
      { at: '2026-03-28T01:30:00Z', local: '2026-03-28T02:30' },
      { at: '2026-03-30T00:30:00Z', local: '2026-03-30T02:30' },
      { at: '2026-03-31T00:30:00Z', local: '2026-03-31T02:30' },
    ]);
    const newYork = spec('America/New_York', '2026-03-07T02:30', 'FREQ=DAILY;COUNT=2');
    expect(instants(newYork, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-03-07T07:30:00Z',
      '2026-03-09T06:30:00Z',
    ]);
  });

  it('takes the first of two instants on the day clocks go back', () => {
    const madrid = spec('Europe/Madrid', '2026-10-24T02:30', 'FREQ=DAILY;COUNT=3');
    expect(instants(madrid, '2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z')).toEqual([
      '2026-10-24T00:30:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-26T01:30:00Z',
    ]);
    const newYork = spec('America/New_York', '2026-10-31T01:30', 'FREQ=DAILY;COUNT=3');
    expect(instants(newYork, '2026-10-01T00:00:00Z', '2026-11-10T00:00:00Z')).toEqual([
      '2026-10-31T05:30:00Z',
      '2026-11-01T05:30:00Z',
      '2026-11-02T06:30:00Z',
    ]);
  });

  it('leaves out exceptions given by their local time, across a change', () => {
    const weekly = spec('Europe/Madrid', '2026-03-22T09:30', 'FREQ=WEEKLY', ['2026-03-29T09:30']);
    expect(instants(weekly, '2026-03-20T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual([
      '2026-03-22T08:30:00Z',
      '2026-04-05T07:30:00Z',
    ]);
    expect(isOccurrence(weekly, '2026-04-05T07:30:00Z')).toBe(true);
    expect(isOccurrence(weekly, '2026-03-29T07:30:00Z')).toBe(false);
    expect(isOccurrence(weekly, '2026-04-05T08:30:00Z')).toBe(false);
  });

  it('gives the local wall time of each gathering', () => {
    const monthly = spec('America/New_York', '2026-01-15T18:00', 'FREQ=MONTHLY;BYMONTHDAY=15');
    expect(
      occurrencesBetween(monthly, new Date('2026-02-01Z'), new Date('2026-04-01Z')).map(
        (o) => o.local,
      ),
    ).toEqual(['2026-02-15T18:00', '2026-03-15T18:00']);
  });
});

describe('recurrence problems', () => {
  it('names the field at fault', () => {
    const fields = (s: RecurrenceSpec) => recurrenceProblems(s).map((p) => p.field);
    expect(fields(spec('Europe/Madrid', '2026-03-22T09:30', 'FREQ=WEEKLY;BYDAY=TU'))).toEqual([]);
    expect(fields(spec('Mars/Base', '2026-03-22T09:30', 'FREQ=WEEKLY'))).toEqual(['timeZone']);
    expect(fields(spec('Europe/Madrid', '2026-03-22T09:30', 'FREQ=FOO'))).toEqual(['rrule']);
    expect(fields(spec('Europe/Madrid', '2026-03-22T09:30', 'FREQ=WEEKLY;BYDAY=XX'))).toEqual([
      'rrule',
    ]);
    expect(fields(spec('Europe/Madrid', '2026-03-22T09:30', 'FREQ=HOURLY'))).toEqual(['rrule']);
    expect(fields(spec('Europe/Madrid', '2026-03-22T09:30', 'RRULE:FREQ=DAILY'))).toEqual([
      'rrule',
    ]);
    expect(fields(spec('Europe/Madrid', '2026-02-30T09:30', 'FREQ=DAILY'))).toEqual(['start']);
    expect(
      fields(spec('Europe/Madrid', '2026-03-22T09:30', 'FREQ=DAILY', ['2026-03-23 09:30'])),
    ).toEqual(['exceptions.0']);
  });
});
