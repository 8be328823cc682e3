/**
 * The value equation (`value-equation@1`): how a period's income becomes members' pay.
 *
 * All money is bigint minor units; all percentages are integer basis points (10000 = 100%).
 * Nothing is ever a float. Members are always processed in code-unit order of their ids.
 *
 * Steps, in order:
 *
 * 1. Buckets. Starting from the income I, each bucket in turn takes floor(B * p / 10000), where
 *    B is I for `of: 'total'` and what the earlier buckets left for `of: 'remainder'`; a bucket
 *    never takes more than what is left (validation rejects documents where it would). Buckets
 *    round down, so the fractions of a cent they leave stay with the members. What is left is the
 *    net liquidity N.
 *
 * 2. Floors (and smoothing). Each member with claims gets a floor demand
 *      f = min(max(configured floor, smoothing floor), cap, all their open claims),
 *    where the configured floor is their own (`floors.members`) or the default (`floors.default`),
 *    else 0. The smoothing floor applies to a member flagged on leave (`smoothing.onLeave`) or
 *    carrying heavy care (`smoothing.heavyCare`; with both flags the larger percentage):
 *      floor(sum of their last `smoothing.periods` past payouts * percent / (10000 * count)),
 *    i.e. a percentage of their average payout over the periods they have history for (0 without
 *    history). A cap always wins over a floor. Floors are paid first, out of N before the stream
 *    split (so every pot funds them in proportion to its share): if the demands sum to at most N,
 *    everyone gets their f; otherwise N is shared pro rata to the demands (largest remainder) and
 *    the pots are empty. Floor money pays the member's oldest claims first, across streams.
 *
 * 3. Stream split. N minus the floors paid is split between the pots by their shares (largest
 *    remainder over the shares; ties to the larger share, then the earlier pot).
 *
 * 3b. Appreciation (only with `appreciation`). That percentage of the named pot is split between
 *    members by the thanks each received in the period (largest remainder, so the parts add up to
 *    the share exactly); each part pays the member's oldest open claims in the pot's streams, up to
 *    those claims and the room under their cap. What no part could pay stays in the pot.
 *
 * 4. Pots. Within a pot, each member's weight is their open claims in the pot's streams after the
 *    floor payments. If the pot covers all weights, everyone gets their weight and the rest is
 *    unspent; otherwise the pot is shared pro rata to the weights by largest remainder. A member's
 *    pot money pays their oldest claims in the pot's streams first.
 *
 * 5. Caps. A cap limits a member's total payout of the period. When floor plus pot money exceeds
 *    the cap, the excess is taken back from the pots in reverse order of `streamSplit` (the first
 *    pot, usually livelihood, keeps paying longest) and becomes those pots' unspent money. The
 *    capped claims stay owed.
 *
 * 6. Overflow (only with `overflow: true`). The unspent money of all pots (including what caps
 *    took back) forms one overflow pool, shared like a pot over all streams, with each member's
 *    weight being what they can still receive: their unpaid claims, limited by the room left under
 *    their cap. So no overflow share is ever cut by a cap. It pays oldest claims first, across streams.
 *
 * 7. Retained. Whatever no claim took (pot money beyond the claims, capped amounts, and with
 *    overflow what the overflow could not place) goes to `retainedBucket`. Nothing vanishes:
 *      income = sum of buckets + sum of payouts + retained, to the minor unit.
 *
 * Per claim. Every step pays the member's oldest open claims first (by earnedDate, then claimId
 * in code-unit order), within the streams the step serves. So in each stream a member's paid
 * claims are always the oldest ones, in full, plus at most one claim paid in part; the result
 * lists the former as `settled` ids and the latter as `partial` with their amounts.
 *
 * Rounding. Every pro-rata step uses the largest remainder method (see `apportion`): each member
 * gets floor(house * weight / total), and the units left over go one each to the largest exact
 * remainders, ties to the larger weight, then to the member id first in code-unit order. Shares
 * never exceed weights, so nobody is paid beyond their claims; the pot is paid out exactly.
 *
 * Monotonicity, as it holds (and as `laws.test.ts` tests it): with the parameters, the income, the
 * member context and every other member's claims unchanged, raising the amount of one of a
 * member's claims or adding a claim for them never lowers their payout, to the minor unit, when
 * overflow is off (other members' payouts may of course fall). Why it
 * is exact: the buckets, the floor total seen by others and the pot sizes do not depend on the
 * member's claims once their floor is met (and while it is not, all their claims are paid by the
 * floor); inside each pro-rata step only their own weight grows while every other quota shrinks,
 * and under the tie-break above such an entry never loses a rounding unit; a cap is a min().
 * With overflow on, the overflow pool itself shrinks when the member takes more from a pot, and
 * the largest remainder method is not house-monotone (the Alabama paradox), so exactness cannot
 * be argued the same way; the law stated and tested is: the new payout is at least the old payout
 * minus one minor unit. (Random searches over some 70,000 cases found no decrease at all.)
 */
