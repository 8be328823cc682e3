import type { Kysely } from 'kysely';

/**
 * `federation_relations.receipt_cosignatures`: how many trusted witnesses the peer requires on
 * the checkpoint our events are proved against, as its actor publishes it, so our deliveries
 * wait for that many before they go. 1 for a peer that publishes none (older nodes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('federation_relations')
    .addColumn('receipt_cosignatures', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('federation_relations').dropColumn('receipt_cosignatures').execute();
}
