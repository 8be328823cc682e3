import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { LedgerEvent } from '../core/ledger/event.js';
import type { StoredNode } from '../core/ledger/merkle.js';
import { eventToRow } from './rows.js';
import type { Database } from './schema.js';

/**
 * Writes the ledger's own rows (events and inner Merkle nodes) inside the caller's write
 * transaction. Every append, import and bulk build goes through one of these, so it is the
 * hottest SQL the store runs.
 */
export interface RowWriter {
  /** `payloads[i]` is `events[i]`'s payload as canonical text, the stored form. */
  events(
    db: Kysely<Database>,
    events: readonly LedgerEvent[],
    payloads: readonly string[],
  ): Promise<void>;
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
  async events(db, events, payloads) {
    for (let i = 0; i < events.length; i += EVENT_ROWS) {
      const rows = events
        .slice(i, i + EVENT_ROWS)
        .map((event, j) => eventToRow(event, payloads[i + j]));
      await db.insertInto('events').values(rows).execute();
    }
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
    // Straight from the events, the columns `eventToRow` maps: no row object per event.
    async events(_db, events, payloads) {
      for (let i = 0; i < events.length; i++) {
        const e = events[i]!;
        insertEvent.run(
          e.seq,
          e.type,
          e.schema,
          e.actor,
          e.time,
          e.prev,
          e.hash,
          e.nodeSig,
          e.memberSig?.publicKey ?? null,
          e.memberSig?.sig ?? null,
          payloads[i]!,
        );
      }
    },
    async nodes(_db, nodes) {
      for (const n of nodes) insertNode.run(n.level, n.index, n.hash);
    },
  };
}