import {
  explainMember,
  LISTED_CLAIMS,
  type FloorSource,
  type MemberTrace,
  type ShareTrace,
} from './explain.js';
import { apportion } from './largest-remainder.js';
import { prepareClaims, RunInputError, STREAM_COUNT, streamAt, type ClaimBook } from './claims.js';
import { ALL_STREAMS, OldestFirst } from './oldest-first.js';
import {
  ALGORITHM_ID,
  FULL_BASIS_POINTS,
  STREAMS,
  potName,
  type ParameterDocument,
  type Stream,
} from './params.js';
import { parseParameters } from './validate.js';
import { appreciationShares } from './appreciation-share.js';
import type {
  AppreciationResult,
  BucketResult,
  ClaimPayment,
  MemberContext,
  MemberPayout,
  PotResult,
  RunInput,
  RunResult,
} from './types.js';

const FULL = BigInt(FULL_BASIS_POINTS);

/** What one pro-rata step gave every member. */
interface Step {
  house: bigint;
  weights: bigint[];
  totalWeight: bigint;
  full: boolean;
  base: bigint[];
  bonus: Uint8Array;
  /** Paid after caps. */
  pay: bigint[];
  cut: bigint[] | null;
}

/**
 * Runs the value equation for one period. Pure and deterministic: the same input, in any claim
 * order, gives a deep-equal result. Throws `ParameterError` for an invalid parameter document and
 * `RunInputError` for malformed claims, income or member context.
 *
 * @example
 * const result = runValueEquation({
 *   income: 1_000_000n,
 *   parameters: {
 *     algorithm: 'value-equation@1', version: '2026-1', effectiveFrom: '2026-01-01',
 *     buckets: [{ name: 'commons', of: 'total', percent: 1000 }, { name: 'running costs', of: 'remainder', percent: 1500 }],
 *     streamSplit: [{ streams: ['livelihood'], share: 7500 }, { streams: ['love', 'care'], share: 2500 }],
 *     retainedBucket: 'commons',
 *   },
 *   claims: [{ claimId: 'c1', memberId: 'ana', stream: 'livelihood', amount: 120_000n, earnedDate: '2026-01-03' }],
 * });
 * result.members[0]?.payout // 120_000n
 */
export function runValueEquation(input: RunInput): RunResult {
  const params = parseParameters(input.parameters);
  const minorDigits = input.minorDigits ?? 2;
  const book = prepareClaims(input.claims);
  return runPrepared(
    params,
    input.income,
    book,
    input.members ?? {},
    minorDigits,
    input.appreciations ?? {},
  );
}

/**
 * The value equation on claims already arranged by `prepareClaims` and parameters already checked
 * by `parseParameters` (pass nothing else: this skips the cross-field checks), for callers
 * (benchmarks, what-if screens) that run many variants over the same claims.
 *
 * @example runPrepared(parseParameters(doc), 1_000_000n, prepareClaims(claims), {}, 2)
 */
