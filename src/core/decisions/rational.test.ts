import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  atLeastShare,
  compareShare,
  formatRational,
  minimumCount,
  minimumCountAbove,
  moreThanShare,
  percent,
  rational,
  rationalSchema,
} from './rational.js';

describe('rational shares', () => {
  it('compares exactly where floats would round', () => {
    expect(atLeastShare(2, 3, rational(2, 3))).toBe(true);
    expect(atLeastShare(666_666_666, 1_000_000_000, rational(2, 3))).toBe(false);
    expect(atLeastShare(666_666_667, 1_000_000_000, rational(2, 3))).toBe(true);
    expect(moreThanShare(1, 2, rational(1, 2))).toBe(false);
    expect(compareShare(9_007_199_254_740_991, 9_007_199_254_740_991, rational(1, 1))).toBe(0);
  });

  it('treats an empty whole as reaching nothing', () => {
    expect(atLeastShare(0, 0, rational(0, 1))).toBe(false);
    expect(() => compareShare(0, 0, rational(1, 2))).toThrow(RangeError);
  });

  it('computes the counts needed', () => {
    expect(minimumCount(10, rational(2, 3))).toBe(7);
    expect(minimumCount(9, rational(2, 3))).toBe(6);
    expect(minimumCountAbove(10, rational(1, 2))).toBe(6);
    expect(minimumCountAbove(9, rational(2, 3))).toBe(7);
    expect(minimumCount(0, rational(1, 2))).toBe(0);
  });

  it('minimumCount is the least count reaching the share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (whole, den, numRaw) => {
          const r = rational(Math.min(numRaw, den), den);
          const k = minimumCount(whole, r);
          expect(atLeastShare(k, whole, r) || k === 0).toBe(true);
          if (k > 0) expect(atLeastShare(k - 1, whole, r)).toBe(false);
          const above = minimumCountAbove(whole, r);
          if (above <= whole) expect(moreThanShare(above, whole, r)).toBe(true);
          expect(moreThanShare(above - 1, whole, r)).toBe(false);
        },
      ),
    );
  });

  it('rejects shares above one and zero denominators', () => {
    expect(rationalSchema.safeParse({ numerator: 3, denominator: 2 }).success).toBe(false);
    expect(rationalSchema.safeParse({ numerator: 1, denominator: 0 }).success).toBe(false);
    expect(formatRational(rational(2, 3))).toBe('2/3');
    expect(percent(1, 3)).toBe('33%');
  });
});
