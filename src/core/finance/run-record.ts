import {
  ALGORITHM_ID,
  parametersInEffect,
  parseParameters,
  prepareClaims,
  runPrepared,
  type ParameterDocumentInput,
  type PayableClaim,
  type RunResult,
} from '../distribution/index.js';
import type { Leave } from '../members/leaves.js';
import { leavesWithin } from '../members/leaves.js';
import { formatMinor } from '../distribution/money.js';
import { message, type MessageParams } from '../messages/codes.js';
import {
  balancesOf,
  creditEntries,
  type CreditEntry,
  type DatingEnd,
  type ValueState,
} from '../value/index.js';
import { STREAMS, type Stream } from '../value/streams.js';
import { allocatedSoFar, closedThrough, type FinanceState } from './state.js';
import { periodEnd, type Period } from './periods.js';
import { smoothingContexts, type RunDates } from './smoothing-context.js';

type Amount = string;
type ByStream = Record<Stream, Amount>;

/** Every input total a run read; amounts are digit strings of minor units. */
export interface RunInputs {
  /** Income received in the month (and in earlier months no run closed), before fees. */
  grossIncome: Amount;
  fees: Amount;
  /** grossIncome - fees (+ mutualCredit.amount when counted): what the value equation shares. */
  income: Amount;
  incomeCount: number;
  /** Only when the parameters count mutual credit as income: what was received since the last run. */
  mutualCredit?: { amount: Amount; count: number };
  /** Expenses of the month (paid from the buckets; shown, not subtracted). */
  expenses: Amount;
  /** Open payable claims at the end of the month, after what earlier runs paid. */
  claims: { count: number; total: Amount; byStream: ByStream };
}

export interface RunOutputs {
  buckets: {
    name: string;
    of: 'total' | 'remainder';
    percent: number;
    base: Amount;
    amount: Amount;
  }[];
  netLiquidity: Amount;
  floors: { demanded: Amount; paid: Amount };
  pots: {
    name: string;
    streams: Stream[];
    share: number;
    amount: Amount;
    claims: Amount;
    paid: Amount;
    capped: Amount;
    unspent: Amount;
  }[];
  overflow: { amount: Amount; claims: Amount; paid: Amount; unspent: Amount } | null;
  retained: { bucket: string; amount: Amount };
  totalPaid: Amount;
  members: {
    memberId: string;
    payout: Amount;
    byStream: ByStream;
    claimsTotal: Amount;
    outstanding: Amount;
    explanation: ExplanationLineRecord[];
  }[];
  /** Schema 2: every active member the run paid nothing, with the reason. */
  unpaid?: UnpaidMember[];
}

/** One line of a member's explanation; `code` and `params` from run schema 2 on. */
export interface ExplanationLineRecord {
  kind: string;
  amount: Amount;
  text: string;
  code?: string;
  params?: MessageParams;
}

/** An active member a run paid nothing, and why (a code of `src/core/messages/codes.ts`). */
export interface UnpaidMember {
  memberId: string;
  code: string;
  params: MessageParams;
}

/**
 * The schema new runs are recorded with. Schema 2 adds `code`/`params` to explanation lines and
 * `outputs.unpaid` (and, from the scale work, where the run started from).
 */
export const RUN_SCHEMA: 1 | 2 = 2;

/**
 * A run's outputs as a run of the given schema records them: schema 1 had no `code`/`params` on
 * explanation lines and no `unpaid`, so recomputing a schema-1 run must leave them out to compare
 * equal with what it recorded. The one place that knows which fields schema 2 added.
 *
 * @example outputsForSchema(run.outputs, 1).unpaid // undefined
 */
export function outputsForSchema(outputs: RunOutputs, schema: number): RunOutputs {
  if (schema >= 2) return outputs;
  const { unpaid: _unpaid, ...rest } = outputs;
  return {
    ...rest,
    members: outputs.members.map((m) => ({
      ...m,
      explanation: m.explanation.map(({ kind, amount, text }) => ({ kind, amount, text })),
    })),
  };
}

/** A run of the value equation over one month, recorded or not. */
export interface PeriodRun {
  period: Period;
  algorithm: typeof ALGORITHM_ID;
  parametersVersion: number | null;
  ledgerSeq: number;
  currency: string;
  inputs: RunInputs;
  outputs: RunOutputs;
}

