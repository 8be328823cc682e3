import type { Kysely } from 'kysely';
import type { LedgerEvent } from '../core/ledger/event.js';
import { leafHash, type MerkleFrontier, type StoredNode } from '../core/ledger/merkle.js';
import { advanceEdge, frontierFromSnapshot, type FrontierSnapshot } from './merkle-nodes.js';
import { project, type Projector } from './projections/projector.js';
import { eventToRow } from './rows.js';
import type { Database } from './schema.js';

/** Rows per multi-row INSERT: 500 events are 5,500 parameters, far below either dialect's limit. */
const EVENT_ROWS = 500;
const NODE_ROWS = 2000;

/**
 * Events being added after a known head, inside a write transaction: grows the Merkle tree in
 * memory and writes events, inner nodes and projections in a few multi-row statements per flush
 * rather than a handful of statements per event.
 */
export class ChainExtension {
  private readonly frontier: MerkleFrontier;
  private readonly edge: StoredNode[];
  private events: LedgerEvent[] = [];
  private nodes: StoredNode[] = [];
  private headSize: number;
  private headHash: string;

  constructor(start: FrontierSnapshot) {
    this.frontier = frontierFromSnapshot(start);
    this.edge = [...start.nodes];
    this.headSize = start.size;
    this.headHash = start.hash;
  }

  get size(): number {
    return this.headSize;
  }

  get hash(): string {
    return this.headHash;
  }

  /** Adds the event that follows the current head; the caller vouches for its seq and prev. */
  add(event: LedgerEvent): void {
    const written = this.frontier.append(leafHash(Buffer.from(event.hash, 'hex')));
    advanceEdge(this.edge, written);
    for (const node of written) if (node.level > 0) this.nodes.push(node);
    this.events.push(event);
    this.headSize = event.seq;
    this.headHash = event.hash;
  }

  /** The Merkle root over every event added so far, as a checkpoint signs it. */
  root(): Buffer {
    return this.frontier.root();
  }

  /** Writes what was added since the last flush, then runs every projector on each event in order. */
  async flush(db: Kysely<Database>, projectors: readonly Projector[]): Promise<void> {
    const events = this.events;
    const nodes = this.nodes;
    this.events = [];
    this.nodes = [];
    for (let i = 0; i < events.length; i += EVENT_ROWS) {
      await db
        .insertInto('events')
        .values(events.slice(i, i + EVENT_ROWS).map(eventToRow))
        .execute();
    }
    for (let i = 0; i < nodes.length; i += NODE_ROWS) {
      const rows = nodes
        .slice(i, i + NODE_ROWS)
        .map((n) => ({ level: n.level, idx: n.index, hash: n.hash }));
      await db.insertInto('merkle_nodes').values(rows).execute();
    }
    await project(db, projectors, events);
  }

  async writeHead(db: Kysely<Database>): Promise<void> {
    await db
      .updateTable('chain_head')
      .set({ size: this.headSize, hash: this.headHash })
      .where('id', '=', 1)
      .execute();
  }

  /** The frontier to cache once the transaction has committed. */
  snapshot(): FrontierSnapshot {
    return { size: this.headSize, hash: this.headHash, nodes: [...this.edge] };
  }
}
