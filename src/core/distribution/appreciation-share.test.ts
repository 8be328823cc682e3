import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appreciationShares } from './appreciation-share.js';

describe('appreciationShares', () => {
  it('gives the whole share, to the minor unit, when anyone was thanked', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 500n }), { minLength: 1, maxLength: 40 }),
        (amount, thanks) => {
          const shares = appreciationShares(amount, thanks);
          const total = shares.reduce((a, b) => a + b, 0n);
          const anyone = thanks.some((t) => t > 0n);
          expect(total).toBe(anyone ? amount : 0n);
          shares.forEach((s, i) => {
            expect(s >= 0n).toBe(true);
            if (thanks[i] === 0n) expect(s).toBe(0n);
          });
        },
      ),
    );
  });

  it('shares in proportion to thanks, the larger remainder taking the odd unit', () => {
    expect(appreciationShares(1000n, [2n, 1n, 0n])).toEqual([667n, 333n, 0n]);
    expect(appreciationShares(500n, [0n, 0n])).toEqual([0n, 0n]);
  });
});