/** Why a month cannot be run, tied to a field. */
export class RunRefusal extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'RunRefusal';
  }
}

/**
 * The open payable claims at the end of a month: value's payable credit entries (counted work
 * dated in or before the month, and tranches of historical care released by dating ends on or
 * before its last day, claim id `contributionId@trancheDate`) less what committed runs already
 * paid in each member's stream, taken from the oldest entries first. So the claims always add up
 * to the balances' `payable` over the same dating ends.
 *
 * @example openClaims(value, finance, '2026-03', [])[0] // { claimId: 'c-1', memberId: 'ana', stream: 'love', amount: 40000n, earnedDate: '2026-03-01' }
 */
export function openClaims(
  value: ValueState,
  finance: FinanceState,
  period: Period,
  datingEnds: readonly DatingEnd[],
  start: RunStart = EMPTY_RUN_START,
): PayableClaim[] {
  return claimsOfRun(value, finance, period, datingEnds, start).claims;
}

/**
 * `openClaims`, and what the chunks a close did not read hide: how many claims each stands for
 * beyond the one entry (`hidden`), and per member and stream with such a chunk, the open claims
 * before it (`reach`: what this run may pay there without reading it).
 */
function claimsOfRun(
  value: ValueState,
  finance: FinanceState,
  period: Period,
  datingEnds: readonly DatingEnd[],
  start: RunStart,
): { claims: PayableClaim[]; hidden: number; reach: Map<string, bigint> } {
  let hidden = 0;
  const reach = new Map<string, bigint>();
  const paid = paidSoFar(finance, start);
  const left = new Map<string, bigint>();
  for (const [memberId, streams] of paid)
    for (const s of STREAMS) left.set(`${memberId}\u0000${s}`, streams[s]);
  for (const [key, covered] of start.covered) left.set(key, (left.get(key) ?? 0n) - covered.amount);
  const byMember = new Map<string, PayableClaim[][]>();
  // Within a member and stream, entries come oldest first: the order debts are paid in. Members
  // and streams do not share payments, so each is paid down on its own.
  for (const group of entryGroups(value, periodEnd(period), datingEnds, start)) {
    let covered = left.get(group.key) ?? 0n;
    const claims: PayableClaim[] = [];
    const lists = byMember.get(group.memberId);
    if (lists) lists.push(claims);
    else byMember.set(group.memberId, [claims]);
    let before = 0n;
    let reached = false;
    eachEntry(group, (contributionId, on, amount, kind, _fromState, unread) => {
      const take = covered < amount ? covered : amount;
      if (unread !== undefined) {
        if (take > 0n)
          throw new ChunkNotRead(
            `what was paid of ${group.memberId}'s ${group.stream} claims reaches chunk ${unread.hash}`,
          );
        hidden += unread.count - 1;
        if (!reached) reach.set(group.key, before);
        reached = true;
      } else if (!reached) before += amount - take;
      if (take > 0n) covered -= take;
      if (amount - take > 0n)
        claims.push({
          claimId: kind === 'earned' ? contributionId : `${contributionId}@${on}`,
          memberId: group.memberId,
          stream: group.stream,
          amount: amount - take,
          earnedDate: on,
        });
    });
  }
  const claims: PayableClaim[] = [];
  for (const lists of byMember.values()) mergeByAge(lists, claims);
  return { claims, hidden, reach };
}

/**
 * Appends a member's claims of every stream to `out` oldest first (date, then claim id in code
 * units), as the value equation orders them: handed over in that order, it need not sort them.
 */
function mergeByAge(lists: PayableClaim[][], out: PayableClaim[]): void {
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      const c = lists[l]![at[l]!];
      if (c === undefined) continue;
      if (best < 0) {
        best = l;
        continue;
      }
      const b = lists[best]![at[best]!]!;
      if (c.earnedDate < b.earnedDate || (c.earnedDate === b.earnedDate && c.claimId < b.claimId))
        best = l;
    }
    if (best < 0) return;
    out.push(lists[best]![at[best]!++]!);
  }
}

