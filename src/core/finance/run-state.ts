import { canonicalString } from '../ledger/canonical.js';
import { GENESIS_TYPE } from '../ledger/ledger-events.js';
import { sha256 } from '../ledger/hash.js';
import {
  MEMBER_ADDED,
  MEMBER_LEFT,
  MEMBER_LEVEL_CHANGED,
  MEMBER_RETURNED,
} from '../members/member-events.js';
import { MEMBER_LEAVE_ENDED, MEMBER_LEAVE_RECORDED } from '../members/leave-events.js';
import { VALUE_EVENT } from '../value/events.js';
import type { ContributionRecord } from '../value/contribution.js';
import type { CreditStanding } from '../value/credits.js';
import type { CreditEntry, DatingEnd, ValueState } from '../value/index.js';
import type { PeerValidation } from '../value/peer-validation.js';
import { STREAMS, type Stream } from '../value/streams.js';
import { FINANCE_EVENT } from './events.js';
import { periodEnd, type Period } from './periods.js';
import {
  type BucketRef,
  ChunkNotRead,
  type ChunkRef,
  compareEntries,
  eachEntry,
  EMPTY_RUN_START,
  entryGroups,
  type CarriedClaims,
  pastPayoutsBefore,
  paidSoFar,
  type RunOutputs,
  type RunStart,
} from './run-record.js';
import type { FinanceState } from './state.js';

/*
 * The state a committed run leaves for the next one, so that the next run folds only the events
 * after this run's `ledgerSeq` (plus the few earlier events `replay` names) instead of the whole
 * ledger. docs/distribution.md describes it for outside verifiers.
 */

type Digits = string;

/** The format new states are recorded in. */
export const STATE_FORMAT = 'disco-run-state@5';

/** The formats whose open claims are in chunks named by hash (`carried[].chunks`). */
export const isChunked = (state: AnyRunState): state is RunState | RunStateV4 =>
  state.format === STATE_FORMAT || state.format === 'disco-run-state@4';

interface StateHead {
  runId: string;
  period: Period;
  /** The run read the ledger up to and including this event. */
  ledgerSeq: number;
  /** Events at or before `ledgerSeq` the next run folds again, ascending: rules, rates, projects, membership, leaves, parameter versions, income and expenses dated after the period (and, before `disco-run-state@3`, every event of a contribution that may still change or pay). */
  replay: number[];
  /** What runs allocated to each member and stream through this run, by member id. */
  paid: { memberId: string; livelihood: Digits; love: Digits; care: Digits }[];
  /** Each member's payouts through this run, oldest first; members in the order they were first paid (smoothing reads them). */
  pastPayouts: { memberId: string; payouts: Digits[] }[];
  /** Per member and stream: the total of the oldest entries payments covered in full, and the last of them; by member id, then stream. */
  covered: {
    memberId: string;
    stream: Stream;
    amount: Digits;
    last: { on: string; contributionId: string; kind: 'earned' | 'released' };
  }[];
}

/** Open claims as columns per member and stream (by member id, then stream), each oldest first. */
interface CarriedColumns {
  /** Payable credit entries of contributions not folded again, that payments did not cover: the member's open claims (full amounts; `paid` less `covered` is what was paid of them). Within a member and stream oldest first (date, then contribution id); the three columns run in parallel. */
  carried: {
    memberId: string;
    stream: Stream;
    on: string[];
    contributionId: string[];
    amount: Digits[];
  }[];
}

/**
 * The live contributions as the value fold left them, one column per field (entry i of every
 * column is contribution i): amounts as digit strings, absent fields as null. The next run starts
 * its fold with these records instead of folding their events again (which, for work never
 * acknowledged, would be read and checked at every close); as columns, like `carried`, they are
 * written and read without a call per contribution.
 */
export interface PendingColumns {
  id: string[];
  member: string[];
  stream: Stream[];
  /** Thousandths of the unit, as digits. */
  quantity: Digits[];
  unit: string[];
  taskKind: string[];
  date: string[];
  description: string[];
  evidence: string[][];
  circle: (string | null)[];
  project: (string | null)[];
  resource: (string | null)[];
  supersedes: (string | null)[];
  /** The credit the logging (or edit) event froze. */
  rate: Digits[];
  rateEffectiveFrom: string[];
  base: Digits[];
  multiplierBp: number[];
  amount: Digits[];
  standing: CreditStanding[];
  /** The peer-validation state its events left. */
  author: string[];
  acknowledgementsNeeded: number[];
  stewardRequired: boolean[];
  status: PeerValidation['status'][];
  /** Per contribution, who acknowledged it, in the order given, and whether each was a steward. */
  acknowledgedBy: string[][];
  acknowledgedAsSteward: boolean[][];
  disputedBy: (string | null)[];
  disputeReason: (string | null)[];
  supersededBy: (string | null)[];
  resolvedBy: (string | null)[];
}

/**
 * The canonical, hashed form of a run state: amounts as digit strings of minor units. The open
 * claims are kept in chunks, one per member, stream and month the claims are dated in, stored
 * apart and named here by hash, count and total: a close reads only the chunks its income can
 * reach (and those of months where work was settled since), and carries the others by hash, so
 * it costs what the month costs however old the ledger. The live contributions whose newest
 * version is counted (they give claims to every run) are carried folded, in `pending`; the
 * dormant ones (newest version pending or disputed: they give nothing until an event names
 * them, and never-acknowledged work piles up with the ledger's age) are carried in buckets named
 * by hash, read only when an event names one of their chains.
 */
