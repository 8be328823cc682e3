import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { LedgerEvent } from '../core/ledger/event.js';
import type { StoredNode } from '../core/ledger/merkle.js';
import { eventToRow } from './rows.js';
import type { Database } from './schema.js';
import type { ChainHead } from './store.js';
import { runDeferred, type DeferredWrite } from './projections/projector.js';
import { copyRows, COPY_FROM_ROWS } from './copy-rows.js';
import { PREPARE_AND_HOLD_MARK } from './prepared-statement.js';

/**
 * Writes the ledger's own rows (events, inner Merkle nodes and the chain head after them) inside
 * the caller's write transaction. Every append, import and bulk build goes through one of these,
 * so it is the hottest SQL the store runs.
 */
export interface RowWriter {
  /**
   * One page: `payloads[i]` is `events[i]`'s payload as canonical text, the stored form;
   * `deferred` the projectors' writes the page handed back; `head` the chain head after the
   * page's last event.
   */
  page(
    db: Kysely<Database>,
    events: readonly LedgerEvent[],
    payloads: readonly string[],
    nodes: readonly StoredNode[],
    deferred: readonly DeferredWrite[],
    head: ChainHead,
  ): Promise<void>;
}

const EVENT_FIELDS = [
  'seq',
  'type',
  'schema',
  'actor',
  'time',
  'prev',
  'hash',
  'node_sig',
  'member_key',
  'member_sig',
  'payload',
] as const;
const EVENT_COLUMNS = sql.raw(EVENT_FIELDS.map((c) => `"${c}"`).join(', '));

/**
 * PostgreSQL: an append's page is one statement, so one round trip. The events and the nodes
 * each travel as one JSON parameter that `json_populate_recordset` and `json_to_recordset` turn
 * into rows, the projectors' deferred writes join them as further `with` clauses, and the head's
 * update is the statement's last part, where separate statements had cost five round trips per
 * append; each connection prepares it once per shape, and after that it travels with the commit
(`PREPARE_AND_HOLD_MARK`): a one-event append is two round trips. A bulk page (an import's,
 * a bulk build's) goes by COPY instead (`copyRows`): three round trips, and the server reads its
 * rows at half the cost of unpacking them from JSON.
 */
export const postgresRowWriter: RowWriter = {
  async page(db, events, payloads, nodes, deferred, head) {
    if (events.length >= COPY_FROM_ROWS) {
      await copyRows(
        db,
        'events',
        EVENT_FIELDS,
        events.map((event, i) => eventToRow(event, payloads[i])),
      );
      await copyRows(
        db,
        'merkle_nodes',
        ['level', 'idx', 'hash'],
        nodes.map((n) => ({ level: n.level, idx: n.index, hash: n.hash })),
      );
      await runDeferred(db, [
        ...deferred,
        sql`update chain_head set size = ${head.size}, hash = ${head.hash} where id = 1`,
      ]);
      return;
    }
    const eventRows = JSON.stringify(events.map((event, i) => eventToRow(event, payloads[i])));
    const nodeRows = JSON.stringify(
      nodes.map((n) => ({ level: n.level, idx: n.index, hash: n.hash.toString('hex') })),
    );
    const others = deferred.map((write, k) => sql`${sql.raw(`deferred_${k}`)} as (${write}), `);
    await sql`${sql.raw(PREPARE_AND_HOLD_MARK)}with ${sql.join(others, sql``)} written_events as (
        insert into events (${EVENT_COLUMNS}) select ${EVENT_COLUMNS}
        from json_populate_recordset(null::events, ${eventRows}::json)
      ), written_nodes as (
        insert into merkle_nodes (level, idx, hash) select level, idx, decode(hash, 'hex')
        from json_to_recordset(${nodeRows}::json) as node(level integer, idx bigint, hash text)
      )
      update chain_head set size = ${head.size}, hash = ${head.hash} where id = 1`.execute(db);
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
  const updateHead = database.prepare<[number, string]>(
    'update chain_head set size = ?, hash = ? where id = 1',
  );
  return {
    // Async only to share the interface: each call runs synchronously to the end.
    // Straight from the events, the columns `eventToRow` maps: no row object per event.
    async page(db, events, payloads, nodes, deferred, head) {
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
      for (const n of nodes) insertNode.run(n.level, n.index, n.hash);
      updateHead.run(head.size, head.hash);
      // Projectors defer nothing on SQLite (`canDefer`); run anything handed back all the same.
      for (const write of deferred) await write.execute(db);
    },
  };
}
