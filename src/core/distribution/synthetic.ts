import { STREAMS } from './params.js';
import type { PayableClaim } from './types.js';

/**
 * A deterministic batch of claims for benchmarks and load tests: `members` members with
 * `claimsPerMember` claims each, amounts 1.00 to 500.00, dates spread over 2025, streams mixed.
 * Uses its own seeded generator (xorshift32) because the core takes no randomness from outside.
 *
 * @example syntheticClaims({ members: 10_000, claimsPerMember: 100 }).length // 1_000_000
 */
export function syntheticClaims(options: {
  members: number;
  claimsPerMember: number;
  seed?: number;
}): PayableClaim[] {
  let state = (options.seed ?? 0x9e3779b9) >>> 0 || 1;
  const next = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  const dates = Array.from({ length: 365 }, (_, d) =>
    new Date(Date.UTC(2025, 0, d + 1)).toISOString().slice(0, 10),
  );
  const claims: PayableClaim[] = new Array<PayableClaim>(options.members * options.claimsPerMember);
  let k = 0;
  for (let m = 0; m < options.members; m++) {
    const memberId = `member-${String(m).padStart(6, '0')}`;
    for (let c = 0; c < options.claimsPerMember; c++) {
      claims[k++] = {
        claimId: `${memberId}/${c}`,
        memberId,
        stream: STREAMS[next() % STREAMS.length]!,
        amount: BigInt((next() % 50_000) + 100),
        earnedDate: dates[next() % dates.length]!,
      };
    }
  }
  return claims;
}
