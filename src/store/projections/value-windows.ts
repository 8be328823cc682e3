import { sql, type Kysely } from 'kysely';
import { dateOfDayNumber, dayNumber } from '../../core/value/index.js';
import { insertRows } from '../insert-rows.js';
import type { Database, ValueContributionsTable } from '../schema.js';

/*
 * The value projector's window summaries (migrations 0356, 0357): live contributions summed per
 * month, stream and member, counted apart from pending or disputed (`value_month_totals`), and live
 * hour-based work per member and ISO week (`value_week_hours`), so the care indicators and duties of a quarter read a few rows per
 * member rather than every contribution. Kept apart from value.ts: the projector hands each batch's
 * contributions here as they end the batch, and as they were before it.
 */

/** What the summaries need of one contribution, in a state. */
export type WindowFacts = Pick<
  ValueContributionsTable,
  'member_id' | 'stream' | 'date' | 'unit' | 'quantity_milli' | 'amount_minor' | 'status'
>;

const LIVE = new Set<string>(['pending', 'counted', 'disputed']);

/** What a batch adds to one summary row (negative when contributions leave it). */
interface Change {
  counted: bigint;
  uncounted: bigint;
  hours: bigint;
  count: number;
}

/** Keys per delete statement: 3 parameters × 300 stays far under either dialect's bound-parameter limit. */
const CHUNK = 300;

const mondays = new Map<string, string>();
/** The Monday of a date's ISO week (1970-01-01, day 0, was a Thursday). */
function mondayOf(date: string): string {
  let monday = mondays.get(date);
  if (monday === undefined) {
    const day = dayNumber(date);
    monday = dateOfDayNumber(day - ((((day + 3) % 7) + 7) % 7));
    if (mondays.size > 10_000) mondays.clear();
    mondays.set(date, monday);
  }
  return monday;
}

/**
 * One batch's changes to the window summaries: each contribution the batch logged (in its final
 * state) is added, each older one it moved is taken out as it was and added as it is, and `write`
 * applies the sums with one multi-row upsert per table. A move between live statuses
 * (an acknowledgement, a dispute) changes a row's sums, not its count.
 *
 * @example const w = new WindowChanges(); w.add(row, 1); w.add(before, -1); await w.write(db);
 */
export class WindowChanges {
  private readonly months = new Map<string, Change>();
  private readonly weeks = new Map<string, Change>();

  /** Counts a contribution in (`sign` 1) or out of (`sign` -1) the summaries, if it is live. */
  add(c: WindowFacts, sign: 1 | -1): void {
    if (!LIVE.has(c.status)) return;
    const amount = BigInt(c.amount_minor) * BigInt(sign);
    const hourly = c.unit === 'hour';
    const hours = hourly ? BigInt(c.quantity_milli) * BigInt(sign) : 0n;
    const counted = c.status === 'counted';
    bump(this.months, `${c.date.slice(0, 7)}\u0000${c.stream}\u0000${c.member_id}`, {
      counted: counted ? amount : 0n,
      uncounted: counted ? 0n : amount,
      hours,
      count: sign,
    });
    if (hourly)
      bump(this.weeks, `${c.member_id}\u0000${mondayOf(c.date)}`, {
        counted: 0n,
        uncounted: 0n,
        hours,
        count: sign,
      });
  }

  /**
   * Adds the changes to the summaries. A row left with no contribution is removed, so the tables
   * hold exactly what a replay from the first event builds.
   */
  async write(db: Kysely<Database>): Promise<void> {
    const months = rowsOf(this.months);
    await insertRows(
      db,
      'value_month_totals',
      [
        'month',
        'stream',
        'member_id',
        'counted_minor',
        'uncounted_minor',
        'hours_milli',
        'contributions',
      ],
      months.rows.map(([key, c]) => {
        const [month, stream, member_id] = key.split('\u0000') as [string, string, string];
        return {
          month,
          stream,
          member_id,
          counted_minor: c.counted.toString(),
          uncounted_minor: c.uncounted.toString(),
          hours_milli: c.hours.toString(),
          contributions: c.count,
        };
      }),
      {
        keys: ['month', 'stream', 'member_id'],
        sums: ['counted_minor', 'uncounted_minor', 'hours_milli', 'contributions'],
      },
    );
    const weeks = rowsOf(this.weeks);
    await insertRows(
      db,
      'value_week_hours',
      ['member_id', 'monday', 'hours_milli', 'contributions'],
      weeks.rows.map(([key, c]) => {
        const [member_id, monday] = key.split('\u0000') as [string, string];
        return { member_id, monday, hours_milli: c.hours.toString(), contributions: c.count };
      }),
      { keys: ['member_id', 'monday'], sums: ['hours_milli', 'contributions'] },
    );
    // Only rows that lost contributions (an edit's superseded work, a voided one) can be empty.
    for (let i = 0; i < months.fell.length; i += CHUNK) {
      const keys = months.fell
        .slice(i, i + CHUNK)
        .map((key) => sql`(${sql.join(key.split('\u0000'))})`);
      await sql`delete from value_month_totals where contributions = 0
        and (month, stream, member_id) in (values ${sql.join(keys)})`.execute(db);
    }
    for (let i = 0; i < weeks.fell.length; i += CHUNK) {
      const keys = weeks.fell
        .slice(i, i + CHUNK)
        .map((key) => sql`(${sql.join(key.split('\u0000'))})`);
      await sql`delete from value_week_hours where contributions = 0
        and (member_id, monday) in (values ${sql.join(keys)})`.execute(db);
    }
  }
}

function bump(changes: Map<string, Change>, key: string, by: Change): void {
  const c = changes.get(key);
  if (c) {
    c.counted += by.counted;
    c.uncounted += by.uncounted;
    c.hours += by.hours;
    c.count += by.count;
  } else changes.set(key, by);
}

/** The changes worth a statement, and the keys that lost contributions (maybe down to none). */
function rowsOf(changes: Map<string, Change>): { rows: [string, Change][]; fell: string[] } {
  const rows: [string, Change][] = [];
  const fell: string[] = [];
  for (const entry of changes) {
    const c = entry[1];
    if (c.count === 0 && c.counted === 0n && c.uncounted === 0n && c.hours === 0n) continue;
    rows.push(entry);
    if (c.count < 0) fell.push(entry[0]);
  }
  return { rows, fell };
}

/**
 * Applies one batch of the value projector to the window summaries: `created` are the
 * contributions it logged, in their final state; `moved` the older ones it moved, as `before`
 * held them and with their status now in `now`. With `carried` (a replay pass) the changes are
 * added to it and written once at the end, as the balance totals are.
 *
 * @example await writeWindows(db, created.values(), changed, facts, known);
 */
export async function writeWindows(
  db: Kysely<Database>,
  created: Iterable<WindowFacts>,
  moved: Iterable<string>,
  before: ReadonlyMap<string, WindowFacts>,
  now: ReadonlyMap<string, { status: WindowFacts['status'] }>,
  carried?: WindowChanges,
): Promise<void> {
  const changes = carried ?? new WindowChanges();
  for (const row of created) changes.add(row, 1);
  for (const id of moved) {
    const was = before.get(id)!;
    changes.add(was, -1);
    changes.add({ ...was, status: now.get(id)!.status }, 1);
  }
  if (!carried) await changes.write(db);
}
