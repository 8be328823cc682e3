import type { CalendarDate } from './calendar.js';
import type { Stream } from './streams.js';
import type { Unit } from './quantity.js';

/** One rate as set by a `value.rate.set` event: minor units per hour or per named unit. */
export interface Rate {
  stream: Stream;
  taskKind: string;
  per: Unit;
  amount: bigint;
  effectiveFrom: CalendarDate;
}

/** Rates in ledger order; a rate never ends, it is replaced by a later `effectiveFrom`. */
export type RateTable = readonly Rate[];

export interface RateQuery {
  stream: Stream;
  taskKind: string;
  unit: Unit;
  /** The date of the work, not of logging: the rate in force then is the one that applies. */
  date: CalendarDate;
}

/** No rate is in force for the work; names what was looked for so the member can ask for one. */
export class RateMissingError extends Error {
  readonly query: RateQuery;
  constructor(query: RateQuery, message: string) {
    super(message);
    this.name = 'RateMissingError';
    this.query = query;
  }
}

/**
 * The rate in force for a stream, task kind and unit on a date: the one with the latest
 * `effectiveFrom` on or before the date; between two with the same date, the later in the ledger,
 * so a correction set before a rate takes effect replaces it.
 *
 * @example
 * const table = [{ stream: 'love', taskKind: 'translation', per: 'word', amount: 8n, effectiveFrom: '2024-01-01' }];
 * findRate(table, { stream: 'love', taskKind: 'translation', unit: 'word', date: '2024-03-01' }) // the 8n rate
 * findRate(table, { stream: 'love', taskKind: 'translation', unit: 'word', date: '2023-12-31' }) // RateMissingError
 */
export function findRate(
  table: RateTable,
  query: RateQuery,
): { ok: true; rate: Rate } | { ok: false; error: RateMissingError } {
  let best: Rate | undefined;
  const otherUnits = new Set<string>();
  let earliestLater: CalendarDate | undefined;
  for (const rate of table) {
    if (rate.stream !== query.stream || rate.taskKind !== query.taskKind) continue;
    if (rate.per !== query.unit) {
      otherUnits.add(rate.per);
      continue;
    }
    if (rate.effectiveFrom > query.date) {
      if (earliestLater === undefined || rate.effectiveFrom < earliestLater)
        earliestLater = rate.effectiveFrom;
      continue;
    }
    if (!best || rate.effectiveFrom >= best.effectiveFrom) best = rate;
  }
  if (best) return { ok: true, rate: best };
  const hints: string[] = [];
  if (earliestLater) hints.push(`the first such rate takes effect on ${earliestLater}`);
  if (otherUnits.size > 0) hints.push(`rates exist per ${[...otherUnits].sort().join(', ')}`);
  const message = `no rate for stream ${query.stream}, task kind ${query.taskKind}, per ${query.unit}, in force on ${query.date}${hints.length > 0 ? ` (${hints.join('; ')})` : ''}`;
  return { ok: false, error: new RateMissingError(query, message) };
}

/**
 * Like `findRate`, but throws the `RateMissingError`.
 *
 * @example rateInForce(table, { stream: 'care', taskKind: 'meeting', unit: 'hour', date: '2024-03-01' }).amount // 1500n
 */
export function rateInForce(table: RateTable, query: RateQuery): Rate {
  const found = findRate(table, query);
  if (!found.ok) throw found.error;
  return found.rate;
}
