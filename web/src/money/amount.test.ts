import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorToDecimal } from '../format';
import { decimalToMinor } from './amount';

describe('decimalToMinor', () => {
  it('reads whole amounts, points and commas', () => {
    expect(decimalToMinor('12')).toBe('1200');
    expect(decimalToMinor('12.5')).toBe('1250');
    expect(decimalToMinor(' 12,05 ')).toBe('1205');
    expect(decimalToMinor('0.07')).toBe('7');
    expect(decimalToMinor('0')).toBe('0');
  });

  it('refuses what is not an amount, rather than guessing', () => {
    for (const text of ['', 'abc', '-5', '1.234,50', '1.250.000', '12.345', '1e3', '12.'.repeat(2)])
      expect(decimalToMinor(text)).toBeNull();
  });

  it('is the inverse of how the Deck writes amounts', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (minor) => {
        expect(decimalToMinor(minorToDecimal(String(minor)))).toBe(String(minor));
      }),
    );
  });
});
