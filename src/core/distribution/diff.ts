import { compareCodeUnits } from './validate.js';
import { STREAMS, type Stream } from './params.js';
import type { RunResult } from './types.js';

export interface AmountDiff {
  before: bigint;
  after: bigint;
  /** after - before. */
  delta: bigint;
}

export interface MemberDiff extends AmountDiff {
  memberId: string;
  byStream: Record<Stream, AmountDiff>;
}

export interface NamedDiff extends AmountDiff {
  name: string;
}

export interface RunDiff {
  /** Every member in either run, by id in code-unit order; a member absent from a run counts 0 there. */
  members: MemberDiff[];
  /** Buckets by name, in the order of `a` then those only in `b`. */
  buckets: NamedDiff[];
  pots: NamedDiff[];
  netLiquidity: AmountDiff;
  retained: AmountDiff;
  totalPaid: AmountDiff;
}

/**
 * What changes between two runs, for what-if comparisons (other parameters, other income):
 * per member payout (and per stream), per bucket, per pot, net liquidity, retained and total paid.
 *
 * @example
 * const d = diffRuns(runValueEquation(current), runValueEquation({ ...current, parameters: proposal }));
 * d.members.filter((m) => m.delta < 0n) // who would be paid less under the proposal
 */
export function diffRuns(a: RunResult, b: RunResult): RunDiff {
  const before = new Map(a.members.map((m) => [m.memberId, m]));
  const after = new Map(b.members.map((m) => [m.memberId, m]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort(compareCodeUnits);
  const members = ids.map((memberId): MemberDiff => {
    const x = before.get(memberId);
    const y = after.get(memberId);
    const byStream = Object.fromEntries(
      STREAMS.map((s) => [s, amountDiff(x?.byStream[s] ?? 0n, y?.byStream[s] ?? 0n)]),
    ) as Record<Stream, AmountDiff>;
    return { memberId, ...amountDiff(x?.payout ?? 0n, y?.payout ?? 0n), byStream };
  });
  return {
    members,
    buckets: namedDiff(
      a.buckets.map((x) => [x.name, x.amount]),
      b.buckets.map((x) => [x.name, x.amount]),
    ),
    pots: namedDiff(
      a.pots.map((x) => [x.name, x.amount]),
      b.pots.map((x) => [x.name, x.amount]),
    ),
    netLiquidity: amountDiff(a.netLiquidity, b.netLiquidity),
    retained: amountDiff(a.retained.amount, b.retained.amount),
    totalPaid: amountDiff(a.totalPaid, b.totalPaid),
  };
}

function amountDiff(before: bigint, after: bigint): AmountDiff {
  return { before, after, delta: after - before };
}

function namedDiff(a: [string, bigint][], b: [string, bigint][]): NamedDiff[] {
  const after = new Map(b);
  const names = [
    ...a.map(([n]) => n),
    ...b.map(([n]) => n).filter((n) => !a.some(([m]) => m === n)),
  ];
  const before = new Map(a);
  return names.map((name) => ({
    name,
    ...amountDiff(before.get(name) ?? 0n, after.get(name) ?? 0n),
  }));
}
