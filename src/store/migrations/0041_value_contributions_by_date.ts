import type { Kysely } from 'kysely';

/**
 * The care indicators and duties sum every member's contributions in a window of dates. The index
 * holds every column those sums read, so they scan one range of it and never visit the table
 * (a quarter of a large DisCO is a quarter of a million rows scattered over it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('value_contributions_by_date')
    .on('value_contributions')
    .columns(['date', 'status', 'stream', 'unit', 'member_id', 'quantity_milli', 'amount_minor'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('value_contributions_by_date').execute();
}
