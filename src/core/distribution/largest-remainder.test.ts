import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportion } from './largest-remainder.js';

describe('apportion (largest remainder)', () => {
  it('hands leftover units to the largest remainders', () => {
    expect(apportion(10n, [5n, 3n]).shares).toEqual([6n, 4n]);
    expect(apportion(100n, [1n, 1n, 1n]).shares).toEqual([34n, 33n, 33n]);
    expect(apportion(100n, [1n, 1n, 1n]).bonus).toEqual(new Uint8Array([1, 0, 0]));
  });
  it('breaks equal remainders by larger weight, then lower index', () => {
    // 7 * [2,1,1] / 4 = [3.5, 1.75, 1.75]: base 3+1+1, 2 units left: 1.75s beat 3.5's .5
    expect(apportion(7n, [2n, 1n, 1n]).shares).toEqual([3n, 2n, 2n]);
    // 3 * [1,2,2,1]/6 = [.5, 1, 1, .5]: one unit left, equal remainders and weights: lower index
    expect(apportion(3n, [1n, 2n, 2n, 1n]).shares).toEqual([1n, 1n, 1n, 0n]);
    // 2 * [1,3] / 4 = [.5, 1.5]: equal remainders, one unit left: the larger weight wins
    expect(apportion(2n, [1n, 3n]).shares).toEqual([0n, 2n]);
  });
  it('handles zero weights and a zero house', () => {
    expect(apportion(0n, [0n, 0n]).shares).toEqual([0n, 0n]);
    expect(apportion(5n, [0n, 2n]).shares).toEqual([0n, 5n]);
    expect(() => apportion(5n, [0n, 0n])).toThrow(RangeError);
  });
  it('always sums to the house and stays within one unit of the quota', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 30 }),
        (house, weights) => {
          const total = weights.reduce((a, b) => a + b, 0n);
          fc.pre(total > 0n);
          const { shares } = apportion(house, weights);
          expect(shares.reduce((a, b) => a + b, 0n)).toBe(house);
          shares.forEach((s, i) => {
            const q = house * weights[i]!;
            expect(s * total >= q - total && s * total <= q + total).toBe(true);
            if (house <= total) expect(s <= weights[i]!).toBe(true);
          });
        },
      ),
    );
  });
  it('never gives an entry less when only its own weight grows', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        fc.array(fc.bigInt({ min: 0n, max: 1000n }), { minLength: 1, maxLength: 12 }),
        fc.nat(11),
        fc.bigInt({ min: 1n, max: 1000n }),
        (house, weights, at, extra) => {
          const i = at % weights.length;
          fc.pre(weights.reduce((a, b) => a + b, 0n) > 0n);
          const grown = weights.slice();
          grown[i] = grown[i]! + extra;
          expect(apportion(house, grown).shares[i]! >= apportion(house, weights).shares[i]!).toBe(
            true,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