/**
 * One member's payable credit entries in one stream, oldest first, split by where they come from:
 * `live`, the entries of the value state given (the contributions folded this time), sorted; and
 * `carried`, those a recorded run state carries for contributions it no longer holds (its first
 * `carriedCount` are on or before the date asked for).
 */
export interface EntryGroup {
  memberId: string;
  stream: Stream;
  /** `memberId\u0000stream`. */
  key: string;
  live: CreditEntry[];
  carried: CarriedClaims | undefined;
  carriedCount: number;
}

/**
 * The payable credit entries a run reads, per member and stream: those of the value state given,
 * and those a recorded run state carries. Refuses (throws `StartTooLate`) when an entry would sort
 * at or before a member's covered prefix: the state kept only the total of those entries, so it
 * cannot say which of them a later payment covers. Groups come in the order of their first live
 * entry in `creditEntries`, then the state's own order.
 *
 * @example for (const g of entryGroups(value, '2026-03-31', datingEnds, start)) eachEntry(g, visit);
 */
export function entryGroups(
  value: ValueState,
  asOf: string,
  datingEnds: readonly DatingEnd[],
  start: RunStart = EMPTY_RUN_START,
): EntryGroup[] {
  const groups = new Map<string, EntryGroup>();
  const group = (memberId: string, stream: Stream): EntryGroup => {
    const key = `${memberId}\u0000${stream}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { memberId, stream, key, live: [], carried: undefined, carriedCount: 0 };
      groups.set(key, g);
    }
    return g;
  };
  for (const e of creditEntries(value, { asOf, datingEnds })) {
    const covered = start.covered.get(`${e.memberId}\u0000${e.stream}`);
    if (covered && compareEntryKeys(e, covered.last) <= 0)
      throw new StartTooLate(
        `${e.contributionId} (${e.on}) sorts before what the run state of ${start.runId} covered for ${e.memberId} (${e.stream})`,
      );
    group(e.memberId, e.stream).live.push(e);
  }
  for (const c of start.carried) {
    let count = c.on.length;
    while (count > 0 && c.on[count - 1]! > asOf) count--;
    if (count === 0) continue;
    const g = group(c.memberId, c.stream);
    g.carried = c;
    g.carriedCount = count;
  }
  return [...groups.values()];
}

/**
 * Visits a group's entries oldest first (date, contribution, kind), merging the live and the
 * carried ones; `fromState` says the entry is a carried one. Makes no object per carried entry.
 *
 * @example eachEntry(group, (contributionId, on, amount) => { total += amount; });
 */
export function eachEntry(
  group: EntryGroup,
  visit: (
    contributionId: string,
    on: string,
    amount: bigint,
    kind: CreditEntry['kind'],
    fromState: boolean,
    unread: ChunkRef | undefined,
  ) => void,
): void {
  const { live, carried, carriedCount } = group;
  const unread = carried?.unread;
  const fromCarried = (j: number) =>
    visit(
      carried!.contributionId[j]!,
      carried!.on[j]!,
      carried!.amount[j]!,
      'earned',
      true,
      unread?.get(j),
    );
  let i = 0;
  let j = 0;
  while (i < live.length) {
    const e = live[i]!;
    if (j < carriedCount && liveAfter(e, carried!.on[j]!, carried!.contributionId[j]!)) {
      fromCarried(j);
      j++;
    } else {
      visit(e.contributionId, e.on, e.amount, e.kind, false, undefined);
      i++;
    }
  }
  for (; j < carriedCount; j++) fromCarried(j);
}

/**
 * `compareEntryKeys(e, carried) > 0` for a carried (earned) entry, without making an object per
 * comparison. On a tie the live entry goes first, as a stable sort of live then carried put it.
 */
function liveAfter(e: CreditEntry, on: string, contributionId: string): boolean {
  if (e.on !== on) return e.on > on;
  if (e.contributionId !== contributionId) return e.contributionId > contributionId;
  return e.kind > 'earned';
}

/** The order `creditEntries` sorts in: date, member, contribution, kind (code units). */
export function compareEntries(a: CreditEntry, b: CreditEntry): number {
  return (
    compareIds(a.on, b.on) ||
    compareIds(a.memberId, b.memberId) ||
    compareIds(a.contributionId, b.contributionId) ||
    compareIds(a.kind, b.kind)
  );
}

/** Within one member: date, contribution, kind. */
export function compareEntryKeys(
  a: Pick<CreditEntry, 'on' | 'contributionId' | 'kind'>,
  b: Pick<CreditEntry, 'on' | 'contributionId' | 'kind'>,
): number {
  return (
    compareIds(a.on, b.on) ||
    compareIds(a.contributionId, b.contributionId) ||
    compareIds(a.kind, b.kind)
  );
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A recorded run state cannot carry this run: fold from event 1 instead. */
export class StartTooLate extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartTooLate';
  }
}

/**
 * A recorded state's open claims of one member in one stream, oldest first (date, then
 * contribution id; all earned), as columns: a state may carry half a million of them.
 */
export interface CarriedClaims {
  memberId: string;
  stream: Stream;
  on: readonly string[];
  contributionId: readonly string[];
  amount: readonly bigint[];
  /**
   * A `disco-run-state@4` chunk the close did not read stands as one entry, at its first claim's
   * date and id with the chunk's total: beyond what payments can reach this run, only its total
   * counts (weights, claims totals, outstanding). Index in the columns → the chunk.
   */
  unread?: ReadonlyMap<number, ChunkRef>;
}

/** How a `disco-run-state@4` names a chunk of one member's open claims in one stream (see run-state.ts). */
export interface ChunkRef {
  /** The month the claims are dated in (YYYY-MM). */
  month: string;
  /** Lowercase hex SHA-256 of the chunk's canonical JSON. */
  hash: string;
  count: number;
  /** Digits of minor units. */
  total: string;
  /** The first (oldest) claim's date and contribution id. */
  on: string;
  contributionId: string;
}

/**
 * A run would reach claims of a chunk the close did not read: read more of the state (or fold
 * from event 1).
 */
export class ChunkNotRead extends StartTooLate {
  /**
   * What the run would pay each member per stream, when it got that far: the chunks those
   * payments reach are the ones a second read needs.
   */
  readonly payments: ReadonlyMap<string, Readonly<Record<Stream, bigint>>> | null;
  constructor(
    message: string,
    payments: ReadonlyMap<string, Readonly<Record<Stream, bigint>>> | null = null,
  ) {
    super(message);
    this.name = 'ChunkNotRead';
    this.payments = payments;
  }
}

/**
 * Where a run starts from: nothing (the ledger from event 1), or what a committed run recorded
 * (see run-state.ts). The finance state beside it then holds only that run and those after it.
 */
export interface RunStart {
  /** The run whose state this is; its own outputs are already in `paid` and `pastPayouts`. */
  runId: string | null;
  /** What runs allocated to each member and stream, through `runId`. */
  paid: ReadonlyMap<string, Record<Stream, bigint>>;
  /** Each member's payouts through `runId`, oldest first, members in the order they were first paid. */
  pastPayouts: ReadonlyMap<string, readonly bigint[]>;
  /** Payable entries of contributions the state no longer holds and that payments did not cover, per member and stream. */
  carried: readonly CarriedClaims[];
  /** Per `member\u0000stream`: the total of the oldest entries payments covered, and the last of them. */
  covered: ReadonlyMap<
    string,
    { amount: bigint; last: Pick<CreditEntry, 'on' | 'contributionId' | 'kind'> }
  >;
  /** The hashes of the chunks a `disco-run-state@4` or later names (read or not): the next state need not store them again. */
  chunks?: ReadonlySet<string>;
  /**
   * The buckets of dormant work a `disco-run-state@5` names, by their first head id, and the
   * hashes of those read into the fold (filled as the fold reads them): the others are carried
   * into the next state by reference.
   */
  dormant?: { refs: readonly BucketRef[]; read: ReadonlySet<string> };
}

/** A bucket of dormant work (see run-state.ts), as a `disco-run-state@5` names it. */
export interface BucketRef {
  /** The id of the newest version (head) of the bucket's first edit chain. */
  first: string;
  /** Lowercase hex SHA-256 of the bucket's canonical JSON. */
  hash: string;
  /** How many contributions (every version of each chain) the bucket holds. */
  count: number;
}

export const EMPTY_RUN_START: RunStart = {
  runId: null,
  paid: new Map(),
  pastPayouts: new Map(),
  carried: [],
  covered: new Map(),
};

/** Runs of the finance state the start does not already count. */
function runsAfterStart(finance: FinanceState, start: RunStart) {
  return start.runId === null ? finance.runs : finance.runs.filter((r) => r.id !== start.runId);
}

/** What runs allocated so far: the start's totals and the runs folded since. */
export function paidSoFar(
  finance: FinanceState,
  start: RunStart = EMPTY_RUN_START,
  through?: Period,
): Map<string, Record<Stream, bigint>> {
  const paid = new Map<string, Record<Stream, bigint>>();
  for (const [memberId, t] of start.paid) paid.set(memberId, { ...t });
  const more = allocatedSoFar({ ...finance, runs: runsAfterStart(finance, start) }, through);
  for (const [memberId, t] of more) {
    const sum = paid.get(memberId) ?? { livelihood: 0n, love: 0n, care: 0n };
    for (const s of STREAMS) sum[s] += t[s];
    paid.set(memberId, sum);
  }
  return paid;
}

/** Each member's payouts of runs before `period`, oldest first: the start's and the runs folded since. */
export function pastPayoutsBefore(
  finance: FinanceState,
  period: Period,
  start: RunStart = EMPTY_RUN_START,
): Map<string, bigint[]> {
  const past = new Map<string, bigint[]>();
  for (const [memberId, list] of start.pastPayouts) past.set(memberId, [...list]);
  for (const run of [...runsAfterStart(finance, start)].sort((a, b) =>
    a.period < b.period ? -1 : 1,
  )) {
    if (run.period >= period) continue;
    for (const m of run.outputs.members) {
      const list = past.get(m.memberId) ?? [];
      list.push(BigInt(m.payout));
      past.set(m.memberId, list);
    }
  }
  return past;
}

/**
 * The dates a month's run takes in: the month itself and any earlier month no run closed (a month
 * skipped is shared with the next run, never lost). Income, expenses, leave and care hours are
 * all read over these same dates.
 *
 * @example runDates(finance, '2026-03') // { after: '2026-02-28', through: '2026-03-31' } when a run closed February
 */
export function runDates(finance: FinanceState, period: Period): RunDates {
  let before: Period | null = null;
  for (const run of finance.runs)
    if (run.period < period && (before === null || run.period > before)) before = run.period;
  return { after: before === null ? '' : periodEnd(before), through: periodEnd(period) };
}

/**
 * Whether a date falls in a month's run (see `runDates`).
 *
 * @example datedInRun(finance, '2026-03')('2026-01-15') // true when no run closed January
 */
export function datedInRun(finance: FinanceState, period: Period): (date: string) => boolean {
  const { after, through } = runDates(finance, period);
  return (date) => date > after && date <= through;
}

/**
 * Runs the value equation over one month from the folded ledger: the income of the month net of
 * fees, the open claims at its end (with the care released by the given dating ends, folded from
 * the same ledger), the parameter version in force on its last day (or the given document, for
 * a what-if), and what smoothing sees of each member (`smoothingContexts`: past payouts, leaves
 * and care hours in the run's dates). Pure: the node, an auditor holding an export and a test all
 * compute a run with this one function.
 *
 * @example const run = computePeriodRun(value, finance, { period: '2026-03', ledgerSeq: 812, currency: 'EUR', datingEnds, leaves });
 */
export function computePeriodRun(
  value: ValueState,
  finance: FinanceState,
  options: {
    period: Period;
    ledgerSeq: number;
    currency: string;
    datingEnds: readonly DatingEnd[];
    leaves: readonly Leave[];
    parameters?: ParameterDocumentInput;
    minorDigits?: number;
    /** Where the fold started; the ledger from event 1 when absent. */
    start?: RunStart;
    /** Thanks recorded in the ledger (any, in seq order); the run counts those since the last run. */
    appreciations?: readonly ReceivedThanks[];
    /** Mutual credit received (any, in seq order); counted as income only when the parameters say so. */
    credits?: readonly ReceivedCredit[];
  },
): PeriodRun {
  const start = options.start ?? EMPTY_RUN_START;
  const { period } = options;
  let parametersVersion: number | null = null;
  let parameters = options.parameters;
  if (parameters === undefined) {
    const version = parametersInEffect(
      finance.parameters.map((v) => ({
        ...v,
        version: String(v.version),
        effectiveTo: v.effectiveTo ?? undefined,
      })),
      periodEnd(period),
    );
    if (!version)
      throw new RunRefusal(
        'period',
        `no CAT parameter document is in effect on ${periodEnd(period)}; the first one is set by a founder, later ones by a passed cat-parameter-change proposal`,
      );
    parametersVersion = Number(version.version);
    parameters = version.raw as ParameterDocumentInput;
  }
  const inRun = datedInRun(finance, period);
  const income = finance.income.filter((i) => inRun(i.date));
  const grossIncome = income.reduce((sum, i) => sum + i.amount, 0n);
  const fees = income.reduce((sum, i) => sum + i.fee, 0n);
  const expenses = finance.expenses
    .filter((e) => inRun(e.date))
    .reduce((sum, e) => sum + e.amount, 0n);
  const { claims, hidden, reach } = claimsOfRun(value, finance, period, options.datingEnds, start);
  const byStream: Record<Stream, bigint> = { livelihood: 0n, love: 0n, care: 0n };
  for (const c of claims) byStream[c.stream] += c.amount;
  const params = parseParameters(parameters);
  const credit =
    params.mutualCreditIncome === true
      ? creditInRun(finance, period, options.ledgerSeq, options.currency, options.credits ?? [])
      : null;
  const shared = grossIncome - fees + (credit?.amount ?? 0n);
  const members = smoothingContexts(
    value,
    pastPayoutsBefore(finance, period, start),
    options.leaves,
    runDates(finance, period),
    params,
  );
  const result = runPrepared(
    params,
    shared,
    prepareClaims(claims),
    members,
    options.minorDigits ?? 2,
    thanksInRun(finance, period, options.ledgerSeq, options.appreciations ?? []),
  );
  for (const m of result.members)
    for (const s of STREAMS) {
      const most = reach.get(`${m.memberId}\u0000${s}`);
      if (most !== undefined && m.byStream[s] > most)
        throw new ChunkNotRead(
          `the run pays ${m.memberId}'s ${s} claims into a chunk not read`,
          new Map(result.members.map((p) => [p.memberId, p.byStream])),
        );
    }
  return {
    period,
    algorithm: ALGORITHM_ID,
    parametersVersion,
    ledgerSeq: options.ledgerSeq,
    currency: options.currency,
    inputs: {
      grossIncome: grossIncome.toString(),
      fees: fees.toString(),
      income: shared.toString(),
      incomeCount: income.length,
      ...(credit === null
        ? {}
        : { mutualCredit: { amount: credit.amount.toString(), count: credit.count } }),
      expenses: expenses.toString(),
      claims: {
        count: claims.length + hidden,
        total: (byStream.livelihood + byStream.love + byStream.care).toString(),
        byStream: digits(byStream),
      },
    },
    outputs: {
      ...withCreditLine(encodeOutputs(result), credit, options.minorDigits ?? 2),
      unpaid: unpaidMembers(value, result, {
        dates: runDates(finance, period),
        datingEnds: options.datingEnds,
        leaves: options.leaves,
      }),
    },
  };
}

