import { describe, expect, it } from 'vitest';
import { formatBasisPoints, formatMinor } from './money.js';

describe('formatMinor', () => {
  it('groups thousands and places the minor digits', () => {
    expect(formatMinor(123456n)).toBe('1,234.56');
    expect(formatMinor(100000000n)).toBe('1,000,000.00');
    expect(formatMinor(0n)).toBe('0.00');
    expect(formatMinor(7n)).toBe('0.07');
    expect(formatMinor(-123456n)).toBe('-1,234.56');
  });
  it('honours other minor-unit digit counts', () => {
    expect(formatMinor(1234n, 0)).toBe('1,234');
    expect(formatMinor(1234567n, 3)).toBe('1,234.567');
    expect(() => formatMinor(1n, -1)).toThrow(RangeError);
  });
});

describe('formatBasisPoints', () => {
  it('prints exact percentages', () => {
    expect(formatBasisPoints(7500)).toBe('75%');
    expect(formatBasisPoints(1234)).toBe('12.34%');
    expect(formatBasisPoints(1050)).toBe('10.5%');
    expect(formatBasisPoints(0)).toBe('0%');
  });
});