export interface RunState extends StateHead {
  format: typeof STATE_FORMAT;
  /** Per member and stream with open claims (by member id, then stream): their chunks, oldest month first. */
  carried: { memberId: string; stream: Stream; chunks: ChunkRef[] }[];
  /** Every contribution of each live edit chain whose newest version is counted, as folded at `ledgerSeq`: chains by their newest version's id, each oldest version first. */
  pending: PendingColumns;
  /** The buckets of dormant edit chains, by their first chain's newest id (see `bucketsOf`). */
  dormant: BucketRef[];
}

/**
 * A bucket of dormant edit chains (newest version pending or disputed): the chains whose newest
 * id sorts from `first` up to the next bucket's, by that id, each oldest version first, as the
 * state's `pending` columns. Stored beside the state like a chunk, under the SHA-256 of its
 * canonical JSON, which the state names.
 */
export interface DormantBucket {
  first: string;
  dormant: PendingColumns;
}

/**
 * The state as runs recorded it before dormant buckets (`disco-run-state@4`): every live chain in
 * `pending`, in the order the ledger logged them. Read, verified and started from as before.
 */
export interface RunStateV4 extends StateHead {
  format: 'disco-run-state@4';
  carried: { memberId: string; stream: Stream; chunks: ChunkRef[] }[];
  pending: PendingColumns;
}

/**
 * One member's open claims in one stream dated in one month, oldest first (date, then
 * contribution id), as columns: stored beside the state (and in the export) under the SHA-256 of
 * its canonical JSON, which the state names.
 */
export interface CarriedChunk {
  memberId: string;
  stream: Stream;
  month: string;
  on: string[];
  contributionId: string[];
  amount: Digits[];
}

/**
 * The state as runs recorded it before chunks (`disco-run-state@3`): every open claim in the
 * state itself, as columns per member and stream. Read, verified and started from as before.
 */
export interface RunStateV3 extends StateHead, CarriedColumns {
  format: 'disco-run-state@3';
  pending: PendingColumns;
}

/**
 * A state as runs recorded it before `pending` (`disco-run-state@2`): the live contributions'
 * events are named in `replay` and folded again. Read, verified and started from as before.
 */
export interface RunStateV2 extends StateHead, CarriedColumns {
  format: 'disco-run-state@2';
}

/**
 * A state as runs recorded it before the columns (the first schema-2 runs of this release): one
 * object per carried claim, in credit-entry order. Read, verified and started from as before.
 */
export interface RunStateV1 extends StateHead {
  format: 'disco-run-state@1';
  carried: {
    contributionId: string;
    memberId: string;
    stream: Stream;
    amount: Digits;
    on: string;
  }[];
}

/** Any run state a run may have recorded. */
export type AnyRunState = RunState | RunStateV4 | RunStateV3 | RunStateV2 | RunStateV1;

/**
 * The canonical JSON text of a chunk: what its hash is taken of, and what the node stores.
 *
 * @example chunkText(chunk).startsWith('{"amount":[') // true
 */
export function chunkText(chunk: CarriedChunk): string {
  return runStateText(chunk as unknown as AnyRunState);
}

/**
 * A stored chunk's text, parsed after checking it hashes to what the state names and that its
 * count, total and first claim are those the state gives; null when it does not.
 *
 * @example const chunk = readChunk(row.chunk, ref); // null: refuse the state
 */
export function readChunk(text: string, ref: ChunkRef): CarriedChunk | null {
  if (storedTextHash(text) !== ref.hash) return null;
  const chunk = JSON.parse(text) as CarriedChunk;
  let total = 0n;
  for (const a of chunk.amount) total += BigInt(a);
  const ok =
    chunk.month === ref.month &&
    chunk.on.length === ref.count &&
    chunk.contributionId.length === ref.count &&
    chunk.amount.length === ref.count &&
    total.toString() === ref.total &&
    chunk.on[0] === ref.on &&
    chunk.contributionId[0] === ref.contributionId;
  return ok ? chunk : null;
}

/**
 * A stored bucket's text, parsed after checking it hashes to what the state names and holds the
 * count and first chain the state gives; null when it does not.
 *
 * @example const bucket = readBucket(row.chunk, ref); // null: refuse the state
 */
export function readBucket(text: string, ref: BucketRef): DormantBucket | null {
  if (storedTextHash(text) !== ref.hash) return null;
  const bucket = JSON.parse(text) as DormantBucket;
  return bucket.first === ref.first && bucket.dormant?.id?.length === ref.count ? bucket : null;
}

/**
 * The RFC 8785 canonical JSON text of a run state: what is hashed, and what the node stores (so a
 * stored state is checked by hashing its text, without canonicalising it again).
 *
 * @example runStateText(state).startsWith('{"carried":[') // true
 */
export function runStateText(state: AnyRunState): string {
  try {
    return columnsCanonical(state);
  } catch (error) {
    if (error !== UNUSUAL) throw error;
    return canonicalString(state);
  }
}

/**
 * Lowercase hex SHA-256 of the RFC 8785 canonical JSON of a run state.
 *
 * @example runStateHash(state) // 'a3f1…'
 */
export function runStateHash(state: AnyRunState): string {
  return sha256(Buffer.from(runStateText(state), 'utf8')).toString('hex');
}

/**
 * Lowercase hex SHA-256 of a state's text as stored: equal to `runStateHash` of the parsed state
 * when the text is canonical, as the node stores it.
 *
 * @example storedTextHash(row.state) === start.hash
 */
export function storedTextHash(text: string): string {
  return sha256(Buffer.from(text, 'utf8')).toString('hex');
}

const UNUSUAL = new Error('not a plain state');
/** JSON.stringify writes a lone surrogate as such an escape; canonical JSON has no form for it. */
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;

/**
 * Canonical JSON for the plain values a state holds (objects, arrays, strings, safe integers,
 * booleans, null), writing arrays of those primitives natively with JSON.stringify, whose output
 * for them is the canonical one: the state's columns then cost no call per claim. Anything else, or a string
 * JSON.stringify had to escape as a lone surrogate, throws `UNUSUAL` for `canonicalString` to
 * decide; a property test checks both agree.
 */