/** Mutual credit this DisCO received from a federated DisCO, where the ledger recorded it. */
export interface ReceivedCredit {
  seq: number;
  amount: bigint;
  currency: string;
}

/**
 * The mutual credit received since the run before this month's (after its `ledgerSeq`) up to this
 * run's `ledgerSeq`, in the run's currency: the window `thanksInRun` uses, for the same reason (a
 * run state's fold starts after that run). Credit in another currency has no rate to convert it,
 * so it is left out rather than added as if it were the same money.
 *
 * @example creditInRun(finance, '2026-03', 812, 'EUR', [{ seq: 700, amount: 5000n, currency: 'EUR' }]) // { amount: 5000n, count: 1 }
 */
export function creditInRun(
  finance: FinanceState,
  period: Period,
  ledgerSeq: number,
  currency: string,
  credits: readonly ReceivedCredit[],
): { amount: bigint; count: number } {
  const after = finance.runs
    .filter((r) => r.period < period)
    .reduce((latest, r) => Math.max(latest, r.ledgerSeq), 0);
  let amount = 0n;
  let count = 0;
  for (const c of credits)
    if (c.seq > after && c.seq <= ledgerSeq && c.currency === currency) {
      amount += c.amount;
      count += 1;
    }
  return { amount, count };
}