export function runPrepared(
  params: ParameterDocument,
  income: bigint,
  book: ClaimBook,
  context: Readonly<Record<string, MemberContext>>,
  minorDigits = 2,
  appreciations: Readonly<Record<string, number>> = {},
): RunResult {
  if (typeof income !== 'bigint' || income < 0n) {
    throw new RunInputError([
      { path: 'income', message: 'must be a bigint amount in minor units, not negative' },
    ]);
  }
  const { memberIds, claims } = book;
  const memberCount = memberIds.length;

  // 1. Buckets.
  let left = income;
  const buckets: BucketResult[] = params.buckets.map((b) => {
    const base = b.of === 'total' ? income : left;
    let amount = (base * BigInt(b.percent)) / FULL;
    if (amount > left) amount = left;
    left -= amount;
    return { name: b.name, of: b.of, percent: b.percent, base, amount };
  });
  const net = left;

  // 2. Floors.
  const caps = new Array<bigint | null>(memberCount);
  const demand = new Array<bigint>(memberCount);
  const sources = new Array<FloorSource | null>(memberCount);
  let demanded = 0n;
  for (let m = 0; m < memberCount; m++) {
    const id = memberIds[m]!;
    const cap = perMember(params.caps, id);
    caps[m] = cap;
    const source = floorSource(params, id, ownContext(context, id));
    sources[m] = source;
    let f =
      source === null
        ? 0n
        : source.smoothing > source.configured
          ? source.smoothing
          : source.configured;
    if (cap !== null && f > cap) f = cap;
    if (f > book.total[m]!) f = book.total[m]!;
    demand[m] = f;
    demanded += f;
  }
  const floorStep = share(net, demand, demanded);
  const floorsPaid = demanded <= net ? demanded : net;

  // Money is applied to claims as each step is decided; what stays open feeds the next step.
  const payer = new OldestFirst(book);
  for (let m = 0; m < memberCount; m++) payer.pay(m, floorStep.pay[m]!, ALL_STREAMS);

  // 3. Stream split.
  const potParams = params.streamSplit;
  const potAmounts = apportion(
    net - floorsPaid,
    potParams.map((p) => BigInt(p.share)),
  ).shares;

  // 3b. Appreciation: a share of one pot split by thanks received, paying the pot's streams.
  const thanksPay = new Array<bigint>(memberCount).fill(0n);
  const thanks = new Array<bigint>(memberCount).fill(0n);
  const thanksShares = new Array<bigint>(memberCount).fill(0n);
  let appreciation: AppreciationResult | undefined;
  const rule = params.appreciation;
  if (rule !== undefined) {
    const k = potParams.findIndex((p) => potName(p) === rule.pot);
    const inPot = STREAMS.map((s) => potParams[k]!.streams.includes(s));
    const amount = (potAmounts[k]! * BigInt(rule.percent)) / FULL;
    let allThanks = 0;
    for (let m = 0; m < memberCount; m++) {
      const received = thanksOf(appreciations, memberIds[m]!);
      thanks[m] = BigInt(received);
      allThanks += received;
    }
    const shares = appreciationShares(amount, thanks);
    const mask = streamMask(potParams[k]!.streams);
    let paid = 0n;
    for (let m = 0; m < memberCount; m++) {
      thanksShares[m] = shares[m]!;
      let room = 0n;
      for (let s = 0; s < STREAM_COUNT; s++) if (inPot[s]) room += payer.open(m, s);
      const cap = caps[m];
      if (cap !== null && cap !== undefined && cap - floorStep.pay[m]! < room)
        room = cap - floorStep.pay[m]!;
      const pay = shares[m]! < room ? shares[m]! : room;
      thanksPay[m] = pay;
      paid += pay;
      payer.pay(m, pay, mask);
    }
    // What could not be paid stays in the pot, for its claims.
    potAmounts[k] = potAmounts[k]! - paid;
    appreciation = { pot: rule.pot, percent: rule.percent, amount, thanks: allThanks, paid };
  }

  // 4. Pots.
  const potSteps: Step[] = potParams.map((p, k) => {
    const inPot = STREAMS.map((s) => p.streams.includes(s));
    const weights = new Array<bigint>(memberCount);
    let total = 0n;
    for (let m = 0; m < memberCount; m++) {
      let w = 0n;
      for (let s = 0; s < STREAM_COUNT; s++) if (inPot[s]) w += payer.open(m, s);
      weights[m] = w;
      total += w;
    }
    return share(potAmounts[k]!, weights, total);
  });

  // 5. Caps, taken back from the last pot first.
  for (let m = 0; m < memberCount; m++) {
    const cap = caps[m];
    if (cap === null || cap === undefined) continue;
    let total = floorStep.pay[m]! + thanksPay[m]!;
    for (const step of potSteps) total += step.pay[m]!;
    let excess = total - cap;
    for (let k = potSteps.length - 1; k >= 0 && excess > 0n; k--) {
      const step = potSteps[k]!;
      const take = step.pay[m]! < excess ? step.pay[m]! : excess;
      if (take === 0n) continue;
      step.pay[m] = step.pay[m]! - take;
      step.cut ??= new Array<bigint>(memberCount).fill(0n);
      step.cut[m] = take;
      excess -= take;
    }
  }
  potSteps.forEach((step, k) => {
    const mask = streamMask(potParams[k]!.streams);
    for (let m = 0; m < memberCount; m++) payer.pay(m, step.pay[m]!, mask);
  });
  const pots: PotResult[] = potSteps.map((step, k) => {
    const p = potParams[k]!;
    let potPaid = 0n;
    let capped = 0n;
    for (let m = 0; m < memberCount; m++) {
      potPaid += step.pay[m]!;
      if (step.cut) capped += step.cut[m]!;
    }
    return {
      name: potName(p),
      streams: [...p.streams],
      share: p.share,
      amount: step.house,
      claims: step.totalWeight,
      paid: potPaid,
      capped,
      unspent: step.house - potPaid,
    };
  });
  const unspent = pots.reduce((sum, p) => sum + p.unspent, 0n);

  // 6. Overflow.
  let overflowStep: Step | null = null;
  let retained = unspent;
  if (params.overflow) {
    // Weights are what each member can still receive, so no overflow share is ever cut by a cap:
    // a member one cent under their cap must not hold back a share the others could have used.
    const weights = new Array<bigint>(memberCount);
    let total = 0n;
    for (let m = 0; m < memberCount; m++) {
      let soFar = floorStep.pay[m]! + thanksPay[m]!;
      for (const step of potSteps) soFar += step.pay[m]!;
      let w = book.total[m]! - soFar;
      const cap = caps[m] ?? null;
      if (cap !== null && cap - soFar < w) w = cap - soFar;
      weights[m] = w;
      total += w;
    }
    const step = share(unspent, weights, total);
    for (let m = 0; m < memberCount; m++) payer.pay(m, step.pay[m]!, ALL_STREAMS);
    overflowStep = step;
    let overflowPaid = 0n;
    for (let m = 0; m < memberCount; m++) overflowPaid += step.pay[m]!;
    retained = unspent - overflowPaid;
  }

  // 7. Members and their explanations.
  let totalPaid = 0n;
  const members: MemberPayout[] = new Array<MemberPayout>(memberCount);
  for (let m = 0; m < memberCount; m++) {
    const byStream: Record<Stream, bigint> = { livelihood: 0n, love: 0n, care: 0n };
    const settled: string[] = [];
    const partial: ClaimPayment[] = [];
    const listed: MemberTrace['paidClaims'][number][] = [];
    let payout = 0n;
    let lastPaidDate: string | undefined;
    for (let s = 0; s < STREAM_COUNT; s++) {
      const p = payer.paid[m * STREAM_COUNT + s]!;
      byStream[streamAt(s)] = p;
      payout += p;
    }
    for (let at = book.memberStart[m]!; at < book.memberStart[m + 1]!; at++) {
      const i = book.byAge[at]!;
      const status = payer.status(i, m);
      if (status === 0) continue;
      const c = claims[i]!;
      if (status === 2) settled.push(c.claimId);
      else partial.push({ claimId: c.claimId, paid: payer.partialOn(i, m) });
      if (lastPaidDate === undefined || c.earnedDate > lastPaidDate) lastPaidDate = c.earnedDate;
      if (listed.length < LISTED_CLAIMS) {
        listed.push({
          claimId: c.claimId,
          stream: streamAt(book.stream[i]!),
          earnedDate: c.earnedDate,
          amount: c.amount,
          paid: status === 2 ? c.amount : payer.partialOn(i, m),
        });
      }
    }
    totalPaid += payout;
    const source = sources[m] ?? null;
    const trace: MemberTrace = {
      claimsTotal: book.total[m]!,
      cap: caps[m] ?? null,
      floor:
        source === null || demand[m] === 0n
          ? null
          : { source, demand: demand[m]!, share: traceOf(floorStep, m) },
      appreciation:
        appreciation === undefined || thanks[m] === 0n
          ? null
          : {
              pot: appreciation.pot,
              percent: appreciation.percent,
              amount: appreciation.amount,
              thanks: Number(thanks[m]),
              allThanks: appreciation.thanks,
              share: thanksShares[m]!,
              paid: thanksPay[m]!,
            },
      pots: potSteps.map((step, k) => ({ name: pots[k]!.name, share: traceOf(step, m) })),
      overflow: overflowStep === null ? null : traceOf(overflowStep, m),
      paidClaims: listed,
      paidClaimCount: settled.length + partial.length,
      ...(lastPaidDate !== undefined ? { lastPaidDate } : {}),
      payout,
    };
    members[m] = {
      memberId: memberIds[m]!,
      payout,
      byStream,
      claimsTotal: book.total[m]!,
      outstanding: book.total[m]! - payout,
      floor: demand[m]!,
      cap: caps[m] ?? null,
      settled,
      partial,
      explanation: explainMember(trace, minorDigits),
    };
  }

  let overflow: RunResult['overflow'] = null;
  if (overflowStep !== null) {
    overflow = {
      amount: unspent,
      claims: overflowStep.totalWeight,
      paid: unspent - retained,
      unspent: retained,
    };
  }

  return {
    algorithm: ALGORITHM_ID,
    parametersVersion: params.version,
    income,
    buckets,
    netLiquidity: net,
    floors: { demanded, paid: floorsPaid },
    pots,
    overflow,
    retained: { bucket: params.retainedBucket, amount: retained },
    ...(appreciation !== undefined ? { appreciation } : {}),
    totalPaid,
    members,
  };
}

