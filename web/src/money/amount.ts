/**
 * A money amount as a person types it ("12", "12.5", "12,50" in Spanish) to minor units as
 * digits ("1250"), exactly: no float ever holds money. Thousands separators are refused rather
 * than guessed ("1.250" is 1.25 to one reader and 1250 to another). Null when it is not an
 * amount of at most `digits` decimals, so the form says so beside the field before asking.
 *
 * @example decimalToMinor('12,5') // '1250'
 */
export function decimalToMinor(text: string, digits = 2): string | null {
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > digits) return null;
  return `${whole}${fraction.padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
}
