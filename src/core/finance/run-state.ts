import { canonicalBytes } from '../ledger/canonical.js';
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
import type { CreditEntry, DatingEnd, ValueState } from '../value/index.js';
import { STREAMS, type Stream } from '../value/streams.js';
import { FINANCE_EVENT } from './events.js';
import { periodEnd, type Period } from './periods.js';
import {
  creditEntriesFrom,
  EMPTY_RUN_START,
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

/** The canonical, hashed form of a run state: amounts as digit strings of minor units. */
export interface RunState {
  format: 'disco-run-state@1';
  runId: string;
  period: Period;
  /** The run read the ledger up to and including this event. */
  ledgerSeq: number;
  /** Events at or before `ledgerSeq` the next run folds again, ascending: rules, rates, projects, membership, leaves, parameter versions, income and expenses dated after the period, and every event of a contribution that may still change or pay. */
  replay: number[];
  /** What runs allocated to each member and stream through this run, by member id. */
  paid: { memberId: string; livelihood: Digits; love: Digits; care: Digits }[];
  /** Each member's payouts through this run, oldest first; members in the order they were first paid (smoothing reads them). */
  pastPayouts: { memberId: string; payouts: Digits[] }[];
  /** Payable credit entries of contributions not replayed, that payments did not cover: the member's open claims (full amounts; `paid` less `covered` is what was paid of them), in `creditEntries` order. */
  carried: {
    contributionId: string;
    memberId: string;
    stream: Stream;
    amount: Digits;
    on: string;
  }[];
  /** Per member and stream: the total of the oldest entries payments covered in full, and the last of them; by member id, then stream. */
  covered: {
    memberId: string;
    stream: Stream;
    amount: Digits;
    last: { on: string; contributionId: string; kind: 'earned' | 'released' };
  }[];
}

/**
 * Lowercase hex SHA-256 of the RFC 8785 canonical JSON of a run state.
 *
 * @example runStateHash(state) // 'a3f1…'
 */
export function runStateHash(state: RunState): string {
  return sha256(canonicalBytes(state)).toString('hex');
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
 * previous state) and what the run paid. A contribution is dropped from the replay once nothing
 * can change what it is worth to a later run: counted with payable or unpayable credit and dated
 * in or before the month, or superseded or void (and so is every contribution of its edit chain).
 *
 * @example const state = buildRunState(facts, { runId, period: '2026-03', ledgerSeq: 812, outputs });
 */
export function buildRunState(
  facts: StateFacts,
  run: { runId: string; period: Period; ledgerSeq: number; outputs: RunOutputs },
): RunState {
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
  const prefixOpen = new Set<string>();
  const carried: RunState['carried'] = [];
  for (const e of creditEntriesFrom(value, end, facts.datingEnds, start)) {
    const k = key(e.memberId, e.stream);
    const live = e.kind === 'released' || isLive(e.contributionId);
    const left = budget.get(k) ?? 0n;
    if (!prefixOpen.has(k) && !live && left >= e.amount) {
      budget.set(k, left - e.amount);
      const c = covered.get(k);
      const last = { on: e.on, contributionId: e.contributionId, kind: e.kind };
      covered.set(k, { amount: (c?.amount ?? 0n) + e.amount, last });
      continue;
    }
    prefixOpen.add(k);
    if (!live)
      carried.push({
        contributionId: e.contributionId,
        memberId: e.memberId,
        stream: e.stream,
        amount: e.amount.toString(),
        on: e.on,
      });
  }

  const replay = [
    ...index.always,
    ...index.dated.filter((d) => d.date > end).map((d) => d.seq),
    ...[...liveRoots].flatMap((root) => index.seqs.get(root) ?? []),
  ].sort((a, b) => a - b);

  const byId = (a: { memberId: string }, b: { memberId: string }) =>
    a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
  return {
    format: 'disco-run-state@1',
    runId: run.runId,
    period: run.period,
    ledgerSeq: run.ledgerSeq,
    replay,
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
    carried,
    covered: [...covered]
      .map(([k, c]) => {
        const [memberId, stream] = k.split('\u0000') as [string, Stream];
        return { memberId, stream, amount: c.amount.toString(), last: c.last };
      })
      .sort((a, b) => byId(a, b) || STREAMS.indexOf(a.stream) - STREAMS.indexOf(b.stream)),
  };
}

/**
 * The start a later run folds from: the state's totals, payouts, carried entries and covered
 * prefixes as the run-record functions take them.
 *
 * @example computePeriodRun(value, finance, { ...options, start: runStartOf(state) })
 */
export function runStartOf(state: RunState): RunStart {
  return {
    runId: state.runId,
    paid: new Map(
      state.paid.map((p) => [
        p.memberId,
        { livelihood: BigInt(p.livelihood), love: BigInt(p.love), care: BigInt(p.care) },
      ]),
    ),
    pastPayouts: new Map(state.pastPayouts.map((p) => [p.memberId, p.payouts.map(BigInt)])),
    carried: state.carried.map((c) => ({
      contributionId: c.contributionId,
      memberId: c.memberId,
      stream: c.stream,
      amount: BigInt(c.amount),
      on: c.on,
      kind: 'earned' as const,
    })),
    covered: new Map(
      state.covered.map((c) => [
        key(c.memberId, c.stream),
        { amount: BigInt(c.amount), last: c.last },
      ]),
    ),
  };
}

export { EMPTY_RUN_START };
