import type { MembershipLevel } from '../access/actor.js';
import { isWithin, periodOf, type CalendarDate, type Period, type PeriodKind } from './calendar.js';
import type { ContributionRecord } from './contribution.js';
import type { Stream } from './streams.js';

/** Credits a membership level owes in a stream per period. */
export interface DutyRule {
  level: MembershipLevel;
  stream: Stream;
  period: PeriodKind;
  /** Minor units of credit. */
  amount: bigint;
}

export interface DutyRulesEntry {
  effectiveFrom: CalendarDate;
  duties: readonly DutyRule[];
}

/** domain.md section 4: each committed member does 400 credits of love work per quarter. */
export const DEFAULT_DUTIES: readonly DutyRule[] = [
  { level: 'committed', stream: 'love', period: 'quarter', amount: 40_000n },
];

/**
 * The duty table in force on a date (latest `effectiveFrom` on or before it, later in the ledger
 * on a tie), or the default.
 *
 * @example dutiesInForce([], '2024-01-01') // DEFAULT_DUTIES
 */
export function dutiesInForce(
  table: readonly DutyRulesEntry[],
  date: CalendarDate,
): readonly DutyRule[] {
  let best: DutyRulesEntry | undefined;
  for (const entry of table) {
    if (entry.effectiveFrom <= date && (!best || entry.effectiveFrom >= best.effectiveFrom))
      best = entry;
  }
  return best ? best.duties : DEFAULT_DUTIES;
}

export interface DutyProgress {
  memberId: string;
  stream: Stream;
  period: Period;
  owed: bigint;
  /** Credits of counted contributions dated in the period. */
  done: bigint;
  /** Credits still waiting for acknowledgement or held by a dispute: shown, not counted. */
  pending: bigint;
  remaining: bigint;
  met: boolean;
}

/**
 * A member's progress on every duty of their level for the period(s) containing `date`. A duty
 * applies for a whole period when it is in force on the period's first day, so changing duties
 * mid-quarter takes effect from the next quarter and nobody owes a moving target. Credits count
 * at their frozen value (after any dater multiplier), whatever their standing.
 *
 * @example
 * dutyProgress(contributions, { memberId: 'ana', level: 'committed', date: '2024-05-17', table: [] })
 * // [{ memberId: 'ana', stream: 'love', period: { label: '2024-Q2', ... }, owed: 40000n, done: 12000n, pending: 0n, remaining: 28000n, met: false }]
 */
export function dutyProgress(
  contributions: Iterable<ContributionRecord>,
  query: {
    memberId: string;
    level: MembershipLevel;
    date: CalendarDate;
    table: readonly DutyRulesEntry[];
  },
): DutyProgress[] {
  const own = [...contributions].filter((c) => c.member === query.memberId);
  return dutyProgressFrom((stream, period) => {
    const sums = { done: 0n, pending: 0n };
    for (const c of own) {
      if (c.stream !== stream || !isWithin(c.date, period)) continue;
      if (c.validation.status === 'counted') sums.done += c.credit.amount;
      else if (c.validation.status === 'pending' || c.validation.status === 'disputed')
        sums.pending += c.credit.amount;
    }
    return sums;
  }, query);
}

/** Credits of a member's counted (`done`) and pending or disputed (`pending`) work in a stream and period. */
export type DutySums = (stream: Stream, period: Period) => { done: bigint; pending: bigint };

/**
 * `dutyProgress` from sums the caller already has (a database aggregation, say) instead of records.
 *
 * @example dutyProgressFrom(() => ({ done: 12000n, pending: 0n }), { memberId: 'ana', level: 'committed', date: '2024-05-17', table: [] })[0].remaining // 28000n
 */
export function dutyProgressFrom(
  sums: DutySums,
  query: {
    memberId: string;
    level: MembershipLevel;
    date: CalendarDate;
    table: readonly DutyRulesEntry[];
  },
): DutyProgress[] {
  const progress: DutyProgress[] = [];
  for (const kind of ['month', 'quarter'] as const) {
    const period = periodOf(query.date, kind);
    for (const rule of dutiesInForce(query.table, period.start)) {
      if (rule.level !== query.level || rule.period !== kind) continue;
      const { done, pending } = sums(rule.stream, period);
      progress.push({
        memberId: query.memberId,
        stream: rule.stream,
        period,
        owed: rule.amount,
        done,
        pending,
        remaining: done >= rule.amount ? 0n : rule.amount - done,
        met: done >= rule.amount,
      });
    }
  }
  return progress;
}
