import type { MessageParams } from '../messages/codes.js';
import type { ParameterDocumentInput, Stream } from './params.js';

/** A member's open payable claim: credits earned in one stream and still owed. */
export interface PayableClaim {
  claimId: string;
  memberId: string;
  stream: Stream;
  /** Minor units, > 0. */
  amount: bigint;
  /** ISO date YYYY-MM-DD on which the credit was earned; older claims are paid first. */
  earnedDate: string;
}

/** What smoothing needs to know about a member this period. */
export interface MemberContext {
  onLeave?: boolean;
  heavyCare?: boolean;
  /** Why `onLeave`, for the explanation: the leaves in the period, first and last day (null: open-ended). */
  leaves?: readonly { from: string; to: string | null }[];
  /** Why `heavyCare`, for the explanation: care hours logged in the period and the threshold, as decimals. */
  careHours?: { logged: string; threshold: string };
  /** The member's total payouts of past periods, oldest first, in minor units. */
  pastPayouts?: readonly bigint[];
}

export interface RunInput {
  /** The period's income total in minor units. */
  income: bigint;
  /** A `value-equation@1` parameter document, parsed or as written. */
  parameters: ParameterDocumentInput;
  claims: readonly PayableClaim[];
  /** Per-member context, keyed by member id. Members without claims are ignored. */
  members?: Readonly<Record<string, MemberContext>>;
  /** Minor-unit digits of the currency, for explanations only. Default 2. */
  minorDigits?: number;
  /** Thanks each member received in the period, by member id: what the appreciation share follows. */
  appreciations?: Readonly<Record<string, number>>;
}

/** The appreciation share of a run (see the `appreciation` parameter). */
export interface AppreciationResult {
  pot: string;
  /** Basis points of the pot. */
  percent: number;
  /** The share taken from the pot, before it is split by thanks. */
  amount: bigint;
  /** Thanks received in the period by members with claims: the split's denominator. */
  thanks: number;
  /** Paid to members; the rest (beyond their open claims or caps) went back to the pot. */
  paid: bigint;
}

export interface BucketResult {
  name: string;
  of: 'total' | 'remainder';
  /** Basis points. */
  percent: number;
  /** The amount the percentage was taken of. */
  base: bigint;
  amount: bigint;
}

export interface PotResult {
  name: string;
  streams: Stream[];
  /** Basis points of the net liquidity left after floors. */
  share: number;
  amount: bigint;
  /** Open claims in the pot after floors: the pro-rata denominator. */
  claims: bigint;
  /** Paid to members from this pot, after caps. */
  paid: bigint;
  /** Taken back from members by caps. */
  capped: bigint;
  /** amount - paid: goes to the overflow round or is retained. */
  unspent: bigint;
}

export interface FloorResult {
  /** Sum of all members' floor demands. */
  demanded: bigint;
  /** What was paid for floors: all demands, or the whole net liquidity when it did not suffice. */
  paid: bigint;
}

export interface OverflowResult {
  /** Sum of all pots' unspent money. */
  amount: bigint;
  /** What members can still receive (unpaid claims, limited by the room under their cap): the pro-rata denominator. */
  claims: bigint;
  paid: bigint;
  unspent: bigint;
}

/** What a partly paid claim received. */
export interface ClaimPayment {
  claimId: string;
  paid: bigint;
}

export type ExplanationKind = 'floor' | 'pot' | 'overflow' | 'rounding' | 'cap' | 'info';

/** One plain-language line; the amounts of a member's lines add up to their payout ('info' lines carry 0). */
export interface ExplanationLine {
  kind: ExplanationKind;
  amount: bigint;
  /** The English text recorded since schema 1 (it says "your" from the paid member's side). */
  text: string;
  /** The stable code and parameters faces render in the reader's language (run schema 2). */
  code: string;
  params: MessageParams;
}

export interface MemberPayout {
  memberId: string;
  payout: bigint;
  byStream: Record<Stream, bigint>;
  /** All open claims of the member before the run. */
  claimsTotal: bigint;
  /** claimsTotal - payout: still owed after the run. */
  outstanding: bigint;
  /** The floor applied this period (after bounding by claims and cap), 0 when none. */
  floor: bigint;
  cap: bigint | null;
  /**
   * Claim ids paid in full by this run, oldest first. Claims are paid oldest first, so a member's
   * paid claims are these plus at most one partly paid claim per stream; ids rather than objects
   * keep a million-claim result small.
   */
  settled: string[];
  /** Claims paid in part, with what they received (at most one per stream), oldest first. */
  partial: ClaimPayment[];
  explanation: ExplanationLine[];
}

export interface RunResult {
  algorithm: 'value-equation@1';
  parametersVersion: string;
  income: bigint;
  buckets: BucketResult[];
  /** Income left after the buckets. */
  netLiquidity: bigint;
  floors: FloorResult;
  pots: PotResult[];
  /** Null when the parameters do not enable overflow. */
  overflow: OverflowResult | null;
  retained: { bucket: string; amount: bigint };
  /** Present when the parameters give appreciation a share. */
  appreciation?: AppreciationResult;
  totalPaid: bigint;
  /** Every member with at least one claim, by member id in code-unit order. */
  members: MemberPayout[];
}