/**
 * Each paid member's explanation opens with the credit the income includes, so nobody reads a
 * larger pot without knowing where it came from.
 */
function withCreditLine(
  outputs: RunOutputs,
  credit: { amount: bigint; count: number } | null,
  minorDigits: number,
): RunOutputs {
  if (credit === null || credit.count === 0) return outputs;
  const line: ExplanationLineRecord = {
    kind: 'info',
    amount: '0',
    text: `The income shared includes ${formatMinor(credit.amount, minorDigits)} received in mutual credit from federated DisCOs (${credit.count} transfer${credit.count === 1 ? '' : 's'}), as the CAT parameters count it`,
    ...message('run.income.mutual-credit', {
      creditAmount: credit.amount.toString(),
      count: credit.count,
    }),
  };
  return {
    ...outputs,
    members: outputs.members.map((m) => ({ ...m, explanation: [line, ...m.explanation] })),
  };
}

/** One thanks a member received, where the ledger recorded it. */
export interface ReceivedThanks {
  seq: number;
  memberId: string;
}

/**
 * The thanks each member received since the run before this month's (after its `ledgerSeq`) up to
 * this run's `ledgerSeq`: what the appreciation share follows. A run state's fold starts after that
 * same run, so both folds see the same thanks, and the run event needs no list of them.
 *
 * @example thanksInRun(finance, '2026-03', 812, [{ seq: 700, memberId: 'ana' }]) // { ana: 1 }
 */
