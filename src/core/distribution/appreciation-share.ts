import { apportion } from './largest-remainder.js';

/**
 * The appreciation share of a pot split by thanks received: each member's part is proportional to
 * the thanks they received in the period, by the largest remainder method, so the parts add up to
 * the whole share to the minor unit. With no thanks at all, nobody gets anything (the share stays
 * in the pot).
 *
 * @example appreciationShares(1000n, [2n, 1n, 0n]) // [667n, 333n, 0n]
 */
export function appreciationShares(amount: bigint, thanks: readonly bigint[]): bigint[] {
  if (thanks.every((t) => t === 0n)) return thanks.map(() => 0n);
  return apportion(amount, thanks).shares;
}
