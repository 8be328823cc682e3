import { z } from 'zod';

/**
 * A share between 0 and 1 kept as a fraction of integers, so thresholds such as 2/3 are exact:
 * 0.6666… as a float would let 2 of 3 fail a "two thirds" rule or let a near miss pass.
 */
export const rationalSchema = z
  .strictObject({
    numerator: z.number().int().nonnegative(),
    denominator: z.number().int().positive(),
  })
  .refine((r) => r.numerator <= r.denominator, {
    message: 'a share cannot be more than 1',
    path: ['numerator'],
  });

export type Rational = z.output<typeof rationalSchema>;

/**
 * Builds a rational share.
 * @example rational(2, 3) // { numerator: 2, denominator: 3 }
 */
export function rational(numerator: number, denominator: number): Rational {
  return rationalSchema.parse({ numerator, denominator });
}

/**
 * Compares the share `part / whole` with `r` exactly, returning -1, 0 or 1. `whole` must be positive.
 * BigInt because counts times denominators can pass 2^53 with large weights.
 * @example compareShare(2, 3, rational(2, 3)) // 0
 */
export function compareShare(part: number, whole: number, r: Rational): -1 | 0 | 1 {
  if (whole <= 0) throw new RangeError('compareShare needs a positive whole');
  const left = BigInt(part) * BigInt(r.denominator);
  const right = BigInt(r.numerator) * BigInt(whole);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * True when `part / whole >= r`; false when `whole` is 0, since nothing cannot reach a share.
 * @example atLeastShare(2, 3, rational(2, 3)) // true
 */
export function atLeastShare(part: number, whole: number, r: Rational): boolean {
  return whole > 0 && compareShare(part, whole, r) >= 0;
}

/**
 * True when `part / whole > r`; false when `whole` is 0.
 * @example moreThanShare(3, 6, rational(1, 2)) // false
 */
export function moreThanShare(part: number, whole: number, r: Rational): boolean {
  return whole > 0 && compareShare(part, whole, r) > 0;
}

/**
 * The smallest integer count that reaches the share `r` of `whole` (ceiling of whole × r), for
 * telling members how many were needed.
 * @example minimumCount(10, rational(2, 3)) // 7
 */
export function minimumCount(whole: number, r: Rational): number {
  const num = BigInt(whole) * BigInt(r.numerator);
  const den = BigInt(r.denominator);
  return Number((num + den - 1n) / den);
}

/**
 * The smallest integer count whose share of `whole` is strictly more than `r` (floor(whole × r) + 1).
 * @example minimumCountAbove(10, rational(1, 2)) // 6
 */
export function minimumCountAbove(whole: number, r: Rational): number {
  return Number((BigInt(whole) * BigInt(r.numerator)) / BigInt(r.denominator)) + 1;
}

/**
 * Writes a share the way members read it.
 * @example formatRational(rational(2, 3)) // "2/3"
 */
export function formatRational(r: Rational): string {
  return `${r.numerator}/${r.denominator}`;
}

/**
 * A display-only percentage; decisions never use it.
 * @example percent(1, 3) // "33%"
 */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '0%';
  return `${Math.round((part * 100) / whole)}%`;
}
