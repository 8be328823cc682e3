import { sql, type Kysely, type RawBuilder } from 'kysely';
import {
  addDays,
  addMonths,
  isoWeekOf,
  type DailyHours,
  type DutySums,
  type Period,
} from '../../core/value/index.js';
import type { Dialect } from '../../store/dialect.js';
import type { Database } from '../../store/schema.js';

/*
 * Sums of live contributions (pending, counted or disputed) over a window of dates, for the duties
 * and care indicators of a whole DisCO: a quarter of a large DisCO holds hundreds of thousands of
 * contributions, and core needs only their totals. Whole months and whole ISO weeks are read from
 * the sums the value projector keeps (`value_month_totals`, `value_week_hours`); only the days of
 * a partial month or week at either end of the window are summed from the contributions.
 */

const LIVE = ['pending', 'counted', 'disputed'] as const;

/** A window of dates: its whole months, and the days before and after them. */
interface MonthCut {
  /** First and last whole month (YYYY-MM), or null when the window holds none. */
  months: { first: string; last: string } | null;
  /** The dates outside those months: at most one range at either end. */
  days: Array<{ from: string; to: string }>;
}

/**
 * Cuts [from, to] into the whole months inside it and the days outside them.
 *
 * @example cutIntoMonths('2026-01-15', '2026-03-31') // { months: { first: '2026-02', last: '2026-03' }, days: [{ from: '2026-01-15', to: '2026-01-31' }] }
 */
export function cutIntoMonths(from: string, to: string): MonthCut {
  const firstDay = from.endsWith('-01') ? from : addMonths(`${from.slice(0, 7)}-01`, 1);
  const lastDay = addDays(to, 1).endsWith('-01') ? to : addDays(`${to.slice(0, 7)}-01`, -1);
  if (firstDay > lastDay) return { months: null, days: [{ from, to }] };
  const days: MonthCut['days'] = [];
  if (from < firstDay) days.push({ from, to: addDays(firstDay, -1) });
  if (lastDay < to) days.push({ from: addDays(lastDay, 1), to });
  return { months: { first: firstDay.slice(0, 7), last: lastDay.slice(0, 7) }, days };
}

/**
 * The rows of a window as one `union all`: `whole(months)` over the monthly sums of its whole
 * months (`month in (…)`, each month and stream one range of the key), `part(from, to)` over the
 * contributions of each range of days outside them, a select each so that every one is a plain
 * range of an index.
 */
function windowRows(
  cut: MonthCut,
  whole: (months: RawBuilder<unknown>) => RawBuilder<unknown>,
  part: (from: string, to: string) => RawBuilder<unknown>,
): RawBuilder<unknown> {
  const months = cut.months && monthsBetween(`${cut.months.first}-01`, `${cut.months.last}-01`);
  return sql.join(
    [
      ...(months ? [whole(sql`month in (${sql.join(months)})`)] : []),
      ...cut.days.map((d) => part(d.from, d.to)),
    ],
    sql` union all `,
  );
}

/** The months (YYYY-MM) from that of `from` to that of `to`. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = `${from.slice(0, 7)}-01`; m <= to; m = addMonths(m, 1)) months.push(m.slice(0, 7));
  return months;
}

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
  const rows = windowRows(
    cutIntoMonths(from, to),
    (months) => sql`select member_id, hours_milli as hours,
        counted_minor + uncounted_minor as credits
      from value_month_totals where ${months} and stream = 'care'`,
    (from, to) => sql`select member_id,
        case when unit = 'hour' then quantity_milli else 0 end as hours, amount_minor as credits
      from value_contributions where status in (${sql.join(LIVE)})
        and date >= ${from} and date <= ${to} and stream = 'care'`,
  );
  const { rows: sums } = await sql<{ member_id: string; hours: string; credits: string }>`
    select member_id, cast(sum(hours) as text) as hours, cast(sum(credits) as text) as credits
    from (${rows}) as care
    group by member_id`.execute(db);
  return {
    hours: new Map(sums.map((r) => [r.member_id, BigInt(r.hours)])),
    credits: new Map(sums.map((r) => [r.member_id, BigInt(r.credits)])),
  };
}

/**
 * Per member and ISO week (named by its Monday) overlapping [from, to], the hours (thousandths)
 * logged in [from, to] in every stream, only where they exceed `over`. The projector's weekly sums
 * (`value_week_hours`) are read by their index on hours, so a quarter of a large DisCO costs its
 * few overloaded weeks: a whole week inside the window is over the load when its sum is. A week cut
 * by either end of the window is over the load only if its whole sum is too, so only those
 * members' contributions on its days inside the window are summed.
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
  const first = isoWeekOf(from);
  const last = isoWeekOf(to);
  // Weeks cut by the window, with the days of each inside it.
  const cut = new Map<string, { from: string; to: string }>();
  if (first.start !== from) cut.set(first.start, { from, to: first.end < to ? first.end : to });
  if (last.end !== to) cut.set(last.start, { from: last.start > from ? last.start : from, to });
  const weeks = await db
    .selectFrom('value_week_hours')
    .select(['member_id', 'monday', sql<string>`cast(hours_milli as text)`.as('hours')])
    // A number, not text: SQLite orders every integer before any text.
    .where('hours_milli', '>', Number(over))
    .where('monday', '>=', first.start)
    .where('monday', '<=', last.start)
    .execute();
  const whole = weeks.filter((w) => !cut.has(w.monday));
  const partial = weeks.filter((w) => cut.has(w.monday));
  const edges = partial.length === 0 ? [] : await partialWeeksOver(db, dialect, partial, cut, over);
  return [...whole, ...edges].map((r) => ({
    memberId: r.member_id,
    date: r.monday,
    hours: BigInt(r.hours),
  }));
}

/**
 * For each member and week cut by the window whose whole sum is over `over`, the hours on its days
 * inside the window, if they are over `over` too.
 */
