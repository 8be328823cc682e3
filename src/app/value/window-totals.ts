import { sql, type Kysely } from 'kysely';
import type { DailyHours, DutySums, Period } from '../../core/value/index.js';
import type { Dialect } from '../../store/dialect.js';
import type { Database } from '../../store/schema.js';

/*
 * Sums of live contributions (pending, counted or disputed) over a window of dates, aggregated in
 * SQL by the date index, for the duties and care indicators of a whole DisCO: a quarter of a large
 * DisCO holds hundreds of thousands of contributions, and core needs only their totals.
 */

const LIVE = ['pending', 'counted', 'disputed'] as const;

/**
 * Each member's care in [from, to]: hours (thousandths, hour-based work only) and credits.
 *
 * @example (await careTotals(db, '2026-01-01', '2026-03-31')).hours.get(ana) // 48000n
 */
export async function careTotals(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<{ hours: Map<string, bigint>; credits: Map<string, bigint> }> {
  const rows = await db
    .selectFrom('value_contributions')
    .select([
      'member_id',
      sql<string>`cast(sum(case when unit = 'hour' then quantity_milli else 0 end) as text)`.as(
        'hours',
      ),
      sql<string>`cast(sum(amount_minor) as text)`.as('credits'),
    ])
    .where('stream', '=', 'care')
    .where('status', 'in', LIVE)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy('member_id')
    .execute();
  return {
    hours: new Map(rows.map((r) => [r.member_id, BigInt(r.hours)])),
    credits: new Map(rows.map((r) => [r.member_id, BigInt(r.credits)])),
  };
}

/**
 * Per member and ISO week (named by its Monday) overlapping [from, to], the hours (thousandths)
 * logged in [from, to] in every stream, only where they exceed `over`: the database groups by week
 * so a quarter of a large DisCO returns its few overloaded weeks, not every member's every day.
 *
 * @example overloadsOf(await weeklyHoursOver(db, 'sqlite', '2026-01-01', '2026-01-11', 40_000n), { from: '2026-01-01', to: '2026-01-11' })
 */
export async function weeklyHoursOver(
  db: Kysely<Database>,
  dialect: Dialect,
  from: string,
  to: string,
  over: bigint,
): Promise<DailyHours[]> {
  const monday =
    dialect === 'postgres'
      ? sql<string>`to_char(date_trunc('week', date::date), 'YYYY-MM-DD')`
      : sql<string>`date(date, 'weekday 0', '-6 days')`;
  const rows = await db
    .selectFrom('value_contributions')
    .select([
      'member_id',
      monday.as('monday'),
      sql<string>`cast(sum(quantity_milli) as text)`.as('hours'),
    ])
    .where('unit', '=', 'hour')
    .where('status', 'in', LIVE)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy(['member_id', monday])
    // A number, not text: SQLite orders every integer before any text.
    .having(sql`sum(quantity_milli)`, '>', Number(over))
    .execute();
  return rows.map((r) => ({ memberId: r.member_id, date: r.monday, hours: BigInt(r.hours) }));
}

/**
 * Per member, their credits per stream and month of a quarter, counted apart from pending or
 * disputed, as core's `DutySums` (a month or the whole quarter).
 *
 * @example dutyProgressFrom((await dutyTotals(db, quarter)).get(ana)!, query)
 */
export async function dutyTotals(
  db: Kysely<Database>,
  quarter: Pick<Period, 'start' | 'end'>,
  member?: string,
): Promise<Map<string, DutySums>> {
  // Months as text prefixes: no bound parameter in GROUP BY, which PostgreSQL could not match to the SELECT.
  let query = db
    .selectFrom('value_contributions')
    .select([
      'member_id',
      'stream',
      'status',
      sql<string>`substr(date, 1, 7)`.as('month'),
      sql<string>`cast(sum(amount_minor) as text)`.as('total'),
    ])
    .where('status', 'in', LIVE)
    .where('date', '>=', quarter.start)
    .where('date', '<=', quarter.end)
    .groupBy(['member_id', 'stream', 'status', sql`substr(date, 1, 7)`]);
  if (member !== undefined) query = query.where('member_id', '=', member);
  const byMember = new Map<
    string,
    Array<{ stream: string; month: string; counted: boolean; total: bigint }>
  >();
  for (const r of await query.execute()) {
    const rows = byMember.get(r.member_id) ?? [];
    rows.push({
      stream: r.stream,
      month: r.month,
      counted: r.status === 'counted',
      total: BigInt(r.total),
    });
    byMember.set(r.member_id, rows);
  }
  const sums = new Map<string, DutySums>();
  for (const [memberId, rows] of byMember) {
    sums.set(memberId, (stream, period) => {
      const first = period.start.slice(0, 7);
      const last = period.end.slice(0, 7);
      const result = { done: 0n, pending: 0n };
      for (const r of rows) {
        if (r.stream !== stream || r.month < first || r.month > last) continue;
        if (r.counted) result.done += r.total;
        else result.pending += r.total;
      }
      return result;
    });
  }
  return sums;
}
