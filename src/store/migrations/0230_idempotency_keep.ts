import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';

/**
 * Off-ledger: how long a kept idempotent answer may outlive the usual day. A phone that logged
 * work offline sends it when it is back, perhaps weeks later, and asks for its key to be kept that
 * long (`Idempotency-Keep-Days`); null keeps the one-day rule.
 */
export async function up(db: Kysely<unknown>, _types: ColumnTypes): Promise<void> {
  await db.schema.alterTable('idempotent_responses').addColumn('keep_until', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('idempotent_responses').dropColumn('keep_until').execute();
}
