/*
 * The tables of the store, as Kysely sees them. Both dialects return the same JS types: integers
 * as numbers (PostgreSQL bigint is parsed to number by the pool, see open-store.ts), bytes as
 * Buffer, text as string.
 */

/** One sealed event. `payload` keeps the exact RFC 8785 text that was hashed, never a re-encoded jsonb. */
export interface EventsTable {
  seq: number;
  type: string;
  schema: number;
  actor: string | null;
  time: string;
  prev: string;
  hash: string;
  node_sig: string;
  member_key: string | null;
  member_sig: string | null;
  payload: string;
}

/** Exactly one row (id = 1): the size and last hash of the chain; PostgreSQL appends lock it. */
export interface ChainHeadTable {
  id: number;
  size: number;
  hash: string;
}

/** Perfect Merkle nodes of level >= 1; leaves are derived from events.hash on read. */
export interface MerkleNodesTable {
  level: number;
  idx: number;
  hash: Buffer;
}

export interface CheckpointsTable {
  tree_size: number;
  ledger_id: string;
  root: string;
  time: string;
  node_key: string;
  sig: string;
}

/** Projection: the DisCO as its genesis and later renames describe it (one row, id = 1). */
export interface DiscoProfileTable {
  id: number;
  ledger_id: string;
  name: string;
  currency: string;
  time_zone: string;
  node_key: string;
  created_at: string;
}

/** Projection: how much each member has done on the ledger. */
export interface ActorActivityTable {
  actor: string;
  event_count: number;
  first_seq: number;
  last_seq: number;
  last_time: string;
}

export interface Database {
  events: EventsTable;
  chain_head: ChainHeadTable;
  merkle_nodes: MerkleNodesTable;
  checkpoints: CheckpointsTable;
  disco_profile: DiscoProfileTable;
  actor_activity: ActorActivityTable;
}

export type TableName = keyof Database & string;
