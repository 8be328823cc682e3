import { formatBasisPoints, formatMinor } from './money.js';
import { message, type Message } from '../messages/codes.js';
import type { Stream } from './params.js';
import type { ExplanationLine } from './types.js';

/** Where a member's floor came from, for the explanation. */
export interface FloorSource {
  /** The floor set by the parameters (own or default), 0 when none. */
  configured: bigint;
  configuredIsOwn: boolean;
  /** The smoothing floor, 0 when smoothing does not apply. */
  smoothing: bigint;
  smoothingPercent: number;
  smoothingAverage: bigint;
  smoothingPeriods: number;
  smoothingReason: 'on leave' | 'heavy care' | null;
  /** What made the member on leave or carry heavy care, when the caller said. */
  leaves?: readonly { from: string; to: string | null }[] | undefined;
  careHours?: { logged: string; threshold: string } | undefined;
}

/** How one sharing step (a pot, the floors, the overflow) treated one member. */
export interface ShareTrace {
  /** What was shared in this step. */
  house: bigint;
  /** The member's weight (claims or floor) and the sum of all weights. */
  weight: bigint;
  totalWeight: bigint;
  /** True when the house covered every weight, so everyone got their weight. */
  full: boolean;
  /** Before rounding: floor(house * weight / totalWeight), or the weight when full. */
  base: bigint;
  bonus: boolean;
  /** Taken back by the cap, >= 0. */
  cut: bigint;
}

/** Everything the algorithm did for one member, in the order it did it. */
export interface MemberTrace {
  claimsTotal: bigint;
  cap: bigint | null;
  floor: { source: FloorSource; demand: bigint; share: ShareTrace } | null;
  /** The member's part of the appreciation share, when they were thanked. */
  appreciation: {
    pot: string;
    percent: number;
    amount: bigint;
    thanks: number;
    allThanks: number;
    share: bigint;
    paid: bigint;
  } | null;
  pots: { name: string; share: ShareTrace }[];
  overflow: ShareTrace | null;
  /** The first few claims paid, oldest first, for the explanation. */
  paidClaims: readonly {
    claimId: string;
    stream: Stream;
    earnedDate: string;
    amount: bigint;
    paid: bigint;
  }[];
  /** How many claims received money in all. */
  paidClaimCount: number;
  /** The earned date of the newest claim that received money (claims are paid oldest first). */
  lastPaidDate?: string;
  payout: bigint;
}

/** How many paid claims an explanation names; the rest are counted. */
export const LISTED_CLAIMS = 5;

/**
 * Plain-language lines for one member. Every step that moved money gets a line carrying that
 * amount (rounding units and cap cuts get their own lines), so the amounts add up to the payout
 * and a member can redo the sum by hand; 'info' lines carry 0.
 *
 * @example explainMember(trace, 2).map((l) => l.text)
 * // ['Pot "livelihood" 6,750.00 shared pro rata to claims: your claims 1,200.00 of 6,000.00 total = 1,350.00', ...]
 */
