import type { Kysely } from 'kysely';

/**
 * Off-ledger: why a job last failed, as a message code and its parameters (JSON) beside the
 * English `last_error`, so the Deck and the API word a delivery failure in the reader's language.
 * Rows failed before this have no code: their English text is shown as it is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('jobs').addColumn('last_error_code', 'text').execute();
  await db.schema.alterTable('jobs').addColumn('last_error_params', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('jobs').dropColumn('last_error_params').execute();
  await db.schema.alterTable('jobs').dropColumn('last_error_code').execute();
}
