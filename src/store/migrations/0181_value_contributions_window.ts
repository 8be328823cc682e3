import type { Kysely } from 'kysely';

/**
 * The care indicators and duties of a whole DisCO sum a quarter of contributions three ways (care
 * by member, hours by member and week, credits by member, stream and month). The status-and-date
 * index of 0060 lacks the unit and the hours, so two of those sums read every row of the table
 * too. This index has the same leading columns and adds those two, so every window sum reads the
 * index alone; it replaces the narrower one, which it serves in full, so writes keep one index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('value_contributions_window')
    .on('value_contributions')
    .columns(['status', 'date', 'stream', 'member_id', 'amount_minor', 'unit', 'quantity_milli'])
    .execute();
  await db.schema.dropIndex('value_contributions_by_status_date').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('value_contributions_by_status_date')
    .on('value_contributions')
    .columns(['status', 'date', 'stream', 'member_id', 'amount_minor'])
    .execute();
  await db.schema.dropIndex('value_contributions_window').execute();
}
