import type { Kysely } from 'kysely';

/**
 * The care indicators and duties read every member's contributions in a window of dates; without
 * this index SQLite walks the whole table in seq order to find them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('value_contributions_by_date').on('value_contributions').columns(['date', 'seq']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('value_contributions_by_date').execute();
}
