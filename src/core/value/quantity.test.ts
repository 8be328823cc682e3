import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatQuantity, parseQuantity } from './quantity.js';
import { applyBasisPoints, divideHalfEven } from './rounding.js';

describe('quantities', () => {
  it('parse exactly to thousandths and refuse anything that would need rounding', () => {
    expect(parseQuantity('1.5')).toBe(1500n);
    expect(parseQuantity('5000')).toBe(5_000_000n);
    expect(parseQuantity('0.125')).toBe(125n);
    for (const bad of ['0.0005', '-1', '1e3', '1,5', '', '.5', 'abc', 'Infinity'])
      expect(parseQuantity(bad)).toBeNull();
  });

  it('format and parse are inverse', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (milli) => {
        expect(parseQuantity(formatQuantity(milli))).toBe(milli);
      }),
    );
  });
});

describe('half-even rounding', () => {
  it('rounds ties to the even neighbour and everything else to the nearest', () => {
    expect(divideHalfEven(25n, 10n)).toBe(2n);
    expect(divideHalfEven(35n, 10n)).toBe(4n);
    expect(divideHalfEven(26n, 10n)).toBe(3n);
    expect(divideHalfEven(-25n, 10n)).toBe(-2n);
    expect(divideHalfEven(-26n, 10n)).toBe(-3n);
    expect(applyBasisPoints(10001n, 5000)).toBe(5000n);
  });

  it('is never more than half a unit off, and symmetric in sign', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (n, d) => {
          const q = divideHalfEven(n, d);
          const error = 2n * (n - q * d);
          expect(error <= d && error >= -d).toBe(true);
          if (error === d || error === -d) expect(q % 2n).toBe(0n);
          expect(divideHalfEven(-n, d)).toBe(-q);
        },
      ),
    );
  });
});