export function explainMember(trace: MemberTrace, minorDigits = 2): ExplanationLine[] {
  const fmt = (a: bigint): string => formatMinor(a, minorDigits);
  const unit = fmt(1n);
  const lines: ExplanationLine[] = [];
  const rounding = (share: ShareTrace, where: string, said: Message): void => {
    if (share.bonus)
      lines.push({
        kind: 'rounding',
        amount: 1n,
        text: `Rounding ${where}: +${unit} (largest remainder)`,
        ...said,
      });
  };
  const cap = (share: ShareTrace, pot: string): void => {
    if (share.cut > 0n) {
      lines.push({
        kind: 'cap',
        amount: -share.cut,
        text: `Cap ${fmt(trace.cap ?? 0n)} per period: -${fmt(share.cut)} taken back from pot "${pot}" (it stays owed)`,
        ...message('run.cap', {
          capAmount: (trace.cap ?? 0n).toString(),
          cutAmount: (-share.cut).toString(),
          pot,
        }),
      });
    }
  };

  if (trace.floor !== null) {
    const { source, demand, share } = trace.floor;
    const described = describeFloor(source, fmt);
    const chosen = source.smoothing > source.configured ? source.smoothing : source.configured;
    const basis = floorBasis(source);
    let limit = '';
    let limitSaid: Message | null = null;
    if (demand < chosen) {
      const byCap = trace.cap !== null && demand === trace.cap && demand < trace.claimsTotal;
      limit = byCap
        ? `, limited to your cap ${fmt(trace.cap!)}`
        : `, limited to your claims ${fmt(trace.claimsTotal)}`;
      limitSaid = byCap
        ? message('run.limit.cap', { capAmount: trace.cap!.toString() })
        : message('run.limit.claims', { claimsAmount: trace.claimsTotal.toString() });
    }
    if (share.full) {
      lines.push({
        kind: 'floor',
        amount: share.base,
        text: `Floor: ${described}${limit}; paid before the pots are shared = ${fmt(share.base)}`,
        ...(limitSaid === null
          ? message('run.floor.full', { basis, amount: share.base.toString() })
          : message('run.floor.full-limited', {
              basis,
              limit: limitSaid,
              amount: share.base.toString(),
            })),
      });
    } else {
      const numbers = {
        demandAmount: demand.toString(),
        allFloorsAmount: share.totalWeight.toString(),
        liquidityAmount: share.house.toString(),
        amount: share.base.toString(),
      };
      lines.push({
        kind: 'floor',
        amount: share.base,
        text: `Floor: ${described}${limit} = ${fmt(demand)}, but all floors together (${fmt(share.totalWeight)}) exceed the net liquidity ${fmt(share.house)}, so floors are shared pro rata: ${fmt(demand)} of ${fmt(share.totalWeight)} = ${fmt(share.base)}`,
        ...(limitSaid === null
          ? message('run.floor.shared', { basis, ...numbers })
          : message('run.floor.shared-limited', { basis, limit: limitSaid, ...numbers })),
      });
    }
    rounding(share, 'of the floors', message('run.rounding.floors', { amount: '1' }));
  }

  const thanked = trace.appreciation;
  if (thanked !== null) {
    const shared = {
      pot: thanked.pot,
      percent: thanked.percent / 100,
      poolAmount: thanked.amount.toString(),
      thanks: thanked.thanks,
      allThanks: thanked.allThanks,
    };
    const head = `Appreciation: ${formatBasisPoints(thanked.percent)} of pot "${thanked.pot}" (${fmt(thanked.amount)}) shared by thanks received: ${thanked.thanks} of ${thanked.allThanks} thanks`;
    lines.push(
      thanked.paid === thanked.share
        ? {
            kind: 'pot',
            amount: thanked.paid,
            text: `${head} = ${fmt(thanked.paid)}`,
            ...message('run.appreciation.shared', {
              ...shared,
              amount: thanked.paid.toString(),
            }),
          }
        : {
            kind: 'pot',
            amount: thanked.paid,
            text: `${head} = ${fmt(thanked.share)}, limited to what can be paid (open claims in the pot, within the cap) = ${fmt(thanked.paid)}; the rest stays in the pot`,
            ...message('run.appreciation.limited', {
              ...shared,
              shareAmount: thanked.share.toString(),
              amount: thanked.paid.toString(),
            }),
          },
    );
  }

  for (const pot of trace.pots) {
    const s = pot.share;
    if (s.weight === 0n) continue;
    const text = s.full
      ? `Pot "${pot.name}" ${fmt(s.house)} covers all ${fmt(s.totalWeight)} of claims in it: your claims ${fmt(s.weight)} are paid in full`
      : `Pot "${pot.name}" ${fmt(s.house)} shared pro rata to claims: your claims ${fmt(s.weight)} of ${fmt(s.totalWeight)} total = ${fmt(s.base)}`;
    lines.push({
      kind: 'pot',
      amount: s.base,
      text,
      ...(s.full
        ? message('run.pot.full', {
            pot: pot.name,
            potAmount: s.house.toString(),
            allClaimsAmount: s.totalWeight.toString(),
            amount: s.base.toString(),
          })
        : message('run.pot.shared', {
            pot: pot.name,
            potAmount: s.house.toString(),
            claimsAmount: s.weight.toString(),
            allClaimsAmount: s.totalWeight.toString(),
            amount: s.base.toString(),
          })),
    });
    rounding(
      s,
      `in pot "${pot.name}"`,
      message('run.rounding.pot', { pot: pot.name, amount: '1' }),
    );
    cap(s, pot.name);
  }

  const o = trace.overflow;
  if (o !== null && o.weight > 0n && o.house > 0n) {
    const text = o.full
      ? `Overflow: unspent pot money ${fmt(o.house)} covers all ${fmt(o.totalWeight)} that members can still receive: your ${fmt(o.weight)} is paid in full`
      : `Overflow: unspent pot money ${fmt(o.house)} shared pro rata to what members can still receive (unpaid claims, within caps): your ${fmt(o.weight)} of ${fmt(o.totalWeight)} = ${fmt(o.base)}`;
    lines.push({
      kind: 'overflow',
      amount: o.base,
      text,
      ...(o.full
        ? message('run.overflow.full', {
            overflowAmount: o.house.toString(),
            allWeightsAmount: o.totalWeight.toString(),
            amount: o.base.toString(),
          })
        : message('run.overflow.shared', {
            overflowAmount: o.house.toString(),
            weightAmount: o.weight.toString(),
            allWeightsAmount: o.totalWeight.toString(),
            amount: o.base.toString(),
          })),
    });
    rounding(o, 'of the overflow', message('run.rounding.overflow', { amount: '1' }));
  }

  if (trace.paidClaims.length > 0) {
    const listed = trace.paidClaims
      .slice(0, LISTED_CLAIMS)
      .map(
        (c) =>
          `claim ${c.claimId} (${c.earnedDate}, ${c.stream}) ${fmt(c.paid)}${c.paid < c.amount ? ` of ${fmt(c.amount)}` : ''}`,
      );
    const more = trace.paidClaimCount - listed.length;
    lines.push({
      kind: 'info',
      amount: 0n,
      text: `Paid oldest first: ${listed.join(', ')}${more > 0 ? `, and ${more} more` : ''}`,
      // Claim ids mean nothing to a reader: the code names how many and the dates they span.
      ...(trace.paidClaimCount === 1
        ? message('run.paid-claims.one', { from: trace.paidClaims[0]!.earnedDate })
        : message('run.paid-claims.many', {
            count: trace.paidClaimCount,
            from: trace.paidClaims[0]!.earnedDate,
            to: trace.lastPaidDate ?? trace.paidClaims[trace.paidClaims.length - 1]!.earnedDate,
          })),
    });
  }
  lines.push({
    kind: 'info',
    amount: 0n,
    text: `Total paid ${fmt(trace.payout)}; still owed after this run ${fmt(trace.claimsTotal - trace.payout)}`,
    ...message('run.total', {
      paidAmount: trace.payout.toString(),
      owedAmount: (trace.claimsTotal - trace.payout).toString(),
    }),
  });
  return lines;
}

