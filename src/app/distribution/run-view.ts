import type { MessageParams } from '../../core/messages/codes.js';
import type { PeriodRun } from '../../core/finance/run-record.js';
import type { Stream } from '../../core/value/streams.js';

export interface ExplanationLineView {
  text: string;
  amount: string;
  kind: string;
  /** Absent on lines of runs recorded with schema 1: faces show `text` then. */
  code?: string;
  params?: MessageParams;
}

/** A run as the faces show it (contract A): amounts as digit strings of minor units. */
export interface RunView {
  id: string | null;
  period: string;
  closed: boolean;
  algorithm: 'value-equation@1';
  parametersVersion: number | null;
  ledgerSeq: number;
  currency: string;
  totals: {
    income: string;
    buckets: { name: string; amount: string }[];
    streams: { stream: string; streams: Stream[]; pot: string; paid: string }[];
    retained: string;
    paid: string;
  };
  inputs: PeriodRun['inputs'];
  members: {
    memberId: string;
    name: string;
    amount: string;
    byStream: Record<Stream, string>;
    outstanding: string;
    explanation: ExplanationLineView[];
  }[];
  /** Active members the run paid nothing, and why; empty for runs recorded with schema 1. */
  unpaid: { memberId: string; name: string; code: string; params: MessageParams }[];
}

/**
 * The face of a run, recorded (with its id, closed) or previewed (id null). Each pot is one entry of
 * `totals.streams`: what it held and what members were paid in its streams (floors and overflow
 * included), so the `paid` of all entries adds up to `totals.paid`.
 *
 * @example runView(run, { id: null, closed: false }, names).members[0].explanation
 */
export function runView(
  run: PeriodRun,
  meta: { id: string | null; closed: boolean },
  names: ReadonlyMap<string, string>,
): RunView {
  const o = run.outputs;
  return {
    id: meta.id,
    period: run.period,
    closed: meta.closed,
    algorithm: run.algorithm,
    parametersVersion: run.parametersVersion,
    ledgerSeq: run.ledgerSeq,
    currency: run.currency,
    totals: {
      income: run.inputs.income,
      buckets: o.buckets.map((b) => ({ name: b.name, amount: b.amount })),
      streams: o.pots.map((p) => ({
        stream: p.name,
        streams: p.streams,
        pot: p.amount,
        paid: o.members
          .reduce(
            (sum, m) => sum + p.streams.reduce((s, stream) => s + BigInt(m.byStream[stream]), 0n),
            0n,
          )
          .toString(),
      })),
      retained: o.retained.amount,
      paid: o.totalPaid,
    },
    inputs: run.inputs,
    members: o.members.map((m) => ({
      memberId: m.memberId,
      name: names.get(m.memberId) ?? m.memberId,
      amount: m.payout,
      byStream: m.byStream,
      outstanding: m.outstanding,
      explanation: m.explanation.map((l) => ({
        text: l.text,
        amount: l.amount,
        kind: l.kind,
        ...(l.code !== undefined ? { code: l.code, params: l.params ?? {} } : {}),
      })),
    })),
    unpaid: (o.unpaid ?? []).map((u) => ({ ...u, name: names.get(u.memberId) ?? u.memberId })),
  };
}
