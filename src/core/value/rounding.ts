/**
 * The one rounding rule for money in value tracking: divide and round half to even ("banker's
 * rounding") to the minor unit. Half-even has no upward drift over many contributions, unlike
 * half-up, and it is a rule any member can redo by hand.
 *
 * @example divideHalfEven(25n, 10n) // 2n  (2.5 → 2)
 * @example divideHalfEven(35n, 10n) // 4n  (3.5 → 4)
 * @example divideHalfEven(-25n, 10n) // -2n
 */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return divideHalfEven(-numerator, -denominator);
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let quotient = n / denominator;
  const twice = (n % denominator) * 2n;
  if (twice > denominator || (twice === denominator && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** 10000 basis points = 100%. */
export const FULL_BASIS_POINTS = 10_000;

/**
 * Applies a percentage in basis points to an amount, half-even.
 *
 * @example applyBasisPoints(10001n, 5000) // 5000n (5000.5 → 5000)
 */
export function applyBasisPoints(amount: bigint, basisPoints: number): bigint {
  return divideHalfEven(amount * BigInt(basisPoints), BigInt(FULL_BASIS_POINTS));
}