function columnsCanonical(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const text = JSON.stringify(value);
      if (ESCAPED_SURROGATE.test(text)) throw UNUSUAL;
      return text;
    }
    case 'number':
      if (!Number.isSafeInteger(value)) throw UNUSUAL;
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw UNUSUAL;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let primitives = true;
    let strings = false;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw UNUSUAL;
      const item: unknown = value[i];
      if (typeof item === 'string') strings = true;
      else if (item !== null && typeof item !== 'boolean' && !Number.isSafeInteger(item)) {
        primitives = false;
        break;
      }
    }
    if (primitives) {
      const text = JSON.stringify(value);
      if (strings && ESCAPED_SURROGATE.test(text)) throw UNUSUAL;
      return text;
    }
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + columnsCanonical(value[i]);
    return out + ']';
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw UNUSUAL;
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) throw UNUSUAL;
    out += (out.length > 1 ? ',' : '') + columnsCanonical(key) + ':' + columnsCanonical(item);
  }
  return out + '}';
}

/** Which events each contribution has, and which events every fold needs again: built beside the fold. */
export interface ReplayIndex {
  /** Contribution id → the first contribution of its edit chain. */
  roots: Map<string, string>;
  /** Chain root → the seqs of every event of the chain. */
  seqs: Map<string, number[]>;
  always: number[];
  /** Income and expenses with their dates. */
  dated: { seq: number; date: string }[];
}

export const emptyReplayIndex = (): ReplayIndex => ({
  roots: new Map(),
  seqs: new Map(),
  always: [],
  dated: [],
});

const CONTRIBUTION_TYPES = new Set<string>([
  VALUE_EVENT.contributionLogged,
  VALUE_EVENT.contributionEdited,
  VALUE_EVENT.contributionValidated,
  VALUE_EVENT.contributionDisputed,
  VALUE_EVENT.disputeWithdrawn,
  VALUE_EVENT.disputeResolved,
]);
const ALWAYS_TYPES = new Set<string>([
  ...Object.values(VALUE_EVENT).filter((t) => !CONTRIBUTION_TYPES.has(t)),
  FINANCE_EVENT.parametersSet,
  GENESIS_TYPE,
  MEMBER_ADDED,
  MEMBER_LEFT,
  MEMBER_LEVEL_CHANGED,
  MEMBER_RETURNED,
  MEMBER_LEAVE_RECORDED,
  MEMBER_LEAVE_ENDED,
]);

/**
 * Adds events to a replay index (in ledger order; mutates and returns it).
 *
 * @example const index = indexEvents(events, emptyReplayIndex());
 */
export function indexEvents(
  events: Iterable<{ seq: number; type: string; payload: unknown }>,
  index: ReplayIndex,
): ReplayIndex {
  for (const event of events) {
    const p = event.payload as Record<string, unknown>;
    if (CONTRIBUTION_TYPES.has(event.type)) {
      const id = String(p['contributionId']);
      let root = index.roots.get(id);
      if (root === undefined) {
        const old =
          typeof p['supersedes'] === 'string' ? index.roots.get(p['supersedes']) : undefined;
        root = old ?? id;
        index.roots.set(id, root);
      }
      const list = index.seqs.get(root);
      if (list) list.push(event.seq);
      else index.seqs.set(root, [event.seq]);
    } else if (ALWAYS_TYPES.has(event.type)) index.always.push(event.seq);
    else if (
      event.type === FINANCE_EVENT.incomeRecorded ||
      event.type === FINANCE_EVENT.expenseRecorded
    )
      index.dated.push({ seq: event.seq, date: String(p['date']) });
  }
  return index;
}

/** What the fold gave at the run's `ledgerSeq`, and where it started. */
export interface StateFacts {
  value: ValueState;
  finance: FinanceState;
  datingEnds: readonly DatingEnd[];
  index: ReplayIndex;
  start: RunStart;
}

const key = (memberId: string, stream: Stream) => `${memberId}\u0000${stream}`;

/**
 * The state after a run: computed from the facts the run read (folded from event 1, or from the
 * previous state) and what the run paid. A contribution is dropped from the fold once nothing
 * can change what it is worth to a later run: counted with payable or unpayable credit and dated
 * in or before the month, or superseded or void (and so is every contribution of its edit chain).
 * The others (live) are carried folded: in `pending` when the chain's newest version is counted,
 * else (dormant) in buckets. Throws `ChunkNotRead` when a claim or a dormant chain would join a
 * chunk or bucket of the previous state that was not read.
 *
 * @example const state = buildRunState(facts, { runId, period: '2026-03', ledgerSeq: 812, outputs });
 */
export function buildRunState(
  facts: StateFacts,
  run: RunOfState,
): { state: RunState; chunks: Map<string, string> } {
  const parts = stateParts(facts, run);
  const { head, replay } = parts;
  const known = facts.start.chunks ?? new Set<string>();
  const chunks = new Map<string, string>();
  const carried = carriedChunks(parts.pieces, known, chunks);
  const counted: ContributionRecord[] = [];
  const dormant: Chain[] = [];
  for (const chain of liveChains(facts, parts.isLive)) {
    if (isDormant(chain.records[chain.records.length - 1]!)) dormant.push(chain);
    else for (const c of chain.records) counted.push(c);
  }
  return {
    state: {
      format: STATE_FORMAT,
      ...head,
      replay,
      carried,
      pending: pendingColumns(counted),
      dormant: bucketsOf(dormant, facts.start.dormant, known, chunks),
    },
    chunks,
  };
}