export function thanksInRun(
  finance: FinanceState,
  period: Period,
  ledgerSeq: number,
  appreciations: readonly ReceivedThanks[],
): Record<string, number> {
  const after = finance.runs
    .filter((r) => r.period < period)
    .reduce((latest, r) => Math.max(latest, r.ledgerSeq), 0);
  const counts: Record<string, number> = {};
  for (const t of appreciations)
    if (t.seq > after && t.seq <= ledgerSeq) counts[t.memberId] = (counts[t.memberId] ?? 0) + 1;
  return counts;
}

/**
 * The active members a run paid nothing, each with one reason, in member id order. Active: the
 * member has open claims, counted work dated in the run, care still historical at its end, or a
 * leave in it.
 * The first reason that applies is given: open claims the money did not reach; care waiting for
 * dating to end; casual work the casual rule does not pay; a leave; otherwise no open claims.
 *
 * @example unpaidMembers(value, result, { dates, datingEnds, leaves })[0] // { memberId: 'dan', code: 'unpaid.historical-care', params: { historicalAmount: '24000' } }
 */
export function unpaidMembers(
  value: ValueState,
  result: RunResult,
  options: { dates: RunDates; datingEnds: readonly DatingEnd[]; leaves: readonly Leave[] },
): UnpaidMember[] {
  const { dates } = options;
  const historical = new Map<string, bigint>();
  const recorded = new Map<string, bigint>();
  const add = (map: Map<string, bigint>, id: string, amount: bigint) =>
    map.set(id, (map.get(id) ?? 0n) + amount);
  for (const b of balancesOf(value, { asOf: dates.through, datingEnds: options.datingEnds }))
    if (b.historical > 0n) add(historical, b.memberId, b.historical);
  const active = new Set<string>(historical.keys());
  for (const c of value.contributions.values()) {
    if (c.validation.status !== 'counted' || c.date <= dates.after || c.date > dates.through)
      continue;
    active.add(c.member);
    if (c.credit.standing === 'unpayable') add(recorded, c.member, c.credit.amount);
  }
  const onLeave = new Set(leavesWithin(options.leaves, dates.after, dates.through).keys());
  for (const id of onLeave) active.add(id);
  const paid = new Map(result.members.map((m) => [m.memberId, m]));
  for (const m of result.members) if (m.payout === 0n) active.add(m.memberId);
  const unpaid: UnpaidMember[] = [];
  for (const memberId of [...active].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const run = paid.get(memberId);
    if (run !== undefined && run.payout > 0n) continue;
    let said;
    if (run !== undefined && run.claimsTotal > 0n)
      said = message('unpaid.claims-not-reached', { claimsAmount: run.claimsTotal.toString() });
    else if (historical.has(memberId))
      said = message('unpaid.historical-care', {
        historicalAmount: historical.get(memberId)!.toString(),
      });
    else if (recorded.has(memberId))
      said = message('unpaid.casual-not-payable', {
        recordedAmount: recorded.get(memberId)!.toString(),
      });
    else if (onLeave.has(memberId)) said = message('unpaid.on-leave');
    else said = message('unpaid.no-claims');
    unpaid.push({ memberId, ...said });
  }
  return unpaid;
}

