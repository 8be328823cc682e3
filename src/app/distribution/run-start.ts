import type { Kysely } from 'kysely';
import { FINANCE_EVENT, runCommittedPayloadV2 } from '../../core/finance/events.js';
import { StartTooLate } from '../../core/finance/run-record.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import type { ChunkRef } from '../../core/finance/run-record.js';
import type { ContributionRecord } from '../../core/value/contribution.js';
import {
  bucketIndex,
  bucketRecords,
  chunksToRead,
  dormantToRead,
  isChunked,
  readBucket,
  STATE_FORMAT,
  type DormantReader,
  type RunState,
  readChunk,
  runStartOf,
  runStateHash,
  startingPoint,
  storedTextHash,
  type AnyRunState,
  type CarriedChunk,
} from '../../core/finance/run-state.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { AppError, refusal } from '../errors.js';
import { foldLedgerFacts, readLedgerFacts, type LedgerFacts } from './ledger-facts.js';

const BATCH = 2000;

/** The run a later run starts from, with the hash its event recorded. */
export interface RecordedStart {
  runId: string;
  period: string;
  ledgerSeq: number;
  /** The `state.hash` of the run's schema-2 event. */
  hash: string;
}

/**
 * The latest schema-2 run whose event lies at or before `upTo` (the whole ledger when absent), or
 * null when there is none: a run recorded before run states (schema 1) leaves nothing to start
 * from, and the run after it folds from event 1.
 *
 * @example await latestStart(ctx) // { runId, period: '2026-03', ledgerSeq: 812, hash: '…' }
 */
export async function latestStart(ctx: AppContext, upTo?: number): Promise<RecordedStart | null> {
  let query = ctx.store.db
    .selectFrom('distribution_runs')
    .select(['id', 'seq'])
    .orderBy('seq', 'desc')
    .limit(1);
  if (upTo !== undefined) query = query.where('seq', '<=', upTo);
  const row = await query.executeTakeFirst();
  if (!row) return null;
  const [event] = await ctx.store.eventsAt([Number(row.seq)]);
  if (!event || event.type !== FINANCE_EVENT.runCommitted || event.schema !== 2) return null;
  const p = runCommittedPayloadV2.parse(event.payload);
  return { runId: p.runId, period: p.period, ledgerSeq: p.ledgerSeq, hash: p.state.hash };
}

/** 409 `run-state-missing`, or `run-state-mismatch` when the hash found is given, naming the run. */
function stateRefusal(start: RecordedStart, found?: { hash: string; hash2: string }): AppError {
  const repair = refusal('hint.repair-run-state', { runId: start.runId });
  const said = { runId: start.runId, period: start.period };
  return found === undefined
    ? new AppError(409, 'run-state-missing', refusal('refusal.run-state-missing', said), repair)
    : new AppError(
        409,
        'run-state-mismatch',
        refusal('refusal.run-state-hash-mismatch', { ...said, ...found }),
        repair,
      );
}

/**
 * A run's recorded state, after checking it against the hash its event carries: refuses with
 * 409 `run-state-missing` or `run-state-mismatch`, naming the run and the repair.
 *
 * @example const state = await checkedState(ctx.store.db, start);
 */
export async function checkedState(
  db: Kysely<Database>,
  start: RecordedStart,
): Promise<AnyRunState> {
  const row = await db
    .selectFrom('distribution_run_states')
    .select(['state'])
    .where('run_id', '=', start.runId)
    .executeTakeFirst();
  if (!row) throw stateRefusal(start);
  const state = JSON.parse(row.state) as AnyRunState;
  // The node stores the canonical text it hashed; a state stored otherwise (the first states, or
  // an edited row) is canonicalised to be sure.
  let hash = storedTextHash(row.state);
  if (hash !== start.hash) hash = runStateHash(state);
  if (hash !== start.hash || state.runId !== start.runId || state.ledgerSeq !== start.ledgerSeq)
    throw stateRefusal(start, { hash: start.hash, hash2: hash });
  return state;
}

/**
 * What a run reads, folded from the latest recorded run state at or before `upTo`: starting with
 * the contributions it carries folded, the events it names for replay, then every event after its
 * run's `ledgerSeq`. From event 1 when no run recorded a state, or when the state cannot carry the
 * events since (a correction or dispute of work it settled). Of a state in chunks it reads those
 * `chunksToRead` names before the run is computed; `readMore` reads those the run's payments reach.
 *
 * @example const facts = await readRunFacts(ctx); // facts.start.runId === the last run's id
 */
export async function readRunFacts(ctx: AppContext, upTo?: number): Promise<LedgerFacts> {
  const start = await latestStart(ctx, upTo);
  if (!start) return readLedgerFacts(ctx, upTo);
  const state = await checkedState(ctx.store.db, start);
  const store = ctx.store;
  async function* events(): AsyncGenerator<LedgerEvent> {
    for (let i = 0; i < state.replay.length; i += BATCH)
      yield* await store.eventsAt(state.replay.slice(i, i + BATCH));
    yield* store.streamEvents(state.ledgerSeq + 1, BATCH);
  }
  const read = new Set<string>();
  try {
    const from = {
      ...startingPoint(state, new Map(), read),
      ...(state.format === STATE_FORMAT
        ? { dormant: dormantReader(ctx.store.db, start, state, read) }
        : {}),
    };
    const facts = await foldLedgerFacts(events(), upTo, from);
    return await withChunks(ctx.store.db, start, state, facts, chunksToRead(state, facts), read);
  } catch (error) {
    if (!(error instanceof StartTooLate)) throw error;
    return readLedgerFacts(ctx, upTo);
  }
}

