import type { Kysely } from 'kysely';

/**
 * The dashboard sums credits of all members over a window of dates, by status and stream. The
 * value tables are indexed by member first, which does not serve a window across members; this
 * index leads with status and date and carries the summed columns, so the dashboard's aggregates
 * read the index alone, whatever the size of the ledger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('value_contributions_by_status_date')
    .on('value_contributions')
    .columns(['status', 'date', 'stream', 'member_id', 'amount_minor'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('value_contributions_by_status_date').execute();
}