/** One pro-rata step: everyone gets their weight when the house covers all weights, else largest remainder. */
function share(house: bigint, weights: bigint[], totalWeight: bigint): Step {
  if (house >= totalWeight) {
    return {
      house,
      weights,
      totalWeight,
      full: true,
      base: weights,
      bonus: new Uint8Array(weights.length),
      pay: weights.slice(),
      cut: null,
    };
  }
  const { base, bonus, shares } = apportion(house, weights);
  return { house, weights, totalWeight, full: false, base, bonus, pay: shares, cut: null };
}

function traceOf(step: Step, m: number): ShareTrace {
  return {
    house: step.house,
    weight: step.weights[m]!,
    totalWeight: step.totalWeight,
    full: step.full,
    base: step.base[m]!,
    bonus: step.bonus[m] === 1,
    cut: step.cut ? step.cut[m]! : 0n,
  };
}

function thanksOf(appreciations: Readonly<Record<string, number>>, id: string): number {
  if (!Object.hasOwn(appreciations, id)) return 0;
  const n = appreciations[id]!;
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RunInputError([
      { path: `appreciations.${id}`, message: 'must be a whole number of thanks, not negative' },
    ]);
  return n;
}

function streamMask(streams: readonly Stream[]): number {
  let mask = 0;
  for (const s of streams) mask |= 1 << STREAMS.indexOf(s);
  return mask;
}