/**
 * The state after a run in the form runs recorded before dormant buckets (`disco-run-state@4`):
 * every live chain in `pending`, in the order the fold holds them (the ledger's, from event 1).
 * Verification and repair rebuild it, from event 1, to match a run recorded so.
 *
 * @example runStateHash(fourthFormOf(facts, run).state) === run.state.hash
 */
export function fourthFormOf(
  facts: StateFacts,
  run: RunOfState,
): { state: RunStateV4; chunks: Map<string, string> } {
  const parts = stateParts(facts, run);
  const known = facts.start.chunks ?? new Set<string>();
  const chunks = new Map<string, string>();
  const carried = carriedChunks(parts.pieces, known, chunks);
  const live: ContributionRecord[] = [];
  for (const c of facts.value.contributions.values()) if (parts.isLive(c.id)) live.push(c);
  return {
    state: {
      format: 'disco-run-state@4',
      ...parts.head,
      replay: parts.replay,
      carried,
      pending: pendingColumns(live),
    },
    chunks,
  };
}

/** The open claims in chunks, per member, stream and month; new chunks' texts go into `chunks`. */
function carriedChunks(
  pieces: { memberId: string; stream: Stream; items: Piece[] }[],
  known: ReadonlySet<string>,
  chunks: Map<string, string>,
): RunState['carried'] {
  const carried: RunState['carried'] = [];
  for (const g of pieces) {
    const refs: ChunkRef[] = [];
    let i = 0;
    while (i < g.items.length) {
      const item = g.items[i]!;
      if ('hash' in item) {
        refs.push(item);
        i++;
        continue;
      }
      const month = item.on.slice(0, 7);
      const chunk: CarriedChunk = {
        memberId: g.memberId,
        stream: g.stream,
        month,
        on: [],
        contributionId: [],
        amount: [],
      };
      let total = 0n;
      for (; i < g.items.length; i++) {
        const e = g.items[i]!;
        if ('hash' in e) {
          if (e.month === month) throw new ChunkNotRead(`chunk ${e.hash} gains claims unread`);
          break;
        }
        if (e.on.slice(0, 7) !== month) break;
        chunk.on.push(e.on);
        chunk.contributionId.push(e.contributionId);
        chunk.amount.push(e.amount.toString());
        total += e.amount;
      }
      if (refs.at(-1)?.month === month)
        throw new ChunkNotRead(`chunk ${refs.at(-1)!.hash} gains claims unread`);
      const text = chunkText(chunk);
      const hash = storedTextHash(text);
      if (!known.has(hash)) chunks.set(hash, text);
      refs.push({
        month,
        hash,
        count: chunk.on.length,
        total: total.toString(),
        on: chunk.on[0]!,
        contributionId: chunk.contributionId[0]!,
      });
    }
    carried.push({ memberId: g.memberId, stream: g.stream, chunks: refs });
  }
  return carried;
}

/** One edit chain: every version, oldest first; the last is the newest (`head`). */
interface Chain {
  head: string;
  records: ContributionRecord[];
}

/** Work that gives nothing to any run until an event names it: pending or disputed (never superseded or void). */
const isDormant = (c: ContributionRecord) =>
  c.validation.status === 'pending' || c.validation.status === 'disputed';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The live edit chains the fold holds, by their newest version's id: the order does not depend on
 * where the fold started (from event 1, or from a state and the buckets it read). Within a chain
 * the fold holds each version after the one it supersedes.
 */
function liveChains(facts: StateFacts, isLive: (id: string) => boolean): Chain[] {
  const byRoot = new Map<string, ContributionRecord[]>();
  for (const c of facts.value.contributions.values()) {
    if (!isLive(c.id)) continue;
    const root = facts.index.roots.get(c.id) ?? c.id;
    const list = byRoot.get(root);
    if (list) list.push(c);
    else byRoot.set(root, [c]);
  }
  const chains: Chain[] = [];
  for (const records of byRoot.values())
    chains.push({ head: records[records.length - 1]!.id, records });
  return chains.sort((a, b) => byText(a.head, b.head));
}

/**
 * Whether a chain whose newest id is `id` starts a bucket: about one in 64, decided by the id
 * alone, so the buckets of a set of chains do not depend on the order the chains came in, and a
 * chain joining or leaving changes one bucket (or joins or splits two neighbours), not the rest.
 */
export const startsBucket = (id: string): boolean =>
  sha256(Buffer.from(id, 'utf8'))[0]! < BUCKET_START;
const BUCKET_START = 4;

/**
 * The dormant chains (by newest id) in buckets: a bucket starts at each chain that `startsBucket`
 * (and at the first chain), and holds the chains after it up to the next start. The buckets of
 * the previous state that were not read stand as they were; a chain that would join one, or a
 * bucket that would no longer start where it did, throws `ChunkNotRead`. New buckets' texts go
 * into `chunks`.
 */
function bucketsOf(
  chains: readonly Chain[],
  start: RunStart['dormant'],
  known: ReadonlySet<string>,
  chunks: Map<string, string>,
): BucketRef[] {
  const unread = (start?.refs ?? []).filter((r) => !start!.read.has(r.hash));
  const out: BucketRef[] = [];
  let open: Chain[] = [];
  let afterUnread = false;
  const close = () => {
    if (open.length === 0) return;
    const records = open.flatMap((c) => c.records);
    const bucket: DormantBucket = { first: open[0]!.head, dormant: pendingColumns(records) };
    const text = runStateText(bucket as unknown as AnyRunState);
    const hash = storedTextHash(text);
    if (!known.has(hash)) chunks.set(hash, text);
    out.push({ first: bucket.first, hash, count: records.length });
    open = [];
  };
  let u = 0;
  for (let c = 0; c <= chains.length; c++) {
    const chain = chains[c];
    // The unread buckets that sort before this chain, as they were.
    while (u < unread.length && (chain === undefined || unread[u]!.first < chain.head)) {
      const ref = unread[u++]!;
      if ((out.length > 0 || open.length > 0) && !startsBucket(ref.first))
        throw new ChunkNotRead(`dormant bucket ${ref.hash} would gain chains unread`);
      close();
      out.push(ref);
      afterUnread = true;
    }
    if (chain === undefined) break;
    const at = start === undefined ? -1 : bucketIndex(start.refs, chain.head);
    if (at >= 0 && !start!.read.has(start!.refs[at]!.hash))
      throw new ChunkNotRead(`dormant bucket ${start!.refs[at]!.hash} would gain chains unread`);
    const first = out.length === 0 && open.length === 0;
    if (first || startsBucket(chain.head)) {
      close();
      open.push(chain);
      afterUnread = false;
    } else if (afterUnread)
      throw new ChunkNotRead(`dormant bucket ${out.at(-1)!.hash} would gain chains unread`);
    else open.push(chain);
  }
  close();
  return out;
}

