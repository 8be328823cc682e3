import type { JsonObject } from '../ledger/canonical.js';
import {
  overlapsOf,
  parseParameters,
  validateParameters,
  type ParameterDocument,
  type ParameterProblem,
} from '../distribution/index.js';
import { addDays } from '../value/calendar.js';
import type { Stream } from '../value/streams.js';
import {
  FINANCE_EVENT,
  expenseRecordedPayload,
  incomeRecordedPayload,
  parametersSetPayload,
  payoutRecordedPayload,
  runCommittedPayload,
  runCommittedPayloadV2,
  type IncomeSource,
  type ParameterDecision,
} from './events.js';
import { dayBefore, periodEnd, type Period } from './periods.js';
import type { RunInputs, RunOutputs } from './run-record.js';

export interface ParameterVersion {
  version: number;
  /** As written on the ledger. */
  raw: JsonObject;
  document: ParameterDocument;
  effectiveFrom: string;
  /** Inclusive; an open-ended document ends the day before its successor starts. */
  effectiveTo: string | null;
  decidedBy: ParameterDecision;
  seq: number;
}

export interface IncomeRecord {
  id: string;
  source: IncomeSource;
  amount: bigint;
  fee: bigint;
  currency: string;
  date: string;
  projectId: string | null;
  payer: string | null;
  description: string;
  original: { amount: bigint; currency: string; rate: string } | null;
  seq: number;
}

export interface ExpenseRecord {
  id: string;
  amount: bigint;
  currency: string;
  date: string;
  payee: string;
  reason: string;
  /** The passed proposal that decided it, when one did. */
  proposalId: string | null;
  seq: number;
}

export interface RunRecord {
  id: string;
  period: Period;
  seq: number;
  ledgerSeq: number;
  parametersVersion: number;
  currency: string;
  inputs: RunInputs;
  outputs: RunOutputs;
  /** The event's schema version: 1 before run states, 2 since. */
  schema?: number;
  /** Schema 2: the `ledgerSeq` of the run whose state this one started from (null: event 1). */
  fromSeq?: number | null;
  /** Schema 2: the hash of the state this run left, and of the one it started from. */
  state?: { hash: string; previous: string | null };
}

export interface PayoutRecord {
  id: string;
  runId: string;
  memberId: string;
  amount: bigint;
  reference: string;
  date: string;
  seq: number;
}

/** Everything the CAT knows about money, folded from the ledger, in ledger order. */
export interface FinanceState {
  parameters: readonly ParameterVersion[];
  income: readonly IncomeRecord[];
  expenses: readonly ExpenseRecord[];
  runs: readonly RunRecord[];
  payouts: readonly PayoutRecord[];
}

export const EMPTY_FINANCE_STATE: FinanceState = {
  parameters: [],
  income: [],
  expenses: [],
  runs: [],
  payouts: [],
};

/** The part of a ledger event the fold reads; a `LedgerEvent` fits as it is. */
export interface FinanceEventInput {
  seq: number;
  type: string;
  schema: number;
  payload: unknown;
}

const FINANCE_TYPES = new Set<string>(Object.values(FINANCE_EVENT));

/**
 * Folds finance events into a new state (events of other domains are skipped, so a whole ledger
 * can be passed). Payloads are parsed again: the fold must stand on the ledger alone.
 *
 * @example const finance = foldFinanceEvents(events);
 */
export function foldFinanceEvents(
  events: Iterable<FinanceEventInput>,
  from: FinanceState = EMPTY_FINANCE_STATE,
): FinanceState {
  const parameters = [...from.parameters];
  const income = [...from.income];
  const expenses = [...from.expenses];
  const runs = [...from.runs];
  const payouts = [...from.payouts];
  for (const event of events) {
    if (!FINANCE_TYPES.has(event.type)) continue;
    if (event.schema !== 1 && !(event.type === FINANCE_EVENT.runCommitted && event.schema === 2))
      continue;
    switch (event.type) {
      case FINANCE_EVENT.incomeRecorded: {
        const p = incomeRecordedPayload.parse(event.payload);
        income.push({
          id: p.incomeId,
          source: p.source,
          amount: BigInt(p.amount),
          fee: BigInt(p.fee ?? '0'),
          currency: p.currency,
          date: p.date,
          projectId: p.projectId ?? null,
          payer: p.payer ?? null,
          description: p.description,
          original: p.original
            ? {
                amount: BigInt(p.original.amount),
                currency: p.original.currency,
                rate: p.original.rate,
              }
            : null,
          seq: event.seq,
        });
        break;
      }
      case FINANCE_EVENT.expenseRecorded: {
        const p = expenseRecordedPayload.parse(event.payload);
        expenses.push({
          id: p.expenseId,
          amount: BigInt(p.amount),
          currency: p.currency,
          date: p.date,
          payee: p.payee,
          reason: p.reason,
          proposalId: p.proposalId ?? null,
          seq: event.seq,
        });
        break;
      }
      case FINANCE_EVENT.parametersSet: {
        const p = parametersSetPayload.parse(event.payload);
        const next = withParameterVersion(parameters, {
          version: p.version,
          raw: p.document,
          decidedBy: p.decidedBy,
          seq: event.seq,
        });
        parameters.splice(0, parameters.length, ...next);
        break;
      }
      case FINANCE_EVENT.runCommitted: {
        const v2 = event.schema === 2 ? runCommittedPayloadV2.parse(event.payload) : null;
        const p = v2 ?? runCommittedPayload.parse(event.payload);
        runs.push({
          id: p.runId,
          period: p.period,
          seq: event.seq,
          ledgerSeq: p.ledgerSeq,
          parametersVersion: p.parametersVersion,
          currency: p.currency,
          inputs: p.inputs as unknown as RunInputs,
          outputs: p.outputs as unknown as RunOutputs,
          schema: event.schema,
          ...(v2 ? { fromSeq: v2.fromSeq, state: v2.state } : {}),
        });
        break;
      }
      case FINANCE_EVENT.payoutRecorded: {
        const p = payoutRecordedPayload.parse(event.payload);
        payouts.push({
          id: p.payoutId,
          runId: p.runId,
          memberId: p.memberId,
          amount: BigInt(p.amount),
          reference: p.reference,
          date: p.date,
          seq: event.seq,
        });
        break;
      }
    }
  }
  return { parameters, income, expenses, runs, payouts };
}