function perMember(setting: ParameterDocument['caps'], id: string): bigint | null {
  if (setting === undefined) return null;
  if (setting.members !== undefined && Object.hasOwn(setting.members, id))
    return setting.members[id]!;
  return setting.default ?? null;
}

function ownContext(
  context: Readonly<Record<string, MemberContext>>,
  id: string,
): MemberContext | undefined {
  return Object.hasOwn(context, id) ? context[id] : undefined;
}

function floorSource(
  params: ParameterDocument,
  id: string,
  ctx: MemberContext | undefined,
): FloorSource | null {
  const ownFloor = params.floors?.members !== undefined && Object.hasOwn(params.floors.members, id);
  const configured = perMember(params.floors, id) ?? 0n;
  let smoothing = 0n;
  let smoothingPercent = 0;
  let smoothingAverage = 0n;
  let smoothingPeriods = 0;
  let smoothingReason: FloorSource['smoothingReason'] = null;
  const rule = params.smoothing;
  if (rule !== undefined && ctx !== undefined) {
    const leave = ctx.onLeave === true ? rule.onLeave : 0;
    const care = ctx.heavyCare === true ? rule.heavyCare : 0;
    const percent = leave >= care ? leave : care;
    const history = (ctx.pastPayouts ?? []).slice(-rule.periods);
    for (const [i, p] of history.entries()) {
      if (typeof p !== 'bigint' || p < 0n)
        throw new RunInputError([
          {
            path: `members.${id}.pastPayouts[${i}]`,
            message: 'must be a bigint amount in minor units, not negative',
          },
        ]);
    }
    if (percent > 0 && history.length > 0) {
      const sum = history.reduce((a, b) => a + b, 0n);
      const count = BigInt(history.length);
      smoothing = (sum * BigInt(percent)) / (FULL * count);
      smoothingPercent = percent;
      smoothingAverage = sum / count;
      smoothingPeriods = history.length;
      smoothingReason = leave >= care ? 'on leave' : 'heavy care';
    }
  }
  if (configured === 0n && smoothing === 0n) return null;
  return {
    configured,
    configuredIsOwn: ownFloor,
    smoothing,
    smoothingPercent,
    smoothingAverage,
    smoothingPeriods,
    smoothingReason,
    leaves: ctx?.leaves,
    careHours: ctx?.careHours,
  };
}
