import { describe, expect, it } from 'vitest';
import { fromRrule, parseExceptions, toRrule } from './recurrence';

describe('the recurrence builder', () => {
  it('writes weekly rules with their weekdays in calendar order', () => {
    expect(toRrule({ frequency: 'WEEKLY', interval: 2, weekdays: ['TH', 'TU'] })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
    );
  });

  it('leaves weekdays out of daily and monthly rules, and an interval of one', () => {
    expect(toRrule({ frequency: 'DAILY', interval: 1, weekdays: ['MO'] })).toBe('FREQ=DAILY');
    expect(toRrule({ frequency: 'MONTHLY', interval: 3, weekdays: [] })).toBe(
      'FREQ=MONTHLY;INTERVAL=3',
    );
  });

  it('reads back the rules it makes, and refuses ones it cannot build', () => {
    expect(fromRrule('FREQ=WEEKLY;BYDAY=MO,FR')).toEqual({
      frequency: 'WEEKLY',
      interval: 1,
      weekdays: ['MO', 'FR'],
    });
    expect(fromRrule('FREQ=MONTHLY;BYSETPOS=-1;BYDAY=FR')).toBeNull();
    expect(fromRrule('FREQ=YEARLY')).toBeNull();
  });

  it('splits exception dates on commas and new lines', () => {
    expect(parseExceptions('2026-12-24T10:00,\n 2026-12-31T10:00 ')).toEqual([
      '2026-12-24T10:00',
      '2026-12-31T10:00',
    ]);
  });
});