/**
 * The parameter versions with a new document added: an open-ended document that started earlier
 * ends the day before the new one starts; a new document with the same start replaces nothing and
 * overlaps. Check a new document with `parameterVersionProblems` before recording it.
 */
export function withParameterVersion(
  versions: readonly ParameterVersion[],
  added: { version: number; raw: JsonObject; decidedBy: ParameterDecision; seq: number },
): ParameterVersion[] {
  const document = parseParameters(added.raw);
  const next = versions.map((v) =>
    v.effectiveTo === null && v.effectiveFrom < document.effectiveFrom
      ? { ...v, effectiveTo: dayBefore(document.effectiveFrom) }
      : v,
  );
  next.push({
    ...added,
    document,
    effectiveFrom: document.effectiveFrom,
    effectiveTo: document.effectiveTo ?? null,
  });
  return next;
}

/**
 * Why a parameter document cannot become the next version: its own problems (percentages over
 * 100%, negative amounts…), an effective date inside a month already closed by a run, or an
 * effective period overlapping another version's (an open-ended earlier version is ended the day
 * before instead). Empty when it may be recorded.
 *
 * @example parameterVersionProblems(finance, doc) // [{ path: 'effectiveFrom', message: '...' }]
 */
export function parameterVersionProblems(finance: FinanceState, raw: unknown): ParameterProblem[] {
  const own = validateParameters(raw);
  if (own.length > 0) return own;
  const document = parseParameters(raw);
  const closed = closedThrough(finance);
  if (closed !== null && document.effectiveFrom <= periodEnd(closed)) {
    return [
      {
        path: 'effectiveFrom',
        message: `${document.effectiveFrom} is in a month already closed by a distribution run (closed through ${closed}); start on ${addDays(periodEnd(closed), 1)} or later`,
      },
    ];
  }
  const next = withParameterVersion(finance.parameters, {
    version: finance.parameters.length + 1,
    raw: raw as JsonObject,
    decidedBy: { kind: 'founder' },
    seq: 0,
  });
  const windows = next.map((v) => ({
    version: String(v.version),
    effectiveFrom: v.effectiveFrom,
    ...(v.effectiveTo !== null ? { effectiveTo: v.effectiveTo } : {}),
  }));
  return overlapsOf(windows).map(({ earlier: ei, later: li }) => {
    const earlier = windows[ei]!;
    const from = windows[li]!.effectiveFrom;
    return {
      path: 'effectiveFrom',
      message:
        earlier.effectiveTo === undefined
          ? `overlaps an earlier parameter version: it starts on ${from}, inside version ${earlier.version}, in force from ${earlier.effectiveFrom} on`
          : `overlaps an earlier parameter version: it starts on ${from}, inside version ${earlier.version}, in force ${earlier.effectiveFrom} to ${earlier.effectiveTo}`,
    };
  });
}

/** The last month closed by a run, or null when no run was committed. Runs close months in order. */
export function closedThrough(finance: FinanceState): Period | null {
  let last: Period | null = null;
  for (const run of finance.runs) if (last === null || run.period > last) last = run.period;
  return last;
}

/** What committed runs allocated to each member and stream in total: what `paid` in balances shows. */
export function allocatedSoFar(
  finance: FinanceState,
  through?: Period,
): Map<string, Record<Stream, bigint>> {
  const paid = new Map<string, Record<Stream, bigint>>();
  for (const run of finance.runs) {
    if (through !== undefined && run.period > through) continue;
    for (const m of run.outputs.members) {
      const t = paid.get(m.memberId) ?? { livelihood: 0n, love: 0n, care: 0n };
      for (const s of ['livelihood', 'love', 'care'] as const) t[s] += BigInt(m.byStream[s]);
      paid.set(m.memberId, t);
    }
  }
  return paid;
}