/**
 * The bucket of a `disco-run-state@5` that would hold the chain whose newest id is `id`: the last
 * whose `first` sorts at or before it (the first bucket for an id before them all); -1 when the
 * state has none.
 *
 * @example const ref = state.dormant[bucketIndex(state.dormant, contributionId)];
 */
export function bucketIndex(refs: readonly BucketRef[], id: string): number {
  let lo = 0;
  let hi = refs.length - 1;
  let found = refs.length === 0 ? -1 : 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.first <= id) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The buckets of a `disco-run-state@5` a fold from it must still read, by hash, so that the next
 * state can be built: given the value it folded and the buckets it read (`read`). The bucket each
 * dormant chain it holds would join (a chain logged, edited or disputed since, or one of a bucket
 * read); and the bucket before each bucket read whose first chain is no longer dormant at that id
 * (acknowledged, or edited to a new id), since the chains after it then join that one. Read
 * those, fold them in, and ask again until none is left.
 *
 * @example for (let h = dormantToRead(state, value, read); h.length > 0; h = …) …
 */
export function dormantToRead(
  state: AnyRunState,
  value: Pick<ValueState, 'contributions'>,
  read: ReadonlySet<string>,
): string[] {
  if (state.format !== STATE_FORMAT) return [];
  const refs = state.dormant;
  const want = new Set<string>();
  const need = (i: number) => {
    const ref = refs[i];
    if (ref !== undefined && !read.has(ref.hash)) want.add(ref.hash);
  };
  for (const c of value.contributions.values()) if (isDormant(c)) need(bucketIndex(refs, c.id));
  for (let i = 1; i < refs.length; i++) {
    if (!read.has(refs[i]!.hash)) continue;
    const first = value.contributions.get(refs[i]!.first);
    if (first === undefined || !isDormant(first)) need(i - 1);
  }
  return [...want];
}

/** The records of a bucket, each oldest version of its chain first. */
export function bucketRecords(bucket: DormantBucket): ContributionRecord[] {
  return recordsOf(bucket.dormant);
}

/**
 * The state after a run in the form runs recorded before chunks (`disco-run-state@3`): every open
 * claim in the state. Needs every claim read (facts folded from event 1, or from a state of that
 * form); verification and repair rebuild it to match a run recorded so.
 *
 * @example runStateHash(thirdFormOf(facts, run)) === run.state.hash
 */
export function thirdFormOf(facts: StateFacts, run: RunOfState): RunStateV3 {
  const parts = stateParts(facts, run);
  const live: ContributionRecord[] = [];
  for (const c of facts.value.contributions.values()) if (parts.isLive(c.id)) live.push(c);
  const { head, replay } = parts;
  return {
    format: 'disco-run-state@3',
    ...head,
    replay,
    carried: columnsOf(parts.pieces),
    pending: pendingColumns(live),
  };
}

type Piece = { on: string; contributionId: string; amount: bigint } | ChunkRef;

/** Every open claim as columns per member and stream: the form before chunks. */
function columnsOf(
  pieces: { memberId: string; stream: Stream; items: Piece[] }[],
): CarriedColumns['carried'] {
  return pieces.map((g) => {
    const on: string[] = [];
    const contributionId: string[] = [];
    const amount: string[] = [];
    for (const e of g.items) {
      if ('hash' in e) throw new ChunkNotRead(`chunk ${e.hash} was not read`);
      on.push(e.on);
      contributionId.push(e.contributionId);
      amount.push(e.amount.toString());
    }
    return { memberId: g.memberId, stream: g.stream, on, contributionId, amount };
  });
}

/**
 * The state after a run in the form runs recorded before `pending` (`disco-run-state@2`): the
 * live contributions' events in `replay` instead. Only facts folded from event 1 or from such a
 * state know those events; verification and repair rebuild it to match a run recorded so.
 *
 * @example runStateHash(secondFormOf(facts, run)) === run.state.hash
 */
export function secondFormOf(facts: StateFacts, run: RunOfState): RunStateV2 {
  const { head, pieces, replay, liveRoots } = stateParts(facts, run);
  const carried = columnsOf(pieces);
  const seqs = [...liveRoots].flatMap((root) => facts.index.seqs.get(root) ?? []);
  return {
    format: 'disco-run-state@2',
    ...head,
    replay: [...replay, ...seqs].sort((a, b) => a - b),
    carried,
  };
}

interface RunOfState {
  runId: string;
  period: Period;
  ledgerSeq: number;
  outputs: RunOutputs;
}

