import { STREAM_COUNT, type ClaimBook } from './claims.js';

/** Bit mask of all streams, for steps that pay across streams (floors, overflow). */
export const ALL_STREAMS = (1 << STREAM_COUNT) - 1;

/**
 * Pays members' claims oldest first and remembers only a cursor per member and stream.
 *
 * Why a cursor is enough: every step pays the oldest unpaid claims of some set of streams, so in
 * each stream the paid claims are always a run of fully paid oldest claims followed by at most
 * one partly paid claim. Paying therefore touches only the claims that receive money, and nothing
 * is stored per claim until the result is written.
 */
export class OldestFirst {
  private readonly book: ClaimBook;
  /** Per member and stream: position in `book.byStream` of the oldest claim not yet fully paid. */
  private readonly cursor: Int32Array;
  /** Per member and stream: what is already paid on the claim at the cursor. */
  private readonly partial: bigint[];
  /** Per member and stream: everything paid so far. */
  readonly paid: bigint[];

  /** @example const payer = new OldestFirst(prepareClaims(claims)); */
  constructor(book: ClaimBook) {
    this.book = book;
    const slots = book.memberIds.length * STREAM_COUNT;
    this.cursor = book.streamStart.slice(0, slots);
    this.partial = new Array<bigint>(slots).fill(0n);
    this.paid = new Array<bigint>(slots).fill(0n);
  }

  /**
   * What member m still has open in stream s.
   *
   * @example payer.open(0, 0) // member 0's unpaid livelihood claims
   */
  open(m: number, s: number): bigint {
    const at = m * STREAM_COUNT + s;
    return this.book.perStream[at]! - this.paid[at]!;
  }

  /**
   * Pays `amount` to member m's oldest open claims among the streams in `mask` (bit s = stream s).
   * Throws if the amount exceeds those claims: every step is built never to ask that, and money
   * must not silently disappear if one ever did.
   *
   * @example payer.pay(0, 1_000n, ALL_STREAMS)
   */
  pay(m: number, amount: bigint, mask: number): void {
    const { byStream, streamStart, ageRank, claims } = this.book;
    let left = amount;
    while (left > 0n) {
      // The stream whose oldest open claim is oldest overall, and the age of the runner-up, so
      // that a whole run of claims can be paid from one stream before looking again.
      let best = -1;
      let bestRank = Number.MAX_SAFE_INTEGER;
      let nextRank = Number.MAX_SAFE_INTEGER;
      for (let s = 0; s < STREAM_COUNT; s++) {
        if ((mask & (1 << s)) === 0) continue;
        const at = m * STREAM_COUNT + s;
        const c = this.cursor[at]!;
        if (c >= streamStart[at + 1]!) continue;
        const rank = ageRank[byStream[c]!]!;
        if (rank < bestRank) {
          nextRank = bestRank;
          bestRank = rank;
          best = at;
        } else if (rank < nextRank) {
          nextRank = rank;
        }
      }
      if (best < 0)
        throw new Error(`internal: ${left} left over paying member ${this.book.memberIds[m]}`);
      const before = left;
      const end = streamStart[best + 1]!;
      let c = this.cursor[best]!;
      let partial = this.partial[best]!;
      while (c < end && left > 0n && ageRank[byStream[c]!]! < nextRank) {
        const amountDue = claims[byStream[c]!]!.amount;
        const due = partial === 0n ? amountDue : amountDue - partial;
        if (due <= left) {
          left -= due;
          partial = 0n;
          c++;
        } else {
          partial += left;
          left = 0n;
        }
      }
      this.cursor[best] = c;
      this.partial[best] = partial;
      this.paid[best] = this.paid[best]! + (before - left);
    }
  }

  /**
   * Where claim i (of member m) stands: 2 paid in full, 1 paid in part (see `partialOn`), 0 unpaid.
   * Integer work only, so scanning a million claims for the result stays cheap.
   *
   * @example payer.status(book.byAge[0], 0) // 2
   */
  status(i: number, m: number): 0 | 1 | 2 {
    const at = m * STREAM_COUNT + this.book.stream[i]!;
    const pos = this.book.streamPos[i]!;
    const c = this.cursor[at]!;
    if (pos < c) return 2;
    return pos === c && this.partial[at]! !== 0n ? 1 : 0;
  }

  /**
   * What a partly paid claim i (of member m) has received.
   *
   * @example payer.partialOn(i, m) // 450n
   */
  partialOn(i: number, m: number): bigint {
    return this.partial[m * STREAM_COUNT + this.book.stream[i]!]!;
  }
}
