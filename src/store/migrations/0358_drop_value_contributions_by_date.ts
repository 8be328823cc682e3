import type { Kysely } from 'kysely';

/**
 * `value_contributions_window` (0181) holds every column `value_contributions_by_date` (0041)
 * does, led by the status every date-range read of the table also filters by (`=` or `in`), and
 * the window summaries (0356, 0357) answer whole months and weeks without either. Two covering
 * indexes of seven columns made every contribution's insert the largest write of an import or a
 * replay; one is enough.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('value_contributions_by_date').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('value_contributions_by_date')
    .on('value_contributions')
    .columns(['date', 'status', 'stream', 'unit', 'member_id', 'quantity_milli', 'amount_minor'])
    .execute();
}