function describeFloor(source: FloorSource, fmt: (a: bigint) => string): string {
  if (source.smoothing > source.configured && source.smoothingReason !== null) {
    return `your smoothing floor ${fmt(source.smoothing)} (${formatBasisPoints(source.smoothingPercent)} of your average payout ${fmt(source.smoothingAverage)} over the last ${source.smoothingPeriods} period${source.smoothingPeriods === 1 ? '' : 's'}, as you are ${source.smoothingReason === 'on leave' ? onLeave(source.leaves) : heavyCare(source.careHours)})`;
  }
  return source.configuredIsOwn
    ? `your own floor ${fmt(source.configured)}`
    : `the floor ${fmt(source.configured)}`;
}

function floorBasis(source: FloorSource): Message {
  if (source.smoothing > source.configured && source.smoothingReason !== null) {
    const smoothing = {
      floorAmount: source.smoothing.toString(),
      percent: source.smoothingPercent / 100,
      averageAmount: source.smoothingAverage.toString(),
      periods: source.smoothingPeriods,
    };
    if (source.smoothingReason === 'on leave')
      return source.leaves === undefined || source.leaves.length === 0
        ? message('run.floor-basis.smoothing-leave', smoothing)
        : message('run.floor-basis.smoothing-leave-dates', {
            ...smoothing,
            leaves: source.leaves.map((l) =>
              l.to === null
                ? message('run.leave.open', { from: l.from })
                : message('run.leave.from-to', { from: l.from, to: l.to }),
            ),
          });
    if (source.careHours === undefined) return message('run.floor-basis.smoothing-care', smoothing);
    return message('run.floor-basis.smoothing-care-hours', {
      ...smoothing,
      hours: source.careHours.logged,
      threshold: source.careHours.threshold,
    });
  }
  return message(source.configuredIsOwn ? 'run.floor-basis.own' : 'run.floor-basis.default', {
    floorAmount: source.configured.toString(),
  });
}

function onLeave(leaves: FloorSource['leaves']): string {
  if (leaves === undefined || leaves.length === 0) return 'on leave';
  return `on leave ${leaves.map((l) => (l.to === null ? `from ${l.from} (no end date yet)` : `from ${l.from} to ${l.to}`)).join(' and ')}`;
}

function heavyCare(care: FloorSource['careHours']): string {
  if (care === undefined) return 'carrying heavy care work';
  return `carrying heavy care work: ${care.logged} hours of care logged, threshold ${care.threshold}`;
}
