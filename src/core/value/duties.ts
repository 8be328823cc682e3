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
export const DEFAULT_DUTIES: readonly DutyRule[] = [{ level: 'committed', stream: 'love', period: 'quarter', amount: 40_000n }];

/**
 * The duty table in force on a date (latest `effectiveFrom` on or before it, later in the ledger
 * on a tie), or the default.
 *
 * @example dutiesInForce([], '2024-01-01') // DEFAULT_DUTIES
 */
export function dutiesInForce(table: readonly DutyRulesEntry[], date: CalendarDate): readonly DutyRule[] {
  let best: DutyRulesEntry | undefined;
  for (const entry of table) {
    if (entry.effectiveFrom <= date && (!best || entry.effectiveFrom >= best.effectiveFrom)) best = entry;
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
  query: { memberId: string; level: MembershipLevel; date: CalendarDate; table: readonly DutyRulesEntry[] },
): DutyProgress[] {
  const duties: Array<{ rule: DutyRule; period: Period }> = [];
  for (const kind of ['month', 'quarter'] as const) {
    const period = periodOf(query.date, kind);
    for (const rule of dutiesInForce(query.table, period.start)) {
      if (rule.level === query.level && rule.period === kind) duties.push({ rule, period });
    }
  }
  const progress = duties.map(({ rule, period }) => ({ rule, period, done: 0n, pending: 0n }));
  for (const c of contributions) {
    if (c.member !== query.memberId) continue;
    for (const p of progress) {
      if (c.stream !== p.rule.stream || !isWithin(c.date, p.period)) continue;
      if (c.validation.status === 'counted') p.done += c.credit.amount;
      else if (c.validation.status === 'pending' || c.validation.status === 'disputed') p.pending += c.credit.amount;
    }
  }
  return progress.map(({ rule, period, done, pending }) => ({
    memberId: query.memberId,
    stream: rule.stream,
    period,
    owed: rule.amount,
    done,
    pending,
    remaining: done >= rule.amount ? 0n : rule.amount - done,
    met: done >= rule.amount,
  }));
}
