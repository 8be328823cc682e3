import { STREAMS, type Stream } from './params.js';
import { compareCodeUnits } from './validate.js';
import type { PayableClaim } from './types.js';

/** One problem with the run input, at a path such as `claims[12].amount`. */
export interface InputProblem {
  path: string;
  message: string;
}

/** Thrown when the claims or member context of a run are malformed. */
export class RunInputError extends Error {
  readonly problems: readonly InputProblem[];
  constructor(problems: readonly InputProblem[]) {
    super(`invalid run input: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'RunInputError';
    this.problems = problems;
  }
}

/** Number of streams; per-member-and-stream data lives at `member * STREAM_COUNT + stream`. */
export const STREAM_COUNT = STREAMS.length;
const STREAM_INDEX = new Map<string, number>(STREAMS.map((s, i) => [s, i]));
const MAX_PROBLEMS = 50;
const POSITION_RANGE = 2 ** 22;

/**
 * The claims of a run in the shape the algorithm works on: members in code-unit order of their
 * ids, each member's claims sorted once, oldest first, in flat typed arrays of claim indices
 * rather than objects, so a million claims cost a handful of allocations.
 */
export interface ClaimBook {
  claims: readonly PayableClaim[];
  /** Member ids in code-unit order; "member m" below means `memberIds[m]`. */
  memberIds: string[];
  /** Claim indices, member by member; within a member oldest first (earnedDate, then claimId in code-unit order). */
  byAge: Int32Array;
  /** Member m's claims are `byAge[memberStart[m] .. memberStart[m + 1])`. */
  memberStart: Int32Array;
  /** Claim indices, member by member, then stream by stream, each oldest first. */
  byStream: Int32Array;
  /** Member m's claims in stream s are `byStream[streamStart[m * STREAM_COUNT + s] .. streamStart[m * STREAM_COUNT + s + 1])`. */
  streamStart: Int32Array;
  /** Per claim: its stream index, its position in `byAge` (its age rank) and its position in `byStream`. */
  stream: Uint8Array;
  ageRank: Int32Array;
  streamPos: Int32Array;
  /** Per member and stream: open claims. */
  perStream: bigint[];
  /** Per member: all open claims. */
  total: bigint[];
}

/**
 * Checks the claims and arranges them per member, oldest first. The order of the input does not
 * matter, which is the first half of the determinism law. Two claims of one member with the same
 * earned date and claim id are rejected, since nothing would order them; making claim ids unique
 * across the whole collective is the ledger's job.
 *
 * @example
 * const book = prepareClaims([{ claimId: 'c1', memberId: 'ana', stream: 'care', amount: 500n, earnedDate: '2026-01-03' }]);
 * book.memberIds // ['ana']
 */
export function prepareClaims(claims: readonly PayableClaim[]): ClaimBook {
  const problems: InputProblem[] = [];
  const report = (path: string, message: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, message });
  };
  const n = claims.length;
  const stream = new Uint8Array(n);
  const dateKey = new Int32Array(n);
  const firstSeen = new Map<string, number>();
  const memberOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = claims[i]!;
    const s =
      c.stream === STREAMS[0]
        ? 0
        : c.stream === STREAMS[1]
          ? 1
          : c.stream === STREAMS[2]
            ? 2
            : STREAM_INDEX.get(c.stream);
    if (s === undefined)
      report(`claims[${i}].stream`, `unknown stream ${JSON.stringify(c.stream)}`);
    else stream[i] = s;
    if (typeof c.amount !== 'bigint' || c.amount <= 0n)
      report(`claims[${i}].amount`, 'must be a bigint amount in minor units above 0');
    const key = isoDateKey(c.earnedDate);
    if (key < 0) report(`claims[${i}].earnedDate`, 'must be an ISO date YYYY-MM-DD');
    dateKey[i] = key;
    if (typeof c.claimId !== 'string' || c.claimId === '')
      report(`claims[${i}].claimId`, 'must be a non-empty string');
    if (typeof c.memberId !== 'string' || c.memberId === '')
      report(`claims[${i}].memberId`, 'must be a non-empty string');
    let m = firstSeen.get(c.memberId);
    if (m === undefined) {
      m = firstSeen.size;
      firstSeen.set(c.memberId, m);
    }
    memberOf[i] = m;
  }
  if (problems.length > 0) throw new RunInputError(problems);

  const memberIds = [...firstSeen.keys()].sort(compareCodeUnits);
  const memberCount = memberIds.length;
  const sortedIndex = new Int32Array(memberCount);
  memberIds.forEach((id, m) => {
    sortedIndex[firstSeen.get(id)!] = m;
  });

  // Counting sort by member, then one sort per member by age.
  const memberStart = new Int32Array(memberCount + 1);
  for (let i = 0; i < n; i++) {
    const m = sortedIndex[memberOf[i]!]!;
    memberOf[i] = m;
    memberStart[m + 1]!++;
  }
  for (let m = 0; m < memberCount; m++) memberStart[m + 1]! += memberStart[m]!;
  const byAge = new Int32Array(n);
  const fill = memberStart.slice(0, memberCount);
  for (let i = 0; i < n; i++) byAge[fill[memberOf[i]!]!++] = i;
  // Sorting numbers natively is several times faster than a comparator over a million claims:
  // key = date * 2^22 + claim index, exact in a double; equal dates are then ordered by claim id
  // (never by index, which would make the result depend on the input order).
  const olderFirst = (a: number, b: number): number =>
    dateKey[a]! - dateKey[b]! || compareCodeUnits(claims[a]!.claimId, claims[b]!.claimId);
  const keys = new Float64Array(n);
  const duplicate = (i: number, m: number): void =>
    report(
      `claims[${i}].claimId`,
      `duplicate claim id "${claims[i]!.claimId}" for member "${memberIds[m]}" on ${claims[i]!.earnedDate}`,
    );
  for (let m = 0; m < memberCount; m++) {
    const from = memberStart[m]!;
    const to = memberStart[m + 1]!;
    let sorted = true;
    for (let p = from + 1; p < to && sorted; p++) sorted = olderFirst(byAge[p - 1]!, byAge[p]!) < 0;
    if (sorted) continue;
    const segment = byAge.subarray(from, to);
    if (n <= POSITION_RANGE) {
      const k = keys.subarray(from, to);
      for (let j = 0; j < k.length; j++)
        k[j] = dateKey[segment[j]!]! * POSITION_RANGE + segment[j]!;
      k.sort();
      for (let j = 0; j < k.length; j++) segment[j] = k[j]! % POSITION_RANGE;
      for (let a = 0; a < segment.length;) {
        let b = a + 1;
        while (b < segment.length && dateKey[segment[b]!] === dateKey[segment[a]!]) b++;
        if (b - a > 1) {
          segment.subarray(a, b).sort(olderFirst);
          for (let p = a + 1; p < b; p++)
            if (claims[segment[p - 1]!]!.claimId === claims[segment[p]!]!.claimId)
              duplicate(segment[p]!, m);
        }
        a = b;
      }
    } else {
      segment.sort(olderFirst);
      for (let p = 1; p < segment.length; p++)
        if (olderFirst(segment[p - 1]!, segment[p]!) === 0) duplicate(segment[p]!, m);
    }
  }
  if (problems.length > 0) throw new RunInputError(problems);

  const ageRank = new Int32Array(n);
  for (let p = 0; p < n; p++) ageRank[byAge[p]!] = p;

  // Stable partition of each member's claims by stream, and the totals.
  const streamStart = new Int32Array(memberCount * STREAM_COUNT + 1);
  const perStream = new Array<bigint>(memberCount * STREAM_COUNT).fill(0n);
  const total = new Array<bigint>(memberCount).fill(0n);
  for (let m = 0; m < memberCount; m++) {
    const counts = [0, 0, 0];
    for (let p = memberStart[m]!; p < memberStart[m + 1]!; p++) counts[stream[byAge[p]!]!]!++;
    for (let s = 0; s < STREAM_COUNT; s++)
      streamStart[m * STREAM_COUNT + s + 1] = streamStart[m * STREAM_COUNT + s]! + counts[s]!;
  }
  const byStream = new Int32Array(n);
  const streamPos = new Int32Array(n);
  const next = streamStart.slice(0, memberCount * STREAM_COUNT);
  for (let m = 0; m < memberCount; m++) {
    for (let p = memberStart[m]!; p < memberStart[m + 1]!; p++) {
      const i = byAge[p]!;
      const at = m * STREAM_COUNT + stream[i]!;
      const q = next[at]!++;
      byStream[q] = i;
      streamPos[i] = q;
      perStream[at] = perStream[at]! + claims[i]!.amount;
    }
    let sum = 0n;
    for (let s = 0; s < STREAM_COUNT; s++) sum += perStream[m * STREAM_COUNT + s]!;
    total[m] = sum;
  }
  return {
    claims,
    memberIds,
    byAge,
    memberStart,
    byStream,
    streamStart,
    stream,
    ageRank,
    streamPos,
    perStream,
    total,
  };
}

/** The stream name of a stream index. */
export function streamAt(index: number): Stream {
  return STREAMS[index]!;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * YYYYMMDD as an integer (which orders like the date), or -1 when the text is not a real ISO date.
 * Hand-parsed because it runs once per claim.
 *
 * @example isoDateKey('2026-01-03') // 20260103
 */
export function isoDateKey(text: unknown): number {
  if (
    typeof text !== 'string' ||
    text.length !== 10 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45
  )
    return -1;
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    year = year * 10 + d;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return -1;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))
    return -1;
  return year * 10000 + month * 100 + day;
}