/**
 * Why a month may not be committed now: a run already closed it or a later month (runs close
 * months in order; corrections go in a later month), or it has not ended yet.
 *
 * @example commitProblems(finance, '2026-03', '2026-04-02') // []
 */
export function commitProblems(
  finance: FinanceState,
  period: Period,
  today: string,
): { field: string; message: string }[] {
  const closed = closedThrough(finance);
  if (closed !== null && period <= closed) {
    return [
      {
        field: 'period',
        message:
          closed === period
            ? `${period} is already closed by a distribution run; corrections go in a later month`
            : skippedMonthMessage(period, closed),
      },
    ];
  }
  if (periodEnd(period) >= today)
    return [
      {
        field: 'period',
        message: `${period} has not ended yet (today is ${today}); commit a run once the month is over, or preview it now`,
      },
    ];
  return [];
}

function skippedMonthMessage(period: Period, closed: Period): string {
  return `${period} is before ${closed}, which a run already closed; runs close months in order`;
}

/**
 * Why a month cannot be previewed: one that no run closed but that lies before a closed month can
 * never be committed, so a preview of it would show a run that cannot happen. (A month a run closed
 * is previewed as that run read the ledger.)
 *
 * @example previewProblems(finance, '2026-01') // [{ field: 'period', message: '2026-01 is before 2026-02, …' }]
 */