function stateParts(facts: StateFacts, run: RunOfState) {
  const end = periodEnd(run.period);
  const { value, finance, index, start } = facts;

  const paid = paidSoFar(finance, start);
  const past = pastPayoutsBefore(finance, '9999-12', start);
  for (const m of run.outputs.members) {
    const t = paid.get(m.memberId) ?? { livelihood: 0n, love: 0n, care: 0n };
    for (const s of STREAMS) t[s] += BigInt(m.byStream[s]);
    paid.set(m.memberId, t);
    const list = past.get(m.memberId) ?? [];
    list.push(BigInt(m.payout));
    past.set(m.memberId, list);
  }

  const liveRoots = new Set<string>();
  for (const c of value.contributions.values()) {
    const status = c.validation.status;
    const settled =
      status === 'superseded' ||
      status === 'void' ||
      (status === 'counted' && c.credit.standing !== 'historical' && c.date <= end);
    if (!settled) liveRoots.add(index.roots.get(c.id) ?? c.id);
  }
  const isLive = (contributionId: string) => {
    const root = index.roots.get(contributionId);
    return root !== undefined && liveRoots.has(root);
  };

  const budget = new Map<string, bigint>();
  for (const [memberId, t] of paid) for (const s of STREAMS) budget.set(key(memberId, s), t[s]);
  const covered = new Map<
    string,
    { amount: bigint; last: Pick<CreditEntry, 'on' | 'contributionId' | 'kind'> }
  >();
  for (const [k, c] of start.covered) {
    covered.set(k, { ...c });
    budget.set(k, (budget.get(k) ?? 0n) - c.amount);
  }
  const byId = (a: { memberId: string }, b: { memberId: string }) =>
    a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
  const pieces: { memberId: string; stream: Stream; items: Piece[] }[] = [];
  for (const g of entryGroups(value, end, facts.datingEnds, start)) {
    let left = budget.get(g.key) ?? 0n;
    let covers = covered.get(g.key);
    let prefixOpen = false;
    const items: Piece[] = [];
    eachEntry(g, (id, date, credit, kind, fromState, unread) => {
      // A carried entry's contribution was not folded, so it is settled.
      const live = kind === 'released' || (!fromState && isLive(id));
      if (!prefixOpen && !live && left >= credit) {
        if (unread !== undefined)
          throw new ChunkNotRead(`payments cover chunk ${unread.hash}, which was not read`);
        left -= credit;
        covers = {
          amount: (covers?.amount ?? 0n) + credit,
          last: { on: date, contributionId: id, kind },
        };
        return;
      }
      prefixOpen = true;
      if (live) return;
      items.push(unread ?? { on: date, contributionId: id, amount: credit });
    });
    if (covers) covered.set(g.key, covers);
    if (items.length > 0) pieces.push({ memberId: g.memberId, stream: g.stream, items });
  }
  pieces.sort((a, b) => byId(a, b) || STREAMS.indexOf(a.stream) - STREAMS.indexOf(b.stream));

  const replay = [
    ...index.always,
    ...index.dated.filter((d) => d.date > end).map((d) => d.seq),
  ].sort((a, b) => a - b);

  const head: Omit<StateHead, 'replay'> = {
    runId: run.runId,
    period: run.period,
    ledgerSeq: run.ledgerSeq,
    paid: [...paid]
      .map(([memberId, t]) => ({
        memberId,
        livelihood: t.livelihood.toString(),
        love: t.love.toString(),
        care: t.care.toString(),
      }))
      .sort(byId),
    pastPayouts: [...past].map(([memberId, list]) => ({
      memberId,
      payouts: list.map(String),
    })),
    covered: [...covered]
      .map(([k, c]) => {
        const [memberId, stream] = k.split('\u0000') as [string, Stream];
        return { memberId, stream, amount: c.amount.toString(), last: c.last };
      })
      .sort((a, b) => byId(a, b) || STREAMS.indexOf(a.stream) - STREAMS.indexOf(b.stream)),
  };
  return { head, pieces, replay, liveRoots, isLive };
}

/**
 * Contribution records in the state's columns.
 *
 * @example pendingColumns([record]).amount // ['40000']
 */
export function pendingColumns(records: readonly ContributionRecord[]): PendingColumns {
  const column = <T>(of: (c: ContributionRecord) => T): T[] => records.map(of);
  return {
    id: column((c) => c.id),
    member: column((c) => c.member),
    stream: column((c) => c.stream),
    quantity: column((c) => c.quantity.milli.toString()),
    unit: column((c) => c.quantity.unit),
    taskKind: column((c) => c.taskKind),
    date: column((c) => c.date),
    description: column((c) => c.description),
    evidence: column((c) => [...c.evidence]),
    circle: column((c) => c.circle ?? null),
    project: column((c) => c.project ?? null),
    resource: column((c) => c.resource ?? null),
    supersedes: column((c) => c.supersedes ?? null),
    rate: column((c) => c.credit.rate.toString()),
    rateEffectiveFrom: column((c) => c.credit.rateEffectiveFrom),
    base: column((c) => c.credit.base.toString()),
    multiplierBp: column((c) => c.credit.multiplierBp),
    amount: column((c) => c.credit.amount.toString()),
    standing: column((c) => c.credit.standing),
    author: column((c) => c.validation.author),
    acknowledgementsNeeded: column((c) => c.validation.rule.acknowledgements),
    stewardRequired: column((c) => c.validation.rule.stewardRequired),
    status: column((c) => c.validation.status),
    acknowledgedBy: column((c) => c.validation.acknowledgements.map((a) => a.by)),
    acknowledgedAsSteward: column((c) => c.validation.acknowledgements.map((a) => a.steward)),
    disputedBy: column((c) => c.validation.dispute?.by ?? null),
    disputeReason: column((c) => c.validation.dispute?.reason ?? null),
    supersededBy: column((c) => c.validation.supersededBy),
    resolvedBy: column((c) => c.validation.resolvedBy),
  };
}

