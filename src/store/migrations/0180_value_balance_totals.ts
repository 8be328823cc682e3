import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Every member's balance at once summed a million contribution rows (about 7 s for 10,000
 * members). The value projector keeps the counted credits per member, stream and standing here,
 * in the same transaction as the contributions, so every balance is read from a few rows per member.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('value_balance_totals')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('stream', 'text', (c) => c.notNull())
    .addColumn('standing', 'text', (c) => c.notNull())
    .addColumn('amount_minor', types.strict ? 'integer' : 'numeric(30, 0)', (c) => c.notNull())
    // How many contributions the total sums: a balance exists once one is counted, whatever its amount.
    .addColumn('contributions', types.int8, (c) => c.notNull())
    .addPrimaryKeyConstraint('value_balance_totals_pk', ['member_id', 'stream', 'standing'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();
  // Contributions that already exist (a node upgraded in place) are summed once.
  await db
    .insertInto('value_balance_totals' as never)
    .columns(['member_id', 'stream', 'standing', 'amount_minor', 'contributions'] as never)
    .expression(
      (db as Kysely<Record<string, Record<string, unknown>>>)
        .selectFrom('value_contributions')
        .select(['member_id', 'stream', 'standing'])
        .select((eb) => [
          eb.fn.sum('amount_minor').as('amount_minor'),
          eb.fn.countAll().as('contributions'),
        ])
        .where('status', '=', 'counted')
        .groupBy(['member_id', 'stream', 'standing']) as never,
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('value_balance_totals').execute();
}
