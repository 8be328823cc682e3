import type { CalendarDate } from './calendar.js';
import { releasedAsOf, type DatingEnd } from './release.js';
import type { ValueState } from './state.js';
import { STREAMS, type Stream } from './streams.js';

/** A payment made towards a member's credits in a stream, from distribution events. */
export interface Payout {
  memberId: string;
  stream: Stream;
  amount: bigint;
  paidOn: CalendarDate;
}

/**
 * A member's credits in one stream as of a date, in minor units. Always
 * `earned = payable + paid + historical + forfeited`.
 */
export interface StreamBalance {
  memberId: string;
  stream: Stream;
  /** Credits of counted contributions dated on or before the date, payable or historical. */
  earned: bigint;
  /** Care credits earned while dating and not yet released or forfeited. */
  historical: bigint;
  /** Historical credits released so far (already inside `payable` or `paid`). */
  released: bigint;
  /** Historical credits given up when a dater left, under a forfeit rule. */
  forfeited: bigint;
  paid: bigint;
  /** Still owed: earned − historical − forfeited − paid. Negative only if payouts exceeded credits. */
  payable: bigint;
  /** Casual work recorded at its credit value but never a claim; outside `earned`. */
  recorded: bigint;
}

/** A dated piece of payable credit: what distribution turns into claims, oldest first. */
export interface CreditEntry {
  contributionId: string;
  memberId: string;
  stream: Stream;
  amount: bigint;
  /** The work's date for payable credits, the tranche's date for released historical credits. */
  on: CalendarDate;
  kind: 'earned' | 'released';
}

export interface BalanceOptions {
  asOf: CalendarDate;
  payouts?: readonly Payout[];
  /** How dating ended for members who dated, from membership events. */
  datingEnds?: readonly DatingEnd[];
}

interface Totals {
  earned: bigint;
  historical: bigint;
  released: bigint;
  forfeited: bigint;
  paid: bigint;
  recorded: bigint;
}

/**
 * Visits what every counted contribution is worth as of a date. Contributions are independent of
 * each other here, so the result cannot depend on the order in which they were logged.
 */
function visit(
  state: ValueState,
  asOf: CalendarDate,
  datingEnds: readonly DatingEnd[],
  add: (memberId: string, stream: Stream, field: keyof Totals, amount: bigint) => void,
  entry?: (e: CreditEntry) => void,
): void {
  for (const c of state.contributions.values()) {
    if (c.validation.status !== 'counted' || c.date > asOf) continue;
    const { amount, standing } = c.credit;
    if (standing === 'unpayable') {
      add(c.member, c.stream, 'recorded', amount);
      continue;
    }
    add(c.member, c.stream, 'earned', amount);
    if (standing === 'payable') {
      entry?.({
        contributionId: c.id,
        memberId: c.member,
        stream: c.stream,
        amount,
        on: c.date,
        kind: 'earned',
      });
      continue;
    }
    let left = amount;
    const release = releasedAsOf(amount, c.member, c.date, datingEnds, state.releaseRules, asOf);
    for (const tranche of release.released) {
      left -= tranche.amount;
      add(c.member, c.stream, 'released', tranche.amount);
      entry?.({
        contributionId: c.id,
        memberId: c.member,
        stream: c.stream,
        amount: tranche.amount,
        on: tranche.on,
        kind: 'released',
      });
    }
    if (release.forfeited !== 0n) {
      left -= release.forfeited;
      add(c.member, c.stream, 'forfeited', release.forfeited);
    }
    add(c.member, c.stream, 'historical', left);
  }
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Per member and stream: earned, historical, released, forfeited, paid, payable and recorded
 * credits as of a date. To see balances as the ledger stood at an earlier moment, fold only the
 * events up to that moment. Sorted by member id (code-unit order), then stream.
 *
 * @example
 * balancesOf(state, { asOf: '2024-03-31', payouts: [{ memberId: 'ana', stream: 'love', amount: 10000n, paidOn: '2024-03-30' }] })
 * // [{ memberId: 'ana', stream: 'love', earned: 40000n, historical: 0n, released: 0n, forfeited: 0n, paid: 10000n, payable: 30000n, recorded: 0n }]
 */
export function balancesOf(state: ValueState, options: BalanceOptions): StreamBalance[] {
  const totals = new Map<string, Map<Stream, Totals>>();
  const add = (memberId: string, stream: Stream, field: keyof Totals, amount: bigint) => {
    let member = totals.get(memberId);
    if (!member) totals.set(memberId, (member = new Map()));
    let t = member.get(stream);
    if (!t)
      member.set(
        stream,
        (t = { earned: 0n, historical: 0n, released: 0n, forfeited: 0n, paid: 0n, recorded: 0n }),
      );
    t[field] += amount;
  };
  visit(state, options.asOf, options.datingEnds ?? [], add);
  for (const payout of options.payouts ?? []) {
    if (payout.paidOn <= options.asOf) add(payout.memberId, payout.stream, 'paid', payout.amount);
  }
  const balances: StreamBalance[] = [];
  for (const memberId of [...totals.keys()].sort(compareIds)) {
    const member = totals.get(memberId)!;
    for (const stream of STREAMS) {
      const t = member.get(stream);
      if (!t) continue;
      balances.push({
        memberId,
        stream,
        ...t,
        payable: t.earned - t.historical - t.forfeited - t.paid,
      });
    }
  }
  return balances;
}

/**
 * The payable credit entries as of a date (payable contributions and released tranches), sorted
 * oldest first, then by member and contribution id: the input distribution needs to pay claims
 * oldest first. Payouts are not netted here; distribution allocates them.
 *
 * @example creditEntries(state, { asOf: '2024-03-31' })[0] // { contributionId: 'c-1', memberId: 'ana', stream: 'love', amount: 40000n, on: '2024-03-01', kind: 'earned' }
 */
export function creditEntries(
  state: ValueState,
  options: Omit<BalanceOptions, 'payouts'>,
): CreditEntry[] {
  const entries: CreditEntry[] = [];
  visit(
    state,
    options.asOf,
    options.datingEnds ?? [],
    () => {},
    (e) => entries.push(e),
  );
  return entries.sort(
    (a, b) =>
      compareIds(a.on, b.on) ||
      compareIds(a.memberId, b.memberId) ||
      compareIds(a.contributionId, b.contributionId) ||
      compareIds(a.kind, b.kind),
  );
}