/**
 * `folded` with these chunks of `state` read and checked, besides those `loaded` holds. Its
 * `readMore` reads, for a run's payments, the chunks they reach that are not read yet.
 */
async function withChunks(
  db: Kysely<Database>,
  recorded: RecordedStart,
  state: AnyRunState,
  folded: LedgerFacts,
  hashes: readonly string[],
  read: ReadonlySet<string>,
  loaded: ReadonlyMap<string, CarriedChunk> = new Map(),
): Promise<LedgerFacts> {
  const chunks = new Map(loaded);
  if (hashes.length > 0)
    for (const [h, c] of await checkedChunks(db, recorded, state, hashes)) chunks.set(h, c);
  return {
    ...folded,
    start: chunks.size === 0 ? folded.start : runStartOf(state, chunks, read),
    readMore: async (payments) => {
      const more = chunksToRead(state, folded, payments).filter((h) => !chunks.has(h));
      return more.length === 0 ? null : withChunks(db, recorded, state, folded, more, read, chunks);
    },
  };
}

/**
 * The chunks of a recorded state a run reads, each checked against the hash, count, total and
 * first claim the state gives (which its run's hash commits to): refuses with 409
 * `run-state-missing` or `run-state-mismatch`, naming the run, like the state itself.
 *
 * @example const chunks = await checkedChunks(db, start, state, chunksToRead(state, facts));
 */
export async function checkedChunks(
  db: Kysely<Database>,
  start: RecordedStart,
  state: AnyRunState,
  hashes: readonly string[],
): Promise<Map<string, CarriedChunk>> {
  const refs = new Map<string, ChunkRef>();
  if (isChunked(state))
    for (const c of state.carried) for (const r of c.chunks) refs.set(r.hash, r);
  const chunks = new Map<string, CarriedChunk>();
  for (let i = 0; i < hashes.length; i += BATCH) {
    const rows = await db
      .selectFrom('distribution_run_state_chunks')
      .select(['hash', 'chunk'])
      .where('hash', 'in', hashes.slice(i, i + BATCH))
      .execute();
    for (const row of rows) {
      const ref = refs.get(row.hash);
      const chunk = ref === undefined ? null : readChunk(row.chunk, ref);
      if (chunk === null)
        throw stateRefusal(start, { hash: row.hash, hash2: storedTextHash(row.chunk) });
      chunks.set(row.hash, chunk);
    }
  }
  if (chunks.size < new Set(hashes).size) throw stateRefusal(start);
  return chunks;
}

/**
 * Reads the dormant buckets of a `disco-run-state@5` as its fold needs them, each checked against
 * the hash, count and first chain the state gives: refuses like `checkedState`, naming the run.
 * Adds each bucket read to `read`, which the fold's start shares.
 */
function dormantReader(
  db: Kysely<Database>,
  start: RecordedStart,
  state: RunState,
  read: Set<string>,
): DormantReader {
  const refs = state.dormant;
  const load = async (hashes: readonly string[]): Promise<ContributionRecord[]> => {
    const records: ContributionRecord[] = [];
    const byHash = new Map(refs.map((r) => [r.hash, r]));
    for (let i = 0; i < hashes.length; i += BATCH) {
      const wanted = hashes.slice(i, i + BATCH);
      const rows = await db
        .selectFrom('distribution_run_state_chunks')
        .select(['hash', 'chunk'])
        .where('hash', 'in', wanted)
        .execute();
      if (rows.length < new Set(wanted).size) throw stateRefusal(start);
      for (const row of rows) {
        const bucket = readBucket(row.chunk, byHash.get(row.hash)!);
        if (bucket === null)
          throw stateRefusal(start, { hash: row.hash, hash2: storedTextHash(row.chunk) });
        read.add(row.hash);
        records.push(...bucketRecords(bucket));
      }
    }
    return records;
  };
  return {
    forIds: (ids) => {
      const hashes = new Set<string>();
      for (const id of ids) {
        const ref = refs[bucketIndex(refs, id)];
        if (ref !== undefined && !read.has(ref.hash)) hashes.add(ref.hash);
      }
      return load([...hashes]);
    },
    rest: (value) => load(dormantToRead(state, value, read)),
  };
}

/** Where facts folded from a recorded state started: the schema-2 `fromSeq` and `state.previous`. */
export async function startOfFacts(
  ctx: AppContext,
  facts: LedgerFacts,
): Promise<{ fromSeq: number | null; previous: string | null }> {
  if (facts.start.runId === null) return { fromSeq: null, previous: null };
  const start = await latestStart(ctx, facts.seq);
  if (!start || start.runId !== facts.start.runId)
    throw new Error(`run ${facts.start.runId} is no longer the latest run`);
  return { fromSeq: start.ledgerSeq, previous: start.hash };
}
