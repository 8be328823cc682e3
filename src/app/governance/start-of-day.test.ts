import { describe, expect, it } from 'vitest';
import { startOfDay } from './start-of-day.js';

describe('startOfDay', () => {
  it('finds the first instant of a date in a time zone, daylight saving included', () => {
    expect(startOfDay('2026-03-01', 'Europe/Madrid').toISOString()).toBe(
      '2026-02-28T23:00:00.000Z',
    );
    expect(startOfDay('2026-07-01', 'Europe/Madrid').toISOString()).toBe(
      '2026-06-30T22:00:00.000Z',
    );
    expect(startOfDay('2026-07-01', 'UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(startOfDay('2026-07-01', 'Pacific/Kiritimati').toISOString()).toBe(
      '2026-06-30T10:00:00.000Z',
    );
    expect(startOfDay('2026-07-01', 'America/Los_Angeles').toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
  });
});
