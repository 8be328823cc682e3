/**
 * Quantities of work are exact: a decimal written with at most three fractional digits, held as a
 * bigint count of thousandths ("milli-units"). 1.5 hours is 1500n, 5000 words is 5000000n. Three
 * digits are enough for minutes rounded to the nearest 3.6 seconds and for any fraction of a unit
 * a person would write, and keep every sum exact, unlike floats (0.1 + 0.2 !== 0.3).
 */
export const QUANTITY_SCALE = 1000n;
export const QUANTITY_DIGITS = 3;

/** 'hour', or a named unit of output such as 'word' or 'page': lowercase, digits and dashes. */
export type Unit = string;
export const HOUR: Unit = 'hour';
export const UNIT_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;

/** A quantity of work: thousandths of `unit`. */
export interface Quantity {
  milli: bigint;
  unit: Unit;
}

const DECIMAL_PATTERN = /^(\d{1,12})(?:\.(\d{1,3}))?$/;

/**
 * Parses a non-negative decimal with at most three fractional digits into thousandths; null for
 * anything else (signs, exponents, commas, more digits), so no quantity is ever silently rounded.
 *
 * @example parseQuantity('1.5') // 1500n
 * @example parseQuantity('0.0005') // null
 */
export function parseQuantity(text: string): bigint | null {
  const match = DECIMAL_PATTERN.exec(text.trim());
  if (!match) return null;
  const fraction = (match[2] ?? '').padEnd(QUANTITY_DIGITS, '0');
  return BigInt(match[1]!) * QUANTITY_SCALE + BigInt(fraction);
}

/**
 * Writes thousandths as the shortest exact decimal.
 *
 * @example formatQuantity(1500n) // '1.5'
 * @example formatQuantity(5000000n) // '5000'
 */
export function formatQuantity(milli: bigint): string {
  const negative = milli < 0n;
  const abs = negative ? -milli : milli;
  const whole = abs / QUANTITY_SCALE;
  const fraction = (abs % QUANTITY_SCALE)
    .toString()
    .padStart(QUANTITY_DIGITS, '0')
    .replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** @example isUnit('word') // true */
export function isUnit(value: unknown): value is Unit {
  return typeof value === 'string' && UNIT_PATTERN.test(value);
}