/** The carried pending contributions as the value fold keeps them. */
function recordsOf(p: PendingColumns): ContributionRecord[] {
  return p.id.map((id, i) => {
    const by = p.acknowledgedBy[i]!;
    const steward = p.acknowledgedAsSteward[i]!;
    const disputedBy = p.disputedBy[i]!;
    const record: ContributionRecord = {
      id,
      member: p.member[i]!,
      stream: p.stream[i]!,
      quantity: { milli: BigInt(p.quantity[i]!), unit: p.unit[i]! },
      taskKind: p.taskKind[i]!,
      date: p.date[i]!,
      description: p.description[i]!,
      evidence: p.evidence[i]!,
      credit: {
        rate: BigInt(p.rate[i]!),
        rateEffectiveFrom: p.rateEffectiveFrom[i]!,
        base: BigInt(p.base[i]!),
        multiplierBp: p.multiplierBp[i]!,
        amount: BigInt(p.amount[i]!),
        standing: p.standing[i]!,
      },
      validation: {
        author: p.author[i]!,
        rule: {
          acknowledgements: p.acknowledgementsNeeded[i]!,
          stewardRequired: p.stewardRequired[i]!,
        },
        status: p.status[i]!,
        acknowledgements: by.map((b, j) => ({ by: b, steward: steward[j]! })),
        dispute: disputedBy === null ? null : { by: disputedBy, reason: p.disputeReason[i]! },
        supersededBy: p.supersededBy[i]!,
        resolvedBy: p.resolvedBy[i]!,
      },
    };
    const circle = p.circle[i];
    const project = p.project[i];
    const resource = p.resource[i];
    const supersedes = p.supersedes[i];
    if (typeof circle === 'string') record.circle = circle;
    if (typeof project === 'string') record.project = project;
    if (typeof resource === 'string') record.resource = resource;
    if (typeof supersedes === 'string') record.supersedes = supersedes;
    return record;
  });
}

/** Where a fold from a recorded state starts: the run-record start and the live contributions, folded. */
export interface StartingPoint {
  start: RunStart;
  /** Each edit after the contribution it supersedes. */
  pending: ContributionRecord[];
  /** Of a `disco-run-state@5`: reads its dormant buckets as the fold needs them. */
  dormant?: DormantReader;
}

/**
 * Reads the dormant buckets of a `disco-run-state@5` into a fold (the reader does the I/O and adds
 * each bucket's hash to the start's `dormant.read`): the records of the buckets read, each chain
 * oldest version first.
 */
export interface DormantReader {
  /** Reads the buckets not read yet that would hold these ids (named by events about to be folded). */
  forIds(ids: readonly string[]): Promise<ContributionRecord[]>;
  /** Reads the buckets `dormantToRead` names for the value folded. */
  rest(value: Pick<ValueState, 'contributions'>): Promise<ContributionRecord[]>;
}

/**
 * What a fold from a recorded state starts with: `runStartOf(state)`, and the contributions a
 * `disco-run-state@3` carries folded (none before: their events are in `replay`).
 *
 * @example foldLedgerFacts(events, upTo, startingPoint(state))
 */
export function startingPoint(
  state: AnyRunState,
  chunks: ReadonlyMap<string, CarriedChunk> = new Map(),
  read: ReadonlySet<string> = new Set(),
): StartingPoint {
  return {
    start: runStartOf(state, chunks, read),
    pending:
      state.format === STATE_FORMAT ||
      state.format === 'disco-run-state@4' ||
      state.format === 'disco-run-state@3'
        ? recordsOf(state.pending)
        : [],
  };
}

/**
 * The chunks of a `disco-run-state@4` a run must read, by hash, given the facts folded from it
 * (with no chunk read). Per member and stream: every chunk that what was paid before (less what
 * the state covered) plus `payments` (what this run pays, when known: a second read, or a
 * verifier holding the recorded run) could reach, oldest first; and every chunk of a month in
 * which a contribution whose edit chain has an event folded since the state is dated (every
 * version of the chain), since only such work can settle into a month the state already has a
 * chunk of: carried work with no event since can only settle by the month closing, in a month
 * after the state's, which has no chunk yet. The others count only by their totals. None for
 * earlier formats (they hold every claim).
 *
 * @example const hashes = chunksToRead(state, facts); // then startingPoint(state, loaded)
 */
export function chunksToRead(
  state: AnyRunState,
  facts: Pick<StateFacts, 'value' | 'finance' | 'start' | 'index'>,
  payments: ReadonlyMap<string, Readonly<Record<Stream, bigint>>> = new Map(),
): string[] {
  if (!isChunked(state)) return [];
  const paid = paidSoFar(facts.finance, facts.start);
  const months = new Set<string>();
  for (const c of facts.value.contributions.values())
    if (facts.index.seqs.has(facts.index.roots.get(c.id) ?? c.id))
      months.add(`${key(c.member, c.stream)}\u0000${c.date.slice(0, 7)}`);
  const covered = new Map(state.covered.map((c) => [key(c.memberId, c.stream), BigInt(c.amount)]));
  const hashes: string[] = [];
  for (const g of state.carried) {
    const k = key(g.memberId, g.stream);
    const reach =
      (paid.get(g.memberId)?.[g.stream] ?? 0n) -
      (covered.get(k) ?? 0n) +
      (payments.get(g.memberId)?.[g.stream] ?? 0n);
    let before = 0n;
    for (const ref of g.chunks) {
      if (before < reach || months.has(`${k}\u0000${ref.month}`)) hashes.push(ref.hash);
      before += BigInt(ref.total);
    }
  }
  return hashes;
}

/**
 * Adds carried pending contributions to a replay index: each under the root of its edit chain,
 * which is carried with it (mutates and returns the index).
 *
 * @example indexPending(startingPoint(state).pending, emptyReplayIndex())
 */
