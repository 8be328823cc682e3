import { sql, type Kysely } from 'kysely';
import { ZERO_HASH } from '../../core/ledger/hash.js';
import type { ColumnTypes } from '../dialect.js';
import { tableOptions } from './table-options.js';

/** The ledger itself: events, the chain head, the Merkle nodes and the signed checkpoints. */
export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('seq', types.int8, (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('schema', 'integer', (c) => c.notNull())
    .addColumn('actor', 'text')
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('prev', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('node_sig', 'text', (c) => c.notNull())
    .addColumn('member_key', 'text')
    .addColumn('member_sig', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();

  await db.schema
    .createTable('chain_head')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('size', types.int8, (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
  // The row exists from the start, so PostgreSQL always has something to lock FOR UPDATE.
  await sql`insert into chain_head (id, size, hash) values (1, 0, ${ZERO_HASH})`.execute(db);

  await db.schema
    .createTable('merkle_nodes')
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('idx', types.int8, (c) => c.notNull())
    .addColumn('hash', types.bytes, (c) => c.notNull())
    .addPrimaryKeyConstraint('merkle_nodes_pk', ['level', 'idx'])
    .$call((b) => tableOptions(b, types, { withoutRowid: true }))
    .execute();

  await db.schema
    .createTable('checkpoints')
    .addColumn('tree_size', types.int8, (c) => c.primaryKey())
    .addColumn('ledger_id', 'text', (c) => c.notNull())
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('node_key', 'text', (c) => c.notNull())
    .addColumn('sig', 'text', (c) => c.notNull())
    .$call((b) => tableOptions(b, types))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['checkpoints', 'merkle_nodes', 'chain_head', 'events']) {
    await db.schema.dropTable(table).execute();
  }
}
