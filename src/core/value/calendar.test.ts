import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  dateOfDayNumber,
  dayNumber,
  isCalendarDate,
  isoWeekOf,
  periodOf,
} from './calendar.js';

describe('calendar', () => {
  it('refuses dates that do not exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-3-1')).toBe(false);
  });

  it('day numbers round-trip and agree with the proleptic Gregorian calendar of Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (days) => {
        const date = dateOfDayNumber(days);
        expect(isCalendarDate(date)).toBe(true);
        expect(dayNumber(date)).toBe(days);
        expect(new Date(days * 86_400_000).toISOString().slice(0, 10)).toBe(date);
      }),
    );
  });

  it('adds months clamping to the end of shorter months', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('finds months and quarters', () => {
    expect(periodOf('2024-05-17', 'quarter')).toEqual({
      kind: 'quarter',
      label: '2024-Q2',
      start: '2024-04-01',
      end: '2024-06-30',
    });
    expect(periodOf('2024-12-01', 'quarter')).toMatchObject({
      label: '2024-Q4',
      start: '2024-10-01',
      end: '2024-12-31',
    });
    expect(periodOf('2024-02-10', 'month')).toEqual({
      kind: 'month',
      label: '2024-02',
      start: '2024-02-01',
      end: '2024-02-29',
    });
  });

  it('every date lies in its period, which is a whole month or quarter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.constantFrom('month' as const, 'quarter' as const),
        (days, kind) => {
          const date = dateOfDayNumber(days);
          const p = periodOf(date, kind);
          expect(p.start <= date && date <= p.end).toBe(true);
          expect(p.start.endsWith('-01')).toBe(true);
          expect(addDays(p.end, 1)).toBe(addMonths(p.start, kind === 'month' ? 1 : 3));
        },
      ),
    );
  });

  it('computes ISO weeks across year ends', () => {
    expect(isoWeekOf('2021-01-03')).toEqual({
      label: '2020-W53',
      start: '2020-12-28',
      end: '2021-01-03',
    });
    expect(isoWeekOf('2024-12-30').label).toBe('2025-W01');
    expect(isoWeekOf('2024-01-01').label).toBe('2024-W01');
    expect(isoWeekOf('2024-03-01')).toEqual({
      label: '2024-W09',
      start: '2024-02-26',
      end: '2024-03-03',
    });
  });
});
