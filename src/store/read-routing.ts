import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventDraft, LedgerEvent } from '../core/ledger/event.js';
import type { Checkpoint } from '../core/ledger/checkpoint.js';
import type { NodeRef, StoredNode } from '../core/ledger/merkle.js';
import type { AppendContext, ChainHead, Store } from './store.js';

/** What one request may read from, and the highest seq it has written so far. */
export interface RequestRouting {
  /** Read from the replica (the request was found read-only and the replica fresh enough). */
  fromReplica: boolean;
  /** The last seq this request appended; 0 while it has appended nothing. */
  wrote: number;
}

const routing = new AsyncLocalStorage<RequestRouting>();

/**
 * Runs `work` with its reads routed as `scope` says and its appends noted in `scope.wrote`.
 * Async work started inside inherits the scope, so no use case needs to pass it on.
 *
 * @example const scope = { fromReplica: false, wrote: 0 }; await withRouting(scope, next); scope.wrote
 */
export function withRouting<T>(scope: RequestRouting, work: () => T): T {
  return routing.run(scope, work);
}

/**
 * A store that writes to the primary and reads from a PostgreSQL streaming replica when the
 * request's scope allows it. Everything outside a replica scope (writes, sign-in, jobs, the
 * checkpoint timer) reads the primary, so the replica only ever serves what a route declared
 * read-only, and only after the caller checked its head (see `src/http/read-your-writes.ts`).
 *
 * Without a replica it only notes the seqs written, so every write can answer with one.
 */
export class RoutedStore implements Store {
  constructor(
    readonly primary: Store,
    readonly replica: Store | null,
  ) {}

  get dialect(): Store['dialect'] {
    return this.primary.dialect;
  }

  private get reader(): Store {
    return this.replica && routing.getStore()?.fromReplica ? this.replica : this.primary;
  }

  get db(): Store['db'] {
    return this.reader.db;
  }

  async append(drafts: readonly EventDraft[], ctx: AppendContext): Promise<LedgerEvent[]> {
    const events = await this.primary.append(drafts, ctx);
    noteWritten(events.at(-1)?.seq ?? 0);
    return events;
  }

  appendPages(
    pages: AsyncIterable<readonly EventDraft[]>,
    ctx: AppendContext,
    onSealed?: (events: readonly LedgerEvent[]) => void,
  ): Promise<number> {
    // Noted only once the whole transaction committed: a rolled-back import wrote nothing.
    let last = 0;
    return this.primary
      .appendPages(pages, ctx, (events) => {
        last = events.at(-1)?.seq ?? last;
        onSealed?.(events);
      })
      .then((count) => {
        noteWritten(last);
        return count;
      });
  }

  head(): Promise<ChainHead> {
    return this.reader.head();
  }
  event(seq: number): Promise<LedgerEvent | undefined> {
    return this.reader.event(seq);
  }
  events(afterSeq: number, limit: number): Promise<LedgerEvent[]> {
    return this.reader.events(afterSeq, limit);
  }
  eventsAt(seqs: readonly number[]): Promise<LedgerEvent[]> {
    return this.reader.eventsAt(seqs);
  }
  streamEvents(fromSeq?: number, batchSize?: number): AsyncGenerator<LedgerEvent, void, undefined> {
    return this.reader.streamEvents(fromSeq, batchSize);
  }
  count(): Promise<number> {
    return this.reader.count();
  }
  nodes(refs: readonly NodeRef[]): Promise<Map<string, Buffer>> {
    return this.reader.nodes(refs);
  }
  nodesOnLevel(level: number, from: number, to: number): Promise<StoredNode[]> {
    return this.reader.nodesOnLevel(level, from, to);
  }
  addCheckpoint(checkpoint: Checkpoint): Promise<void> {
    return this.primary.addCheckpoint(checkpoint);
  }
  latestCheckpoint(): Promise<Checkpoint | undefined> {
    return this.reader.latestCheckpoint();
  }
  checkpoints(afterSize: number, limit: number): Promise<Checkpoint[]> {
    return this.reader.checkpoints(afterSize, limit);
  }
  checkpointAt(treeSize: number): Promise<Checkpoint | undefined> {
    return this.reader.checkpointAt(treeSize);
  }
  importLedger(
    events: readonly LedgerEvent[] | AsyncIterable<readonly LedgerEvent[]>,
    checkpoints: readonly Checkpoint[],
  ): Promise<void> {
    return this.primary.importLedger(events, checkpoints);
  }
  replay(onProgress?: (done: number, total: number) => void): Promise<void> {
    return this.primary.replay(onProgress);
  }
  dumpProjections(): Promise<Record<string, Record<string, unknown>[]>> {
    return this.reader.dumpProjections();
  }
  async close(): Promise<void> {
    await Promise.all([this.primary.close(), this.replica?.close()]);
  }
}

function noteWritten(seq: number): void {
  const scope = routing.getStore();
  if (scope && seq > scope.wrote) scope.wrote = seq;
}

/** The store itself when it already routes; else one that routes to `primary` alone. */
export function routedStore(store: Store): RoutedStore {
  return store instanceof RoutedStore ? store : new RoutedStore(store, null);
}
