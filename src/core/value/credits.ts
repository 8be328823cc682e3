import type { DatingStage, MembershipLevel } from '../access/actor.js';
import type { CalendarDate } from './calendar.js';
import { QUANTITY_SCALE, type Quantity } from './quantity.js';
import { findRate, type RateMissingError, type RateTable } from './rates.js';
import { applyBasisPoints, divideHalfEven, FULL_BASIS_POINTS } from './rounding.js';
import type { Stream } from './streams.js';

/** Basis points of credit value per stream for one dater stage. */
export type StreamMultipliers = Readonly<Record<Stream, number>>;
export type StageMultipliers = Readonly<Record<DatingStage, StreamMultipliers>>;

/**
 * One DisCO's published practice (domain.md section 2): no paid work in stage 1, 50% of the
 * credit value of paid work in stage 2, 75% in stage 3; love and care at full value. Defaults
 * only; the collective sets its own with `value.stage-multipliers.set`.
 */
export const DEFAULT_STAGE_MULTIPLIERS: StageMultipliers = {
  1: { livelihood: 0, love: FULL_BASIS_POINTS, care: FULL_BASIS_POINTS },
  2: { livelihood: 5_000, love: FULL_BASIS_POINTS, care: FULL_BASIS_POINTS },
  3: { livelihood: 7_500, love: FULL_BASIS_POINTS, care: FULL_BASIS_POINTS },
};

export interface StageMultipliersEntry {
  effectiveFrom: CalendarDate;
  stages: StageMultipliers;
}

export interface CasualRuleEntry {
  effectiveFrom: CalendarDate;
  payable: boolean;
}

/** The member's situation on the date of the work, which decides multiplier and standing. */
export interface MemberStanding {
  /** null: not a worker-member (a client or supporter); treated like a casual contributor. */
  level: MembershipLevel | null;
  datingStage: DatingStage | null;
}

export type CreditStanding = 'payable' | 'historical' | 'unpayable';

/** The credit of one contribution, computed once at logging and frozen in its event. */
export interface FrozenCredit {
  rate: bigint;
  rateEffectiveFrom: CalendarDate;
  base: bigint;
  multiplierBp: number;
  amount: bigint;
  standing: CreditStanding;
}

/** The rules credits are computed with, as the ledger holds them (tables in ledger order). */
export interface CreditRules {
  rates: RateTable;
  stageMultipliers: readonly StageMultipliersEntry[];
  casualRules: readonly CasualRuleEntry[];
}

/**
 * The entry of a dated table in force on a date: the latest `effectiveFrom` on or before it, later in
 * the ledger on a tie.
 *
 * @example latestOnOrBefore([{ effectiveFrom: '2024-01-01' }], '2023-12-31') // undefined
 */
export function latestOnOrBefore<T extends { effectiveFrom: CalendarDate }>(
  table: readonly T[],
  date: CalendarDate,
): T | undefined {
  let best: T | undefined;
  for (const entry of table) {
    if (entry.effectiveFrom <= date && (!best || entry.effectiveFrom >= best.effectiveFrom))
      best = entry;
  }
  return best;
}

/**
 * quantity × rate in minor units, half-even: the quantity is in thousandths, so this divides by 1000 once.
 *
 * @example creditBase({ milli: 5_000_000n, unit: 'word' }, 8n) // 40000n: 5000 words at 0.08 = 400.00
 * @example creditBase({ milli: 1_250n, unit: 'hour' }, 1_001n) // 1251n (1251.25 rounds down)
 */
export function creditBase(quantity: Quantity, rate: bigint): bigint {
  return divideHalfEven(quantity.milli * rate, QUANTITY_SCALE);
}

/**
 * The stage multipliers in force on a date, or the defaults.
 *
 * @example stageMultipliersInForce([], '2024-01-01')[2].livelihood // 5000
 */
export function stageMultipliersInForce(
  table: readonly StageMultipliersEntry[],
  date: CalendarDate,
): StageMultipliers {
  return latestOnOrBefore(table, date)?.stages ?? DEFAULT_STAGE_MULTIPLIERS;
}

/**
 * Whether casual contributors' credits are payable on a date; not by default, since casual work
 * is pro bono "with no strings attached".
 *
 * @example casualPayableOn([{ effectiveFrom: '2024-01-01', payable: true }], '2024-02-01') // true
 */
export function casualPayableOn(table: readonly CasualRuleEntry[], date: CalendarDate): boolean {
  return latestOnOrBefore(table, date)?.payable ?? false;
}

/**
 * Basis points of credit value a member earns: daters by stage and stream, everyone else in full.
 *
 * @example multiplierFor({ level: 'dating', datingStage: 1 }, 'livelihood', DEFAULT_STAGE_MULTIPLIERS) // 0
 */
export function multiplierFor(
  member: MemberStanding,
  stream: Stream,
  multipliers: StageMultipliers,
): number {
  if (member.level !== 'dating') return FULL_BASIS_POINTS;
  if (member.datingStage === null) throw new RangeError('a dating member needs a dating stage');
  return multipliers[member.datingStage][stream];
}

/**
 * Care while dating is historical (not payable until dating ends); casual work is recorded but
 * only payable when the DisCO's casual rule says so; everything else is payable.
 *
 * @example standingFor({ level: 'dating', datingStage: 2 }, 'care', false) // 'historical'
 */
export function standingFor(
  member: MemberStanding,
  stream: Stream,
  casualPayable: boolean,
): CreditStanding {
  if (member.level === 'dating') return stream === 'care' ? 'historical' : 'payable';
  if (member.level === 'committed') return 'payable';
  return casualPayable ? 'payable' : 'unpayable';
}

/**
 * Computes the credit to freeze in a `value.contribution.logged` event: the rate in force on the
 * work's date, base = quantity × rate (half-even to the minor unit), then the stage multiplier
 * (half-even again). Later rate changes never touch it, because it is stored, not recomputed.
 *
 * @example
 * freezeCredit({ stream: 'love', taskKind: 'translation', quantity: { milli: 5_000_000n, unit: 'word' }, date: '2024-03-01' },
 *   { level: 'committed', datingStage: null }, rules)
 * // { ok: true, credit: { rate: 8n, rateEffectiveFrom: '2024-01-01', base: 40000n, multiplierBp: 10000, amount: 40000n, standing: 'payable' } }
 */
export function freezeCredit(
  work: { stream: Stream; taskKind: string; quantity: Quantity; date: CalendarDate },
  member: MemberStanding,
  rules: CreditRules,
): { ok: true; credit: FrozenCredit } | { ok: false; error: RateMissingError } {
  const found = findRate(rules.rates, {
    stream: work.stream,
    taskKind: work.taskKind,
    unit: work.quantity.unit,
    date: work.date,
  });
  if (!found.ok) return found;
  const base = creditBase(work.quantity, found.rate.amount);
  const multiplierBp = multiplierFor(
    member,
    work.stream,
    stageMultipliersInForce(rules.stageMultipliers, work.date),
  );
  return {
    ok: true,
    credit: {
      rate: found.rate.amount,
      rateEffectiveFrom: found.rate.effectiveFrom,
      base,
      multiplierBp,
      amount: applyBasisPoints(base, multiplierBp),
      standing: standingFor(member, work.stream, casualPayableOn(rules.casualRules, work.date)),
    },
  };
}
