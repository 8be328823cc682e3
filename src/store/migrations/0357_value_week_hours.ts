import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * The care indicators name who logged over 40 hours in an ISO week, which summed every hour-based
 * contribution of the window by member and week. The value projector keeps the live hour-based
 * work (all streams) summed per member and week here (the week named by its Monday), and the
 * index by hours reads the few overloaded weeks without the others; only a partial week at either
 * end of a window is summed from the contributions.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('value_week_hours')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('monday', 'text', (c) => c.notNull())
    .addColumn('hours_milli', types.int8, (c) => c.notNull())
    .addColumn('contributions', types.int8, (c) => c.notNull())
    .addPrimaryKeyConstraint('value_week_hours_pk', ['member_id', 'monday'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  await db.schema
    .createIndex('value_week_hours_by_hours')
    .on('value_week_hours')
    .columns(['hours_milli', 'monday'])
    .execute();
  const monday = types.strict
    ? sql`date(date, 'weekday 0', '-6 days')`
    : sql`to_char(date_trunc('week', date::date), 'YYYY-MM-DD')`;
  // Contributions that already exist (a node upgraded in place) are summed once.
  await sql`insert into value_week_hours (member_id, monday, hours_milli, contributions)
    select member_id, ${monday}, sum(quantity_milli), count(*)
    from value_contributions
    where unit = 'hour' and status in ('pending', 'counted', 'disputed')
    group by member_id, ${monday}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('value_week_hours').execute();
}
