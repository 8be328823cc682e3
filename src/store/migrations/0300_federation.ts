import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/**
 * Federation over ActivityPub.
 *
 * - `federation_keys` (off-ledger): the actor's own key pairs (RSA for HTTP Signatures, Ed25519
 *   for object proofs) as JWK, made once; never the ledger key.
 * - `federation_kv` (off-ledger): Fedify's key-value store (caches, idempotence marks), with an
 *   optional expiry.
 * - `federation_seen` (off-ledger): ids of inbound activities already handled, so a replay is a no-op.
 * - `federation_relations` (projection of the `federation.*` events): each DisCO this one decided
 *   to follow or that asked to follow it, with what its actor publishes for witnessing.
 */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('federation_keys')
    .addColumn('algorithm', 'text', (c) => c.primaryKey())
    .addColumn('private_jwk', 'text', (c) => c.notNull())
    .addColumn('public_jwk', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('federation_kv')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('federation_seen')
    .addColumn('activity_id', 'text', (c) => c.primaryKey())
    .addColumn('peer_actor_id', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  await db.schema
    .createTable('federation_relations')
    .addColumn('peer_actor_id', 'text', (c) => c.primaryKey())
    .addColumn('handle', 'text')
    .addColumn('inbox', 'text')
    .addColumn('we_follow', 'integer', (c) => c.notNull())
    .addColumn('they_follow', 'integer', (c) => c.notNull())
    .addColumn('they_accepted', 'integer', (c) => c.notNull())
    .addColumn('their_follow_id', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('witness_url', 'text')
    .addColumn('witness_key', 'text')
    .addColumn('log_key', 'text')
    .addColumn('seq', types.int8, (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'federation_relations',
    'federation_seen',
    'federation_kv',
    'federation_keys',
  ])
    await db.schema.dropTable(table).execute();
}
