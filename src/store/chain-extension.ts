import type { Kysely } from 'kysely';
import type { LedgerEvent } from '../core/ledger/event.js';
import { leafHash, type MerkleFrontier, type StoredNode } from '../core/ledger/merkle.js';
import { advanceEdge, frontierFromSnapshot, type FrontierSnapshot } from './merkle-nodes.js';
import { project, type Projector } from './projections/projector.js';
import { canonicalString } from '../core/ledger/canonical.js';
import type { RowWriter } from './row-writer.js';
import type { Database } from './schema.js';

/**
 * Events being added after a known head, inside a write transaction: grows the Merkle tree in
 * memory and writes events, inner nodes and projections per flush (a page) rather than per event.
 */
export class ChainExtension {
  private readonly frontier: MerkleFrontier;
  private readonly edge: StoredNode[];
  private events: LedgerEvent[] = [];
  /** The events' payloads as canonical text, the stored form. */
  private payloads: string[] = [];
  private nodes: StoredNode[] = [];
  private headSize: number;
  private headHash: string;

  constructor(
    start: FrontierSnapshot,
    private readonly writer: RowWriter,
  ) {
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

  /**
   * Adds the event that follows the current head; the caller vouches for its seq and prev. A
   * caller that has just sealed it passes what sealing computed (`sealEventText`), so that neither
   * the payload's canonical text nor the hash's bytes are produced twice.
   */
  add(event: LedgerEvent, sealed?: { payloadText: string; hashBytes: Buffer }): void {
    const written = this.frontier.append(
      leafHash(sealed?.hashBytes ?? Buffer.from(event.hash, 'hex')),
    );
    advanceEdge(this.edge, written);
    for (const node of written) if (node.level > 0) this.nodes.push(node);
    this.events.push(event);
    this.payloads.push(sealed?.payloadText ?? canonicalString(event.payload));
    this.headSize = event.seq;
    this.headHash = event.hash;
  }

  /** The Merkle root over every event added so far, as a checkpoint signs it. */
  root(): Buffer {
    return this.frontier.root();
  }

  /**
   * Runs every projector on each event added since the last flush, in order, then writes those
   * events with the chain head after them and the projectors' deferred writes; `signed` settles
   * once the events carry their node signatures (projectors never read them), and `helpSign`,
   * called once they are projected, signs on this thread what no other thread has started.
   */
  async flush(
    db: Kysely<Database>,
    projectors: readonly Projector[],
    signed?: Promise<unknown>,
    helpSign?: () => void,
  ): Promise<void> {
    const { events, payloads, nodes } = this;
    // Taken before the first await: the next page may be sealed while this one is written.
    const head = { size: this.headSize, hash: this.headHash };
    this.events = [];
    this.payloads = [];
    this.nodes = [];
    // Projected first: no projector reads the events' rows, and what they defer goes with them.
    const deferred = await project(db, projectors, events);
    // The events' node signatures, computed on another thread meanwhile (and on this one for
    // what is left rather than wait), go into their rows.
    helpSign?.();
    await signed;
    await this.writer.page(db, events, payloads, nodes, deferred, head);
  }

  /** The frontier to cache once the transaction has committed. */
  snapshot(): FrontierSnapshot {
    return { size: this.headSize, hash: this.headHash, nodes: [...this.edge] };
  }
}
