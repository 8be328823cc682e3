/** Row types of the distribution projection (migration 0030); amounts are digit strings of minor units. */

export interface FinanceIncomeTable {
  id: string;
  seq: number;
  source: string;
  amount: string;
  fee: string;
  currency: string;
  date: string;
  period: string;
  project_id: string | null;
  payer: string | null;
  description: string;
  /** JSON `{ amount, currency, rate }` when paid in another currency. */
  original: string | null;
  recorded_by: string | null;
}

export interface FinanceExpensesTable {
  id: string;
  seq: number;
  amount: string;
  currency: string;
  date: string;
  period: string;
  payee: string;
  reason: string;
  recorded_by: string | null;
  /** The passed proposal that decided the expense, when one did. */
  proposal_id: string | null;
}

export interface CatParameterVersionsTable {
  version: number;
  seq: number;
  effective_from: string;
  effective_to: string | null;
  /** The document as written, canonical JSON. */
  document: string;
  /** JSON `{ kind: 'founder' }` or `{ kind: 'proposal', proposalId }`. */
  decided_by: string;
}

export interface DistributionRunsTable {
  id: string;
  seq: number;
  period: string;
  ledger_seq: number;
  algorithm: string;
  parameters_version: number;
  currency: string;
  /** Canonical JSON of the run's input totals. */
  inputs: string;
  /** Canonical JSON of the run's outputs. */
  outputs: string;
  committed_at: string;
}

export interface DistributionAllocationsTable {
  run_id: string;
  member_id: string;
  stream: string;
  period: string;
  paid_on: string;
  amount_minor: string | number | bigint;
}

export interface DistributionPayoutsTable {
  id: string;
  seq: number;
  run_id: string;
  member_id: string;
  amount: string;
  reference: string;
  date: string;
  recorded_by: string | null;
}