export function previewProblems(
  finance: FinanceState,
  period: Period,
): { field: string; message: string }[] {
  const closed = closedThrough(finance);
  if (closed === null || period >= closed || finance.runs.some((r) => r.period === period))
    return [];
  return [{ field: 'period', message: skippedMonthMessage(period, closed) }];
}

function digits(byStream: Record<Stream, bigint>): ByStream {
  return {
    livelihood: byStream.livelihood.toString(),
    love: byStream.love.toString(),
    care: byStream.care.toString(),
  };
}

/**
 * The result without per-claim detail (it follows from the payouts, oldest claims first), amounts as digits.
 *
 * @example encodeOutputs(runValueEquation(input)).totalPaid // '412000'
 */
export function encodeOutputs(r: RunResult): RunOutputs {
  const s = (x: bigint) => x.toString();
  return {
    buckets: r.buckets.map((b) => ({
      name: b.name,
      of: b.of,
      percent: b.percent,
      base: s(b.base),
      amount: s(b.amount),
    })),
    netLiquidity: s(r.netLiquidity),
    floors: { demanded: s(r.floors.demanded), paid: s(r.floors.paid) },
    pots: r.pots.map((p) => ({
      name: p.name,
      streams: p.streams,
      share: p.share,
      amount: s(p.amount),
      claims: s(p.claims),
      paid: s(p.paid),
      capped: s(p.capped),
      unspent: s(p.unspent),
    })),
    overflow: r.overflow
      ? {
          amount: s(r.overflow.amount),
          claims: s(r.overflow.claims),
          paid: s(r.overflow.paid),
          unspent: s(r.overflow.unspent),
        }
      : null,
    retained: { bucket: r.retained.bucket, amount: s(r.retained.amount) },
    totalPaid: s(r.totalPaid),
    members: r.members.map((m) => ({
      memberId: m.memberId,
      payout: s(m.payout),
      byStream: digits(m.byStream),
      claimsTotal: s(m.claimsTotal),
      outstanding: s(m.outstanding),
      explanation: m.explanation.map((l) => ({
        kind: l.kind,
        amount: s(l.amount),
        text: l.text,
        code: l.code,
        params: l.params,
      })),
    })),
  };
}
