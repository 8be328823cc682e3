import type { Kysely } from 'kysely';
import type { Checkpoint } from '../core/ledger/checkpoint.js';
import type { EventDraft, LedgerEvent } from '../core/ledger/event.js';
import type { Signer } from '../core/ledger/keys.js';
import type { NodeRef, StoredNode } from '../core/ledger/merkle.js';
import type { Dialect } from './dialect.js';
import type { Database } from './schema.js';

/** Size of the chain and hash of its last event (64 zeros while empty). */
export interface ChainHead {
  size: number;
  hash: string;
}

export interface AppendContext {
  /** Signs each event's hash and any checkpoint the batch completes. */
  node: Signer;
  /** Time written on checkpoints this batch creates (events carry their own draft time). */
  now: string;
  /** Sign a checkpoint whenever the tree size becomes a multiple of this. */
  checkpointEvery?: number;
  /**
   * Also sign one at the end of the batch when the latest checkpoint is at least this old (by
   * `now`), so that a write is never left uncovered long while writes go on.
   */
  checkpointAfterMs?: number;
  /** Hash of event 1, when the caller knows it; the store looks it up otherwise. */
  ledgerId?: string;
  /**
   * Checked inside the write transaction before anything is sealed; throwing refuses the batch. For
   * rules that must hold against every other writer, such as "no ballot once the proposal closed".
   */
  guard?: (db: Kysely<Database>) => Promise<void>;
}

/**
 * The tamper-evident ledger and its projections in one database. Every write is one transaction,
 * serialized against every other writer, including other processes.
 *
 * @example
 * const store = await openStore({ dataDir: './data' });
 * const [genesis] = await store.append([genesisDraft], { node, now: clock(), checkpointEvery: 1000 });
 * const plan = inclusionPlan(genesis.seq - 1, (await store.head()).size);
 * const nodes = await store.nodes(planRefs(plan));
 * const proof = buildProof(plan, (ref) => nodes.get(nodeKey(ref))!);
 */
export interface Store {
  readonly dialect: Dialect;
  /**
   * For reading projection tables. Writes go through `append`, `importLedger` and `replay`, which
   * keep the chain, the Merkle nodes and the projections in step.
   */
  readonly db: Kysely<Database>;

  /** Seals and records a batch in one transaction (group commit); refuses an empty batch. */
  append(drafts: readonly EventDraft[], ctx: AppendContext): Promise<LedgerEvent[]>;
  /**
   * Appends page after page in one transaction, each sealed, written and projected before the
   * next page is asked for, so a bulk write holds one page in memory and lands whole or not at
   * all. The pages must not read the store (SQLite has one connection, held by the transaction).
   * `onSealed` sees each page's events once written. Answers how many events were appended.
   */
  appendPages(
    pages: AsyncIterable<readonly EventDraft[]>,
    ctx: AppendContext,
    onSealed?: (events: readonly LedgerEvent[]) => void,
  ): Promise<number>;
  head(): Promise<ChainHead>;
  event(seq: number): Promise<LedgerEvent | undefined>;
  /** Up to `limit` events with seq > afterSeq, ascending. */
  events(afterSeq: number, limit: number): Promise<LedgerEvent[]>;
  /** The events at these seqs (those that exist), ascending. */
  eventsAt(seqs: readonly number[]): Promise<LedgerEvent[]>;
  /** Every event from `fromSeq` on, ascending, read `batchSize` at a time. */
  streamEvents(fromSeq?: number, batchSize?: number): AsyncGenerator<LedgerEvent, void, undefined>;
  count(): Promise<number>;
  /** Hashes of perfect Merkle nodes keyed by `nodeKey(ref)`; refs beyond the tree are absent. */
  nodes(refs: readonly NodeRef[]): Promise<Map<string, Buffer>>;
  /**
   * The stored perfect nodes of one level above the leaves with index in [from, to], ascending:
   * one range read, for a verifier that walks the tree in order (absent indexes are missing).
   */
  nodesOnLevel(level: number, from: number, to: number): Promise<StoredNode[]>;

  /** Records a checkpoint the app has signed; refuses a second one for the same tree size. */
  addCheckpoint(checkpoint: Checkpoint): Promise<void>;
  latestCheckpoint(): Promise<Checkpoint | undefined>;
  /** Up to `limit` checkpoints with treeSize > afterSize, ascending. */
  checkpoints(afterSize: number, limit: number): Promise<Checkpoint[]>;
  checkpointAt(treeSize: number): Promise<Checkpoint | undefined>;

  /** Loads a verified ledger into an empty store, all or nothing. */
  importLedger(
    events: readonly LedgerEvent[] | AsyncIterable<readonly LedgerEvent[]>,
    checkpoints: readonly Checkpoint[],
  ): Promise<void>;
  /** Rebuilds every projection from the events, in one transaction. */
  replay(onProgress?: (done: number, total: number) => void): Promise<void>;
  /** Every projection table's rows in a deterministic order, to compare live with replayed. */
  dumpProjections(): Promise<Record<string, Record<string, unknown>[]>>;
  close(): Promise<void>;
}
