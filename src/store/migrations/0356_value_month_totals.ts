import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * The care indicators and duties of a whole DisCO summed a quarter of contribution rows (252,000
 * at 1,000,000 contributions: 0.7 s for the plain aggregation alone on PostgreSQL). The value
 * projector keeps the live contributions (pending, counted, disputed) summed per month of their
 * date, member and stream here (counted apart from pending or disputed, as duties count them), in the same transaction as the contributions, so a
 * window of whole months is read from these rows and only a partial month at either end from the
 * contributions.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('value_month_totals')
    // YYYY-MM of the work's date.
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('stream', 'text', (c) => c.notNull())
    // Credits of counted work, and of pending or disputed work: a move between them keeps the row.
    .addColumn('counted_minor', types.strict ? 'integer' : 'numeric(30, 0)', (c) => c.notNull())
    .addColumn('uncounted_minor', types.strict ? 'integer' : 'numeric(30, 0)', (c) => c.notNull())
    // Thousandths of an hour of the hour-based work only, as the indicators count care hours.
    .addColumn('hours_milli', types.int8, (c) => c.notNull())
    // A row is removed when its last contribution leaves it, whatever its sums.
    .addColumn('contributions', types.int8, (c) => c.notNull())
    // Month and stream first: a window's months of one stream are one range of the key each.
    .addPrimaryKeyConstraint('value_month_totals_pk', ['month', 'stream', 'member_id'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  // Contributions that already exist (a node upgraded in place) are summed once.
  await sql`insert into value_month_totals
      (month, member_id, stream, counted_minor, uncounted_minor, hours_milli, contributions)
    select substr(date, 1, 7), member_id, stream,
      sum(case when status = 'counted' then amount_minor else 0 end),
      sum(case when status = 'counted' then 0 else amount_minor end),
      sum(case when unit = 'hour' then quantity_milli else 0 end), count(*)
    from value_contributions
    where status in ('pending', 'counted', 'disputed')
    group by substr(date, 1, 7), stream, member_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('value_month_totals').execute();
}