export function indexPending(
  pending: readonly ContributionRecord[],
  index: ReplayIndex,
): ReplayIndex {
  for (const c of pending) {
    const root =
      c.supersedes !== undefined ? (index.roots.get(c.supersedes) ?? c.supersedes) : c.id;
    index.roots.set(c.id, root);
  }
  return index;
}

/**
 * The start a later run folds from: the state's totals, payouts, carried entries and covered
 * prefixes as the run-record functions take them.
 *
 * @example computePeriodRun(value, finance, { ...options, start: runStartOf(state) })
 */
export function runStartOf(
  state: AnyRunState,
  chunks: ReadonlyMap<string, CarriedChunk> = new Map(),
  read: ReadonlySet<string> = new Set(),
): RunStart {
  return {
    runId: state.runId,
    paid: new Map(
      state.paid.map((p) => [
        p.memberId,
        { livelihood: BigInt(p.livelihood), love: BigInt(p.love), care: BigInt(p.care) },
      ]),
    ),
    pastPayouts: new Map(state.pastPayouts.map((p) => [p.memberId, p.payouts.map(BigInt)])),
    carried: carriedOf(state, chunks),
    covered: new Map(
      state.covered.map((c) => [
        key(c.memberId, c.stream),
        { amount: BigInt(c.amount), last: c.last },
      ]),
    ),
    ...(isChunked(state)
      ? {
          chunks: new Set([
            ...state.carried.flatMap((c) => c.chunks.map((r) => r.hash)),
            ...(state.format === STATE_FORMAT ? state.dormant.map((r) => r.hash) : []),
          ]),
        }
      : {}),
    ...(state.format === STATE_FORMAT ? { dormant: { refs: state.dormant, read } } : {}),
  };
}

function carriedOf(state: AnyRunState, chunks: ReadonlyMap<string, CarriedChunk>): CarriedClaims[] {
  if (isChunked(state))
    return state.carried.map((c) => {
      const on: string[] = [];
      const contributionId: string[] = [];
      const amount: bigint[] = [];
      const unread = new Map<number, ChunkRef>();
      for (const ref of c.chunks) {
        const chunk = chunks.get(ref.hash);
        if (chunk === undefined) {
          unread.set(on.length, ref);
          on.push(ref.on);
          contributionId.push(ref.contributionId);
          amount.push(BigInt(ref.total));
          continue;
        }
        for (let i = 0; i < chunk.on.length; i++) {
          on.push(chunk.on[i]!);
          contributionId.push(chunk.contributionId[i]!);
          amount.push(BigInt(chunk.amount[i]!));
        }
      }
      return { memberId: c.memberId, stream: c.stream, on, contributionId, amount, unread };
    });
  if (state.format !== 'disco-run-state@1')
    return state.carried.map((c) => ({
      memberId: c.memberId,
      stream: c.stream,
      on: c.on,
      contributionId: c.contributionId,
      amount: c.amount.map(BigInt),
    }));
  // Credit-entry order keeps each member and stream's entries oldest first.
  const groups = new Map<
    string,
    CarriedClaims & { on: string[]; contributionId: string[]; amount: bigint[] }
  >();
  for (const c of state.carried) {
    const k = key(c.memberId, c.stream);
    let g = groups.get(k);
    if (g === undefined) {
      g = { memberId: c.memberId, stream: c.stream, on: [], contributionId: [], amount: [] };
      groups.set(k, g);
    }
    g.on.push(c.on);
    g.contributionId.push(c.contributionId);
    g.amount.push(BigInt(c.amount));
  }
  return [...groups.values()];
}

/**
 * The state after a run in the form the run recorded it: the current form when its hash is the
 * one recorded, else `disco-run-state@2` or its first form (`disco-run-state@1`) when the run
 * recorded that one, so runs recorded before still verify and repair. The current form otherwise.
 *
 * @example runStateHash(recordedForm(facts, run, run.state.hash)) === run.state.hash
 */
export function recordedForm(
  facts: StateFacts,
  run: RunOfState,
  recordedHash: string,
): { state: AnyRunState; chunks: Map<string, string> } {
  const built = buildRunState(facts, run);
  if (runStateHash(built.state) === recordedHash) return built;
  const fourth = fourthFormOf(facts, run);
  if (runStateHash(fourth.state) === recordedHash) return fourth;
  const none = new Map<string, string>();
  const third = thirdFormOf(facts, run);
  if (runStateHash(third) === recordedHash) return { state: third, chunks: none };
  const second = asRecorded(secondFormOf(facts, run), recordedHash);
  return runStateHash(second) === recordedHash ? { state: second, chunks: none } : built;
}

/**
 * A `disco-run-state@2` state as recorded: `state` when its hash is the one recorded, or its
 * first form (`disco-run-state@1`, one object per claim) when that is the one whose hash the run
 * recorded. `state` otherwise.
 *
 * @example runStateHash(asRecorded(state, run.state.hash)) === run.state.hash
 */
export function asRecorded(state: RunStateV2, recordedHash: string): RunStateV2 | RunStateV1 {
  if (runStateHash(state) === recordedHash) return state;
  const first = firstFormOf(state);
  return runStateHash(first) === recordedHash ? first : state;
}

/** A state in its first form: the same facts, one object per carried claim in credit-entry order. */
export function firstFormOf(state: RunStateV2): RunStateV1 {
  const { carried, format: _format, ...head } = state;
  const flat = carried.flatMap((c) =>
    c.on.map((on, i) => ({
      contributionId: c.contributionId[i]!,
      memberId: c.memberId,
      stream: c.stream,
      amount: c.amount[i]!,
      on,
    })),
  );
  flat.sort((a, b) =>
    compareEntries({ ...a, amount: 0n, kind: 'earned' }, { ...b, amount: 0n, kind: 'earned' }),
  );
  return { format: 'disco-run-state@1', ...head, carried: flat };
}

export { EMPTY_RUN_START };
