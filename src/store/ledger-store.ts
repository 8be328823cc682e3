import { sql, type Kysely } from 'kysely';
import { signCheckpoint, type Checkpoint } from '../core/ledger/checkpoint.js';
import {
  nodeSignatureMessageOf,
  sealEventText,
  type EventDraft,
  type LedgerEvent,
} from '../core/ledger/event.js';
import { ZERO_HASH } from '../core/ledger/hash.js';
import { frontierRefs, nodeKey, type NodeRef, type StoredNode } from '../core/ledger/merkle.js';
import { message } from '../core/messages/codes.js';
import { ChainExtension } from './chain-extension.js';
import type { Dialect } from './dialect.js';
import { StoreConflictError } from './errors.js';
import { setIndexesAside, setSqliteIndexesAside, tablesOutgrownBy } from './indexes-aside.js';
import { readNodes, type FrontierSnapshot } from './merkle-nodes.js';
import { project, replayPasses, runDeferred, type Projector } from './projections/projector.js';
import { postgresRowWriter, type RowWriter } from './row-writer.js';
import { checkpointToRow, rowToCheckpoint, rowToEvent } from './rows.js';
import type { Database } from './schema.js';
import type { AppendContext, ChainHead, Store } from './store.js';
import type { WriteLock } from './write-lock.js';

const EMPTY_FRONTIER: FrontierSnapshot = { size: 0, hash: ZERO_HASH, nodes: [] };
const REPLAY_PAGE = 1000;
/**
 * From this many events a replay empties the read models the bulk way and builds their secondary
 * indexes once at the end, instead of deleting row by row and updating every index on every
 * insert: on PostgreSQL with `truncate`, on SQLite with the full-text triggers set aside too (so
 * the `delete` clears each table whole rather than row by row, and the full-text index is built
 * once from the rebuilt rows). Below it, the delete is cheaper than `truncate`'s new files. Either
 * way the replay is one transaction, but on PostgreSQL the bulk way locks the read models' tables
 * until it commits: reads of them wait, where after a delete they went on seeing the old rows.
 */
export const REPLAY_BULK_FROM = 10_000;
/**
 * From this many events in one write (a large import's pages) on SQLite, the secondary indexes of
 * the batch projectors' tables the write outgrows are set aside for its remaining pages and built
 * once before it commits (`tablesOutgrownBy`): a sort at the end costs less than keeping each
 * index in order row by row, and other connections go on reading the indexes of their snapshot.
 * Only tables of projectors that project by batch alone: their rows are read back in a write by
 * key only, through the unique indexes that stay. Not on PostgreSQL, where dropping an index
 * would lock its table against every reader until the write commits.
 */
export const BULK_WRITE_FROM = 10_000;
/** The ledger's own tables, beside the projectors'. */
const LEDGER_TABLES = ['events', 'merkle_nodes', 'checkpoints', 'chain_head'];
/** Events in a page from which their node signatures are computed off the writing thread. */
const SIGN_OFF_THREAD_FROM = 64;
/**
 * Events per batch handed to `Signer.signMany`: the first batch is signed while the next is
 * hashed, and the last one keeps the writing thread waiting for at most this many signatures.
 */
const SIGN_BATCH = 256;

/** The Store over either dialect: everything but opening and the write lock is the same SQL. */
export class LedgerStore implements Store {
  /** The right edge of the tree at the last head this process wrote or read under the lock. */
  private frontier: FrontierSnapshot = EMPTY_FRONTIER;
  private ledgerId: string | undefined;
  /**
   * The newest checkpoint this process wrote or read, with the head it was known at. While the
   * head is still that one, a checkpoint it shows fresh answers the cadence's question without a
   * query: checkpoints are only ever added, a later one over a later tree.
   */
  private knownCheckpoint: { size: number; hash: string; time: string } | undefined;
  /** From how many events a replay goes the bulk way; a test lowers it. */
  replayBulkFrom = REPLAY_BULK_FROM;
  /** Events per page of a replay; a test lowers it to carry replay passes across many pages. */
  replayPage = REPLAY_PAGE;
  /** From how many events a write sets outgrown indexes aside (SQLite); a test lowers it. */
  bulkWriteFrom = BULK_WRITE_FROM;

