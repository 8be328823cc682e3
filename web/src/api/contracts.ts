// Hand-typed shapes of the distribution and dashboard routes (contracts A and B of this
// session), until they are in the server's OpenAPI document and schema.d.ts carries them.

export type Stream = 'livelihood' | 'love' | 'care';

export interface ParamVersion {
  version: number;
  algorithm: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  document: Record<string, unknown>;
  decidedBy: { kind: 'founder' } | { kind: 'proposal'; proposalId: string };
  seq: number;
}

export interface CatParameters {
  current: ParamVersion | null;
  history: ParamVersion[];
}

export interface ExplanationLine {
  text: string;
  amount: string;
}

export interface RunMember {
  memberId: string;
  name: string;
  amount: string;
  byStream: Record<Stream, string>;
  explanation: ExplanationLine[];
}

export interface Run {
  id: string | null;
  period: string;
  closed: boolean;
  algorithm: string;
  parametersVersion: number | null;
  ledgerSeq: number;
  currency: string;
  totals: {
    income: string;
    buckets: Array<{ name: string; amount: string }>;
    streams: Array<{ stream: Stream; pot: string; paid: string }>;
    retained: string;
    paid: string;
  };
  members: RunMember[];
}

export interface RunSummary {
  id: string;
  period: string;
  [key: string]: unknown;
}

export interface WhatIf {
  periods: Array<{
    period: string;
    members: Array<{
      memberId: string;
      name: string;
      current: string;
      candidate: string;
      delta: string;
    }>;
    totals: { current: string; candidate: string };
  }>;
}

export interface Flows {
  period: string;
  currency: string;
  nodes: Array<{
    id: string;
    label: string;
    kind: 'source' | 'bucket' | 'stream' | 'member' | 'retained';
  }>;
  links: Array<{ source: string; target: string; amount: string }>;
}

export interface Dashboard {
  period: string;
  currency: string;
  streamsOverTime: Array<{ week: string } & Record<Stream, string>>;
  care: { shares: Array<{ memberId: string; name: string; share: number }>; gini: number };
  duties: Array<{ memberId: string; name: string; owed: string; done: string }>;
  proposalsAwaitingMyVote: Array<{ id: string; title: string; deadline: string }>;
}
