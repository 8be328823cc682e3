import { canonicalString } from '../ledger/canonical.js';
import type { Leave } from '../members/leaves.js';
import type { DatingEnd, ValueState } from '../value/index.js';
import {
  computePeriodRun,
  outputsForSchema,
  RunRefusal,
  StartTooLate,
  type ReceivedCredit,
  type ReceivedThanks,
  type RunStart,
} from './run-record.js';
import type { FinanceState, RunRecord } from './state.js';

export interface RunVerdict {
  runId: string;
  period: string;
  ledgerSeq: number;
  confirmed: boolean;
  /** What differs between the recorded run and the recomputation, field by field; empty when confirmed. */
  differences: string[];
}

/** The ledger folded up to a run's `ledgerSeq`: everything a run reads. */
export interface RunFacts {
  value: ValueState;
  finance: FinanceState;
  datingEnds: readonly DatingEnd[];
  leaves: readonly Leave[];
  /** Where the fold started, when not from event 1 (a recorded run state). */
  start?: RunStart;
  /** Thanks the ledger recorded, which an appreciation share follows. */
  appreciations?: readonly ReceivedThanks[];
  /** Mutual credit the ledger recorded as received, which a run may count as income. */
  credits?: readonly ReceivedCredit[];
}

/**
 * Recomputes a recorded run from the ledger as it stood at the run's `ledgerSeq` (value, finance,
 * dating ends and leaves folded up to that event) and compares every input total and output with
 * what the run recorded.
 *
 * @example verifyRun({ value, finance, datingEnds, leaves }, run) // { confirmed: true, differences: [] }
 */
export function verifyRun(facts: RunFacts, recorded: RunRecord): RunVerdict {
  const { value, finance, datingEnds, leaves } = facts;
  const verdict = (differences: string[]): RunVerdict => ({
    runId: recorded.id,
    period: recorded.period,
    ledgerSeq: recorded.ledgerSeq,
    confirmed: differences.length === 0,
    differences,
  });
  let again;
  try {
    again = computePeriodRun(value, finance, {
      period: recorded.period,
      ledgerSeq: recorded.ledgerSeq,
      currency: recorded.currency,
      datingEnds,
      leaves,
      ...(facts.start ? { start: facts.start } : {}),
      ...(facts.appreciations ? { appreciations: facts.appreciations } : {}),
      ...(facts.credits ? { credits: facts.credits } : {}),
    });
  } catch (error) {
    if (error instanceof RunRefusal || error instanceof StartTooLate)
      return verdict([`the run cannot be recomputed: ${error.message}`]);
    throw error;
  }
  again = { ...again, outputs: outputsForSchema(again.outputs, recorded.schema ?? 1) };
  const differences: string[] = [];
  const compare = (path: string, a: unknown, b: unknown) =>
    differences.push(...differencesBetween(path, a, b));
  compare('parametersVersion', recorded.parametersVersion, again.parametersVersion);
  for (const key of Object.keys({ ...recorded.inputs, ...again.inputs }).sort())
    compare(
      `inputs.${key}`,
      (recorded.inputs as unknown as Record<string, unknown>)[key],
      (again.inputs as unknown as Record<string, unknown>)[key],
    );
  const { members: recordedMembers, ...recordedRest } = recorded.outputs;
  const { members: againMembers, ...againRest } = outputsForSchema(
    again.outputs,
    recorded.schema ?? 1,
  );
  for (const key of Object.keys({ ...recordedRest, ...againRest }).sort())
    compare(
      `outputs.${key}`,
      (recordedRest as Record<string, unknown>)[key],
      (againRest as Record<string, unknown>)[key],
    );
  const byId = new Map(againMembers.map((m) => [m.memberId, m]));
  const seen = new Set<string>();
  for (const m of recordedMembers) {
    seen.add(m.memberId);
    compare(`members[${m.memberId}]`, m, byId.get(m.memberId));
  }
  for (const m of againMembers)
    if (!seen.has(m.memberId)) compare(`members[${m.memberId}]`, undefined, m);
  return verdict(differences);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Where two values differ, down to the fields that differ (`members[ana].byStream.care`), each
 * with both sides: a member's whole record cut at a fixed length would hide the one field that
 * differs behind the many that agree.
 *
 * @example differencesBetween('m', { a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 } }) // ['m.b.c: recorded 2, recomputed 3']
 */
export function differencesBetween(path: string, recorded: unknown, again: unknown): string[] {
  if (canonicalString(recorded ?? null) === canonicalString(again ?? null)) return [];
  if (isRecord(recorded) && isRecord(again))
    return Object.keys({ ...recorded, ...again })
      .sort()
      .flatMap((key) => differencesBetween(`${path}.${key}`, recorded[key], again[key]));
  if (Array.isArray(recorded) && Array.isArray(again) && recorded.length === again.length)
    return recorded.flatMap((item, i) => differencesBetween(`${path}[${i}]`, item, again[i]));
  return [`${path}: recorded ${short(recorded)}, recomputed ${short(again)}`];
}

function short(value: unknown): string {
  const text = value === undefined ? 'nothing' : canonicalString(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