  constructor(
    readonly dialect: Dialect,
    readonly db: Kysely<Database>,
    private readonly writeLock: WriteLock,
    private readonly projectors: readonly Projector[],
    private readonly rowWriter: RowWriter = postgresRowWriter,
  ) {}

  /** The tables of the projectors that project by batch alone (`BULK_WRITE_FROM`). */
  private get batchOnlyTables(): string[] {
    return this.projectors.filter((p) => !p.apply).flatMap((p) => p.tables);
  }

  async append(drafts: readonly EventDraft[], ctx: AppendContext): Promise<LedgerEvent[]> {
    if (drafts.length === 0) throw new RangeError('append needs at least one event draft');
    const sealed: LedgerEvent[] = [];
    await this.appendPages([drafts], ctx, (page) => sealed.push(...page));
    return sealed;
  }

  async appendPages(
    pages: AsyncIterable<readonly EventDraft[]> | Iterable<readonly EventDraft[]>,
    ctx: AppendContext,
    onSealed?: (events: readonly LedgerEvent[]) => void,
  ): Promise<number> {
    const every = ctx.checkpointEvery;
    if (every !== undefined && !(Number.isSafeInteger(every) && every > 0)) {
      throw new RangeError(`checkpointEvery must be a positive integer, not ${every}`);
    }
    // Pages in an array can be sealed again: the lock may then go with the first write, on the
    // head this process last saw, and the work run again if that head has moved (`WriteLock`).
    // Pages are reported once the transaction commits, so a page sealed twice is reported once.
    const again = Array.isArray(pages);
    const work = async (db: Kysely<Database>, head: ChainHead) => {
      const reported: (readonly LedgerEvent[])[] = [];
      const report = again ? (page: readonly LedgerEvent[]) => reported.push(page) : onSealed;
      if (ctx.guard) await ctx.guard(db);
      const known =
        this.knownCheckpoint?.size === head.size && this.knownCheckpoint.hash === head.hash
          ? this.knownCheckpoint.time
          : undefined;
      let newest: string | undefined;
      const chain = new ChainExtension(await this.frontierAt(db, head), this.rowWriter);
      let first: LedgerEvent | undefined;
      let count = 0;
      const checkpoints: Checkpoint[] = [];
      const signHere = async (): Promise<void> => {
        const ledgerId =
          ctx.ledgerId ?? (first!.seq === 1 ? first!.hash : await this.ledgerIdIn(db));
        const root = chain.root().toString('hex');
        checkpoints.push(
          signCheckpoint({ ledgerId, treeSize: chain.size, root, time: ctx.now }, ctx.node),
        );
      };
      // Each page is sealed, then projected and written while the next is read and sealed (the
      // caller's pricing, the hashing: work of this thread, while the database or the signing
      // thread works on the last page), all in this one transaction: a bulk write holds two pages
      // in memory, and still lands whole or not at all. A page is projected only once the one
      // before it is written, as projectors may read what it wrote.
      let writing: Promise<void> | undefined;
      let restoreIndexes: (() => Promise<void>) | undefined;
      try {
        for await (const drafts of pages) {
          const sealed: LedgerEvent[] = [];
          // A large page is signed on another thread while this one hashes the rest of it and
          // projects it; a small one here, where the hand-off would cost more than the signature.
          const large = drafts.length >= SIGN_OFF_THREAD_FROM;
          const many = large ? ctx.node.signMany : undefined;
          const later = large && !many ? ctx.node.signOffThread : undefined;
          const signatures: Promise<void>[] = [];
          const track = (signing: Promise<void>) => {
            // Awaited with the page below; a failure meanwhile must not count as unhandled.
            signing.catch(() => undefined);
            signatures.push(signing);
          };
          let batch: { events: LedgerEvent[]; messages: Buffer[] } = { events: [], messages: [] };
          const send = () => {
            const { events, messages } = batch;
            batch = { events: [], messages: [] };
            track(
              many!(messages).then((sigs) => {
                for (let i = 0; i < events.length; i++) events[i]!.nodeSig = sigs[i]!;
              }),
            );
          };
          for (const draft of drafts) {
            const sealedEvent = sealEventText(
              draft,
              chain.size + 1,
              chain.hash,
              many || later ? null : ctx.node,
            );
            const event = sealedEvent.event;
            if (many) {
              batch.events.push(event);
              batch.messages.push(nodeSignatureMessageOf(sealedEvent.hashBytes));
              if (batch.events.length === SIGN_BATCH) send();
            } else if (later) {
              track(
                later(nodeSignatureMessageOf(sealedEvent.hashBytes)).then((sig) => {
                  event.nodeSig = sig;
                }),
              );
            }
            chain.add(event, sealedEvent);
            sealed.push(event);
            first ??= event;
            count++;
            if (every !== undefined && chain.size % every === 0) await signHere();
          }
          if (batch.events.length > 0) send();
          // Projectors never read the node signature: the page is projected while it is signed,
          // and its rows are written once every signature is in.
          const signed = Promise.all(signatures);
          // Awaited by the flush, unless a projector throws first.
          signed.catch(() => undefined);
          if (writing) await writing;
          if (!restoreIndexes && this.dialect === 'sqlite' && count >= this.bulkWriteFrom)
            restoreIndexes = await setSqliteIndexesAside(
              db,
              await tablesOutgrownBy(db, this.batchOnlyTables, count),
              // The full-text index is kept row by row: building it again whole costs as much.
              { fullText: false },
            );
          const help = many ? ctx.node.helpSign : undefined;
          writing = chain
            .flush(db, this.projectors, signed, help && (() => help.call(ctx.node)))
            .then(() => report?.(sealed));
          // Awaited before the next page, or below; a failure meanwhile must not count as unhandled.
          writing.catch(() => undefined);
        }
        if (writing) await writing;
        await restoreIndexes?.();
      } finally {
        // A failed read of the pages must not roll back under a write still on its way.
        await writing?.catch(() => undefined);
      }
      if (count === 0) throw new RangeError('append needs at least one event draft');
      const cadence = ctx.checkpointAfterMs;
      if (cadence !== undefined && checkpoints.at(-1)?.treeSize !== chain.size) {
        const age = (time: string): number => Date.parse(ctx.now) - Date.parse(time);
        newest = known !== undefined && age(known) < cadence ? known : await this.newestTime(db);
        if (newest === undefined || age(newest) >= cadence) await signHere();
      }
      if (checkpoints.length > 0)
        await db.insertInto('checkpoints').values(checkpoints.map(checkpointToRow)).execute();
      const newestTime = checkpoints.at(-1)?.time ?? newest;
      return { count, snapshot: chain.snapshot(), newest: newestTime, reported };
    };
    const { count, snapshot, newest, reported } = await this.writeLock(
      work,
      again && this.frontier.size > 0 ? this.frontier : undefined,
    );
    this.remember(snapshot);
    if (onSealed) for (const page of reported) onSealed(page);
    // Only once committed: a rolled-back checkpoint must not pass for a fresh one.
    if (newest !== undefined && snapshot.size >= (this.knownCheckpoint?.size ?? 0))
      this.knownCheckpoint = { size: snapshot.size, hash: snapshot.hash, time: newest };
    return count;
  }

