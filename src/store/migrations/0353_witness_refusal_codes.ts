import type { Kysely } from 'kysely';

/**
 * Off-ledger: why a witness last refused, as a message code and its parameters (JSON), with the
 * witness's own answer apart, beside the English `refusal`, so the Deck words the refusal in the
 * reader's language. Refusals kept before this have no code: their English text is shown as it is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('witness_progress').addColumn('refusal_code', 'text').execute();
  await db.schema.alterTable('witness_progress').addColumn('refusal_params', 'text').execute();
  await db.schema.alterTable('witness_progress').addColumn('refusal_answer', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('witness_progress').dropColumn('refusal_answer').execute();
  await db.schema.alterTable('witness_progress').dropColumn('refusal_params').execute();
  await db.schema.alterTable('witness_progress').dropColumn('refusal_code').execute();
}
