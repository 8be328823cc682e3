import { addMonths, type CalendarDate } from './calendar.js';

/**
 * How care credits earned while dating stop being historical when dating ends. The sources only
 * say they are "not paid out until dating ends"; what happens then is the collective's choice.
 */
export interface DaterCareReleaseRule {
  /** release-all: payable on the commitment date. release-over-months: N monthly tranches, the first on the commitment date. */
  onCommitment: { kind: 'release-all' } | { kind: 'release-over-months'; months: number };
  /** forfeit: a dater who leaves never claims them. release-all: payable on the leaving date. */
  onLeaving: 'forfeit' | 'release-all';
}

/** Default: everything on commitment, nothing on leaving. A governable parameter, not a canonical rule. */
export const DEFAULT_RELEASE_RULE: DaterCareReleaseRule = {
  onCommitment: { kind: 'release-all' },
  onLeaving: 'forfeit',
};

export interface DaterCareReleaseRuleEntry extends DaterCareReleaseRule {
  effectiveFrom: CalendarDate;
}

/** When and how a member's dating ended; read from membership events by the caller. */
export interface DatingEnd {
  memberId: string;
  on: CalendarDate;
  outcome: 'committed' | 'left';
}

/**
 * The rule in force on a date (latest `effectiveFrom` on or before it, later in the ledger on a
 * tie), or the default.
 *
 * @example releaseRuleInForce([], '2024-01-01') // DEFAULT_RELEASE_RULE
 */
export function releaseRuleInForce(
  table: readonly DaterCareReleaseRuleEntry[],
  date: CalendarDate,
): DaterCareReleaseRule {
  let best: DaterCareReleaseRuleEntry | undefined;
  for (const entry of table) {
    if (entry.effectiveFrom <= date && (!best || entry.effectiveFrom >= best.effectiveFrom))
      best = entry;
  }
  return best
    ? { onCommitment: best.onCommitment, onLeaving: best.onLeaving }
    : DEFAULT_RELEASE_RULE;
}

export interface ReleasePlan {
  /** Dated tranches that become payable; they sum to the amount unless it is forfeited. */
  tranches: Array<{ on: CalendarDate; amount: bigint }>;
  forfeited: { on: CalendarDate; amount: bigint } | null;
}

/**
 * The release plan of one historical credit once dating has ended. Tranches split the amount
 * equally; the remainder goes one minor unit each to the earliest tranches, so they sum exactly.
 *
 * @example releasePlan(1000n, { memberId: 'm', on: '2024-01-31', outcome: 'committed' }, { onCommitment: { kind: 'release-over-months', months: 3 }, onLeaving: 'forfeit' })
 * // { tranches: [{ on: '2024-01-31', amount: 334n }, { on: '2024-02-29', amount: 333n }, { on: '2024-03-31', amount: 333n }], forfeited: null }
 */
export function releasePlan(
  amount: bigint,
  end: DatingEnd,
  rule: DaterCareReleaseRule,
): ReleasePlan {
  if (end.outcome === 'left') {
    return rule.onLeaving === 'forfeit'
      ? { tranches: [], forfeited: { on: end.on, amount } }
      : { tranches: [{ on: end.on, amount }], forfeited: null };
  }
  if (rule.onCommitment.kind === 'release-all')
    return { tranches: [{ on: end.on, amount }], forfeited: null };
  const months = BigInt(rule.onCommitment.months);
  const share = amount / months;
  const remainder = amount % months;
  const tranches: ReleasePlan['tranches'] = [];
  for (let k = 0n; k < months; k += 1n) {
    tranches.push({ on: addMonths(end.on, Number(k)), amount: share + (k < remainder ? 1n : 0n) });
  }
  return { tranches, forfeited: null };
}

/**
 * The dating end that releases a credit earned on `workDate`: the member's first dating end on or
 * after that date, so a member who left and later dated again is treated per dating spell.
 *
 * @example datingEndFor([{ memberId: 'm', on: '2024-06-30', outcome: 'committed' }], 'm', '2024-02-01')?.on // '2024-06-30'
 */
export function datingEndFor(
  ends: readonly DatingEnd[],
  memberId: string,
  workDate: CalendarDate,
): DatingEnd | undefined {
  let best: DatingEnd | undefined;
  for (const end of ends) {
    if (end.memberId === memberId && end.on >= workDate && (!best || end.on < best.on)) best = end;
  }
  return best;
}

/** What has become of one historical credit by a date. */
export interface ReleaseAsOf {
  /** Tranches released on or before the date, oldest first. */
  released: Array<{ on: CalendarDate; amount: bigint }>;
  forfeited: bigint;
}

/**
 * How much of a historical credit earned on `workDate` is released or forfeited by `asOf`: nothing
 * until the dating spell it was earned in has ended, then the plan of the release rule in force on
 * the day it ended. Whatever is neither stays historical.
 *
 * @example releasedAsOf(900n, 'm', '2024-02-01', [{ memberId: 'm', on: '2024-06-30', outcome: 'left' }], [], '2024-07-01') // { released: [], forfeited: 900n }
 */
export function releasedAsOf(
  amount: bigint,
  memberId: string,
  workDate: CalendarDate,
  ends: readonly DatingEnd[],
  rules: readonly DaterCareReleaseRuleEntry[],
  asOf: CalendarDate,
): ReleaseAsOf {
  const end = datingEndFor(ends, memberId, workDate);
  if (!end || end.on > asOf) return { released: [], forfeited: 0n };
  const plan = releasePlan(amount, end, releaseRuleInForce(rules, end.on));
  return {
    released: plan.tranches.filter((t) => t.on <= asOf && t.amount !== 0n),
    forfeited: plan.forfeited?.amount ?? 0n,
  };
}