async function partialWeeksOver(
  db: Kysely<Database>,
  dialect: Dialect,
  weeks: ReadonlyArray<{ member_id: string; monday: string }>,
  cut: ReadonlyMap<string, { from: string; to: string }>,
  over: bigint,
): Promise<Array<{ member_id: string; monday: string; hours: string }>> {
  const monday =
    dialect === 'postgres'
      ? sql<string>`to_char(date_trunc('week', date::date), 'YYYY-MM-DD')`
      : sql<string>`date(date, 'weekday 0', '-6 days')`;
  const found: Array<{ member_id: string; monday: string; hours: string }> = [];
  // A few hundred members at a time: the member index serves each chunk.
  for (let i = 0; i < weeks.length; i += 300) {
    const chunk = weeks.slice(i, i + 300);
    found.push(
      ...(await db
        .selectFrom('value_contributions')
        .select([
          'member_id',
          monday.as('monday'),
          sql<string>`cast(sum(quantity_milli) as text)`.as('hours'),
        ])
        .where('unit', '=', 'hour')
        .where('status', 'in', LIVE)
        .where((eb) =>
          eb.or(
            chunk.map((w) => {
              const days = cut.get(w.monday)!;
              return eb.and([
                eb('member_id', '=', w.member_id),
                eb('date', '>=', days.from),
                eb('date', '<=', days.to),
              ]);
            }),
          ),
        )
        .groupBy(['member_id', monday])
        // A number, not text: SQLite orders every integer before any text.
        .having(sql`sum(quantity_milli)`, '>', Number(over))
        .execute()),
    );
  }
  return found;
}

/**
 * Per member, their credits per stream and month of a quarter, counted apart from pending or
 * disputed, as core's `DutySums` (a month or the whole quarter); only `streams` when given (those
 * of the duties in force: a DisCO with one duty reads one stream). One row per member and stream,
 * a pair of columns per month, so a quarter of 10,000 members is 10,000 rows per stream to read.
 *
 * @example dutyProgressFrom((await dutyTotals(db, quarter)).get(ana)!, query)
 */
export async function dutyTotals(
  db: Kysely<Database>,
  quarter: Pick<Period, 'start' | 'end'>,
  member?: string,
  streams?: readonly string[],
): Promise<Map<string, DutySums>> {
  const sums = new Map<string, DutySums>();
  if (streams?.length === 0) return sums;
  const months = monthsBetween(quarter.start, quarter.end);
  const only = sql`${member === undefined ? sql`` : sql`and member_id = ${member}`}
    ${streams === undefined ? sql`` : sql`and stream in (${sql.join(streams)})`}`;
  const rows = windowRows(
    cutIntoMonths(quarter.start, quarter.end),
    (months) => sql`select member_id, stream, month, counted_minor as done,
        uncounted_minor as pending
      from value_month_totals where ${months} ${only}`,
    (from, to) => sql`select member_id, stream, substr(date, 1, 7) as month,
        case when status = 'counted' then amount_minor else 0 end as done,
        case when status = 'counted' then 0 else amount_minor end as pending
      from value_contributions where status in (${sql.join(LIVE)})
        and date >= ${from} and date <= ${to} ${only}`,
  );
  const columns = months.map(
    (m, i) =>
      sql`cast(sum(case when month = ${m} then done else 0 end) as text) as ${sql.ref(`d${i}`)},
        cast(sum(case when month = ${m} then pending else 0 end) as text) as ${sql.ref(`p${i}`)}`,
  );
  const result = await sql<Record<string, string>>`
    select member_id, stream, ${sql.join(columns)}
    from (${rows}) as window_rows
    group by member_id, stream`.execute(db);
  const byMember = new Map<string, Map<string, { done: bigint[]; pending: bigint[] }>>();
  for (const r of result.rows) {
    const memberId = r['member_id']!;
    const own = byMember.get(memberId) ?? new Map<string, { done: bigint[]; pending: bigint[] }>();
    own.set(r['stream']!, {
      done: months.map((_, i) => BigInt(r[`d${i}`]!)),
      pending: months.map((_, i) => BigInt(r[`p${i}`]!)),
    });
    byMember.set(memberId, own);
  }
  for (const [memberId, own] of byMember) {
    sums.set(memberId, (stream, period) => {
      const first = period.start.slice(0, 7);
      const last = period.end.slice(0, 7);
      const result = { done: 0n, pending: 0n };
      const s = own.get(stream);
      if (!s) return result;
      months.forEach((m, i) => {
        if (m < first || m > last) return;
        result.done += s.done[i]!;
        result.pending += s.pending[i]!;
      });
      return result;
    });
  }
  return sums;
}