  async head(): Promise<ChainHead> {
    return this.db
      .selectFrom('chain_head')
      .select(['size', 'hash'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
  }

  async event(seq: number): Promise<LedgerEvent | undefined> {
    const row = await this.db
      .selectFrom('events')
      .selectAll()
      .where('seq', '=', seq)
      .executeTakeFirst();
    return row && rowToEvent(row);
  }

  async events(afterSeq: number, limit: number): Promise<LedgerEvent[]> {
    return pageOfEvents(this.db, afterSeq, limit);
  }

  async eventsAt(seqs: readonly number[]): Promise<LedgerEvent[]> {
    const out: LedgerEvent[] = [];
    // Chunks keep each statement under the dialects' bound-parameter limits.
    for (let i = 0; i < seqs.length; i += 500) {
      const rows = await this.db
        .selectFrom('events')
        .selectAll()
        .where('seq', 'in', seqs.slice(i, i + 500))
        .orderBy('seq')
        .execute();
      out.push(...rows.map(rowToEvent));
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  async *streamEvents(fromSeq = 1, batchSize = 1000): AsyncGenerator<LedgerEvent, void, undefined> {
    // Keyset pages, each its own short query: no transaction is held open while the caller
    // works, and appends made meanwhile are simply picked up by later pages.
    let after = fromSeq - 1;
    for (;;) {
      const page = await pageOfEvents(this.db, after, batchSize);
      yield* page;
      if (page.length < batchSize) return;
      after = page[page.length - 1]!.seq;
    }
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async nodes(refs: readonly NodeRef[]): Promise<Map<string, Buffer>> {
    return readNodes(this.db, refs);
  }

  async nodesOnLevel(level: number, from: number, to: number): Promise<StoredNode[]> {
    const rows = await this.db
      .selectFrom('merkle_nodes')
      .select(['idx', 'hash'])
      .where('level', '=', level)
      .where('idx', '>=', from)
      .where('idx', '<=', to)
      .orderBy('idx')
      .execute();
    return rows.map((row) => ({ level, index: row.idx, hash: row.hash }));
  }

  async addCheckpoint(checkpoint: Checkpoint): Promise<void> {
    await this.writeLock(async (db, head) => {
      if (!(checkpoint.treeSize >= 1 && checkpoint.treeSize <= head.size)) {
        throw new StoreConflictError(
          message('store.no-checkpoint-for-size', {
            treeSize: checkpoint.treeSize,
            size: head.size,
          }),
        );
      }
      const existing = await db
        .selectFrom('checkpoints')
        .select('tree_size')
        .where('tree_size', '=', checkpoint.treeSize)
        .executeTakeFirst();
      if (existing)
        throw new StoreConflictError(
          message('store.checkpoint-already-recorded', { treeSize: checkpoint.treeSize }),
        );
      await db.insertInto('checkpoints').values(checkpointToRow(checkpoint)).execute();
    });
  }

  async latestCheckpoint(): Promise<Checkpoint | undefined> {
    const row = await this.db
      .selectFrom('checkpoints')
      .selectAll()
      .orderBy('tree_size', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && rowToCheckpoint(row);
  }

  async checkpoints(afterSize: number, limit: number): Promise<Checkpoint[]> {
    const rows = await this.db
      .selectFrom('checkpoints')
      .selectAll()
      .where('tree_size', '>', afterSize)
      .orderBy('tree_size')
      .limit(limit)
      .execute();
    return rows.map(rowToCheckpoint);
  }

  async checkpointAt(treeSize: number): Promise<Checkpoint | undefined> {
    const row = await this.db
      .selectFrom('checkpoints')
      .selectAll()
      .where('tree_size', '=', treeSize)
      .executeTakeFirst();
    return row && rowToCheckpoint(row);
  }

  async importLedger(
    events: readonly LedgerEvent[] | AsyncIterable<readonly LedgerEvent[]>,
    checkpoints: readonly Checkpoint[],
  ): Promise<void> {
    const pages: AsyncIterable<readonly LedgerEvent[]> = isAsyncIterable(events)
      ? events
      : single(events);
    const pending = [...checkpoints].sort((a, b) => a.treeSize - b.treeSize);
    const snapshot = await this.writeLock(async (db, head) => {
      const recorded = await db
        .selectFrom('checkpoints')
        .select('tree_size')
        .limit(1)
        .executeTakeFirst();
      if (head.size !== 0 || recorded) {
        throw new StoreConflictError(
          message('store.import-needs-empty-store', { size: head.size }),
        );
      }
      const chain = new ChainExtension(EMPTY_FRONTIER, this.rowWriter);
      let ledgerId = '';
      let next = 0;
      for await (const page of pages) {
        for (const event of page) {
          // The app has verified the ledger; these checks only keep a mis-ordered or truncated
          // input from becoming a store whose chain, tree and checkpoints disagree.
          if (event.seq !== chain.size + 1 || event.prev !== chain.hash) {
            throw new StoreConflictError(
              message('store.event-does-not-follow', { seq: event.seq, size: chain.size }),
            );
          }
          chain.add(event);
          if (event.seq === 1) ledgerId = event.hash;
          while (next < pending.length && pending[next]!.treeSize === chain.size) {
            const checkpoint = pending[next++]!;
            if (
              checkpoint.root !== chain.root().toString('hex') ||
              checkpoint.ledgerId !== ledgerId
            ) {
              throw new StoreConflictError(
                message('store.checkpoint-does-not-match', { treeSize: checkpoint.treeSize }),
              );
            }
          }
        }
        await chain.flush(db, this.projectors);
      }
      if (next < pending.length) {
        throw new StoreConflictError(
          message('store.checkpoint-beyond-import', {
            treeSize: pending[next]!.treeSize,
            size: chain.size,
          }),
        );
      }
      for (let i = 0; i < pending.length; i += 500) {
        await db
          .insertInto('checkpoints')
          .values(pending.slice(i, i + 500).map(checkpointToRow))
          .execute();
      }
      // An empty store filled whole has no statistics the planner can trust until autovacuum
      // comes by (never, on a server without it): the first reads after a large restore (every
      // member's balance, say) would be planned blind, as after a bulk replay.
      if (this.dialect === 'postgres' && chain.size >= this.replayBulkFrom) {
        const tables = [...LEDGER_TABLES, ...this.projectors.flatMap((p) => p.tables)];
        await sql`analyze ${sql.join(tables.map((table) => sql.table(table)))}`.execute(db);
      }
      return chain.snapshot();
    });
    this.remember(snapshot);
  }

  async replay(onProgress?: (done: number, total: number) => void): Promise<void> {
    await this.writeLock(async (db, head) => {
      const tables = this.projectors.flatMap((p) => p.tables);
      const bulk = head.size >= this.replayBulkFrom;
      const postgres = this.dialect === 'postgres';
      const restore = !bulk
        ? undefined
        : postgres
          ? await setIndexesAside(db, tables)
          : await setSqliteIndexesAside(db, tables);
      if (bulk && postgres)
        await sql`truncate ${sql.join(tables.map((table) => sql.table(table)))}`.execute(db);
      else for (const table of tables) await db.deleteFrom(table).execute();
      // On PostgreSQL the events are read on a second connection of the pool, a page ahead, and
      // a page's last write is not waited for before the next page is read and parsed: the
      // server reads and writes while this process parses and projects, where one connection
      // had each wait on the other. Events up to the locked head are committed and never change,
      // so reading them outside the transaction sees the same rows. The next page's statements
      // queue behind the write on the transaction's connection, so they see what it wrote.
      const overlap = this.dialect === 'postgres';
      const reader = overlap ? this.db : db;
      const read = (after: number): Promise<LedgerEvent[]> => {
        const reading =
          after < head.size ? pageOfEvents(reader, after, this.replayPage) : noEvents();
        // Awaited in turn below; a failure meanwhile must not count as unhandled.
        reading.catch(() => undefined);
        return reading;
      };
      const passes = replayPasses(this.projectors);
      let done = 0;
      let next = read(0);
      let writing: Promise<void> = Promise.resolve();
      // The first page write that failed: every later statement of the transaction fails too,
      // so its error, not theirs, is the one to report.
      let failure: { error: unknown } | undefined;
      onProgress?.(done, head.size);
      try {
        while (done < head.size) {
          const page = await next;
          if (failure) break;
          if (page.length === 0)
            throw new Error(`the chain head says ${head.size} events but only ${done} are stored`);
          const last = page[page.length - 1]!.seq;
          if (overlap) next = read(last);
          writing = runDeferred(db, await project(db, this.projectors, page, passes));
          writing.catch((error: unknown) => void (failure ??= { error }));
          if (!overlap) {
            await writing;
            next = read(last);
          }
          done = last;
          onProgress?.(done, head.size);
        }
      } catch (error) {
        await writing.catch(() => undefined);
        throw failure ? failure.error : error;
      }
      await writing.catch(() => undefined);
      if (failure) throw failure.error;
      for (const pass of passes.values()) await pass.finish(db);
      await restore?.();
      // Rebuilt whole, the read models have no statistics the planner can trust until autovacuum
      // comes by (never, on a server without it): reads right after would be planned blind.
      if (bulk && postgres)
        await sql`analyze ${sql.join(tables.map((table) => sql.table(table)))}`.execute(db);
    });
  }

  async dumpProjections(): Promise<Record<string, Record<string, unknown>[]>> {
    const dump: Record<string, Record<string, unknown>[]> = {};
    for (const projector of this.projectors) {
      for (const table of projector.tables) {
        const { rows } = await sql<
          Record<string, unknown>
        >`select * from ${sql.table(table)}`.execute(this.db);
        const keyed = rows.map((row) => [JSON.stringify(row), row] as const);
        keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        dump[table] = keyed.map(([, row]) => row);
      }
    }
    return dump;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** The frontier at `head`: the cached one if nobody else moved the head, else read in one go. */
  private async frontierAt(db: Kysely<Database>, head: ChainHead): Promise<FrontierSnapshot> {
    if (this.frontier.size === head.size && this.frontier.hash === head.hash) return this.frontier;
    const refs = frontierRefs(head.size);
    const found = await readNodes(db, refs);
    const nodes = refs.map((ref) => {
      const hash = found.get(nodeKey(ref));
      if (!hash)
        throw new Error(
          `Merkle node ${nodeKey(ref)} of the chain head at size ${head.size} is missing`,
        );
      return { ...ref, hash };
    });
    return { size: head.size, hash: head.hash, nodes };
  }

  private remember(snapshot: FrontierSnapshot): void {
    // Concurrent appends on PostgreSQL can finish out of order; keep the newer edge.
    if (snapshot.size >= this.frontier.size) this.frontier = snapshot;
  }

  /** The time of the latest checkpoint, if there is one. */
  private async newestTime(db: Kysely<Database>): Promise<string | undefined> {
    const latest = await db
      .selectFrom('checkpoints')
      .select('time')
      .orderBy('tree_size', 'desc')
      .limit(1)
      .executeTakeFirst();
    return latest?.time;
  }

  private async ledgerIdIn(db: Kysely<Database>): Promise<string> {
    if (this.ledgerId === undefined) {
      const first = await db
        .selectFrom('events')
        .select('hash')
        .where('seq', '=', 1)
        .executeTakeFirstOrThrow();
      this.ledgerId = first.hash;
    }
    return this.ledgerId;
  }
}

async function pageOfEvents(
  db: Kysely<Database>,
  afterSeq: number,
  limit: number,
): Promise<LedgerEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(rowToEvent);
}

function isAsyncIterable<T>(value: object): value is AsyncIterable<T> {
  return Symbol.asyncIterator in value;
}

async function* single<T>(value: T): AsyncGenerator<T> {
  yield value;
}

async function noEvents(): Promise<LedgerEvent[]> {
  return [];
}
