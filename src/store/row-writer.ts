import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { StoredNode } from '../core/ledger/merkle.js';
import type { Database, EventsTable } from './schema.js';

/**
 * Writes the ledger's own rows (events and inner Merkle nodes) inside the caller's write
 * transaction. Every append, import and bulk build goes through one of these, so it is the
 * hottest SQL the store runs.
 */
export interface RowWriter {
  events(db: Kysely<Database>, rows: readonly EventsTable[]): Promise<void>;
  nodes(db: Kysely<Database>, nodes: readonly StoredNode[]): Promise<void>;
}

/** Rows per multi-row INSERT: 500 events are 5,500 parameters, far below either dialect's limit. */
const EVENT_ROWS = 500;
const NODE_ROWS = 2000;

/**
 * Multi-row INSERTs through Kysely, for PostgreSQL: one round trip per few hundred rows is what
 * matters there, not the cost of building the statement.
 */
export const kyselyRowWriter: RowWriter = {
  async events(db, rows) {
    for (let i = 0; i < rows.length; i += EVENT_ROWS)
      await db
        .insertInto('events')
        .values(rows.slice(i, i + EVENT_ROWS))
        .execute();
  },
  async nodes(db, nodes) {
    for (let i = 0; i < nodes.length; i += NODE_ROWS) {
      const rows = nodes
        .slice(i, i + NODE_ROWS)
        .map((n) => ({ level: n.level, idx: n.index, hash: n.hash }));
      await db.insertInto('merkle_nodes').values(rows).execute();
    }
  },
};

/**
 * SQLite, in process: two statements prepared once and run row by row on the connection that
 * holds the write transaction. SQLite has no round trips, so a multi-row INSERT saves nothing
 * there, while building and binding one through Kysely (a query tree, its compilation, an array
 * of 5,500 parameters) costs more than the inserts themselves.
 *
 * Only for the connection Kysely's SQLite dialect wraps: its single connection is held by the
 * write lock for the whole transaction, so these statements run inside it.
 */
export function sqliteRowWriter(database: BetterSqlite3.Database): RowWriter {
  const insertEvent = database.prepare<
    [
      number,
      string,
      number,
      string | null,
      string,
      string,
      string,
      string,
      string | null,
      string | null,
      string,
    ]
  >(
    'insert into events (seq, type, schema, actor, time, prev, hash, node_sig, member_key, member_sig, payload) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertNode = database.prepare<[number, number, Buffer]>(
    'insert into merkle_nodes (level, idx, hash) values (?, ?, ?)',
  );
  return {
    // Async only to share the interface: each call runs synchronously to the end.
    async events(_db, rows) {
      for (const r of rows)
        insertEvent.run(
          r.seq,
          r.type,
          r.schema,
          r.actor,
          r.time,
          r.prev,
          r.hash,
          r.node_sig,
          r.member_key,
          r.member_sig,
          r.payload,
        );
    },
    async nodes(_db, nodes) {
      for (const n of nodes) insertNode.run(n.level, n.index, n.hash);
    },
  };
}
