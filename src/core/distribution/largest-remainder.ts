/** The result of sharing a whole number of minor units in proportion to weights. */
export interface Apportionment {
  /** floor(house * weight / total weight) for each weight. */
  base: bigint[];
  /** 1 where the entry got one extra minor unit for its remainder, else 0. */
  bonus: Uint8Array;
  /** base + bonus: what each entry receives; sums to the house exactly. */
  shares: bigint[];
}

/**
 * Shares `house` minor units in proportion to `weights` by the largest remainder method, so the
 * shares add up to the house exactly. Each entry first gets floor(house * w / W); the units left
 * over go one each to the entries with the largest remainders (house * w mod W, compared exactly),
 * ties going to the larger weight, then to the lower index. Callers order entries by member id
 * (code units), which makes the last tie-break "member id ascending".
 *
 * Why this tie-break: an entry whose weight grows while all other weights stay fixed never loses
 * a unit (its remainder and weight both move it up the order while every other quota shrinks),
 * which is what the monotonicity law needs.
 *
 * When the house does not exceed the total weight, no share exceeds its weight: a share is at
 * most the ceiling of a quota that is at most the (whole) weight.
 *
 * @example apportion(100n, [1n, 1n, 1n]).shares // [34n, 33n, 33n]
 * @example apportion(10n, [5n, 3n]).shares // [6n, 4n]  (6.25 and 3.75: the larger remainder wins)
 */
export function apportion(house: bigint, weights: readonly bigint[]): Apportionment {
  const n = weights.length;
  const base = new Array<bigint>(n);
  const bonus = new Uint8Array(n);
  let total = 0n;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (w < 0n) throw new RangeError(`weight ${i} is negative`);
    total += w;
  }
  if (house < 0n) throw new RangeError('house is negative');
  if (total === 0n) {
    if (house !== 0n) throw new RangeError('cannot share a positive amount over zero weights');
    base.fill(0n);
    return { base, bonus, shares: base.slice() };
  }
  const remainder = new Array<bigint>(n);
  const candidates: number[] = [];
  let left = house;
  for (let i = 0; i < n; i++) {
    const product = house * weights[i]!;
    const b = product / total;
    const r = product % total;
    base[i] = b;
    remainder[i] = r;
    left -= b;
    if (r !== 0n) candidates.push(i);
  }
  if (left > 0n) {
    candidates.sort((i, j) => {
      const ri = remainder[i]!;
      const rj = remainder[j]!;
      if (ri !== rj) return ri > rj ? -1 : 1;
      const wi = weights[i]!;
      const wj = weights[j]!;
      if (wi !== wj) return wi > wj ? -1 : 1;
      return i - j;
    });
    // left < number of candidates: the remainders sum to left * total and each is below total.
    for (let k = 0; k < Number(left); k++) bonus[candidates[k]!] = 1;
  }
  const shares = new Array<bigint>(n);
  for (let i = 0; i < n; i++) shares[i] = bonus[i] === 1 ? base[i]! + 1n : base[i]!;
  return { base, bonus, shares };
}
