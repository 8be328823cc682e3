/**
 * Formats an amount in minor units (cents) for people to read: thousands grouped with commas,
 * a dot before the minor digits, a leading minus for negative amounts. Works on bigint only, so
 * no amount is ever rounded by passing through a float.
 *
 * @example formatMinor(123456n) // "1,234.56"
 * @example formatMinor(-5n) // "-0.05"
 * @example formatMinor(1234n, 0) // "1,234"
 */
export function formatMinor(amount: bigint, minorDigits = 2): string {
  if (!Number.isInteger(minorDigits) || minorDigits < 0 || minorDigits > 18) {
    throw new RangeError(`minorDigits must be an integer from 0 to 18, got ${minorDigits}`);
  }
  const negative = amount < 0n;
  let digits = (negative ? -amount : amount).toString();
  if (digits.length <= minorDigits) digits = '0'.repeat(minorDigits + 1 - digits.length) + digits;
  const cut = digits.length - minorDigits;
  // Explanations call this tens of thousands of times per run, hence plain slicing.
  let whole = digits.slice(0, cut);
  if (cut > 3) {
    let grouped = whole.slice(0, ((cut - 1) % 3) + 1);
    for (let k = grouped.length; k < cut; k += 3) grouped += `,${whole.slice(k, k + 3)}`;
    whole = grouped;
  }
  return `${negative ? '-' : ''}${whole}${minorDigits > 0 ? `.${digits.slice(cut)}` : ''}`;
}

/**
 * Formats a percentage given in basis points (10000 = 100%) exactly, without floats.
 *
 * @example formatBasisPoints(7500) // "75%"
 * @example formatBasisPoints(1234) // "12.34%"
 */
export function formatBasisPoints(bp: number): string {
  const text = formatMinor(BigInt(bp), 2).replace(/\.?0+$/, '');
  return `${text}%`;
}
