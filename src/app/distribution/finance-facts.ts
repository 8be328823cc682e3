import type { Kysely } from 'kysely';
import type { JsonObject } from '../../core/ledger/canonical.js';
import { parseParameters } from '../../core/distribution/index.js';
import type { IncomeSource, ParameterDecision } from '../../core/finance/events.js';
import { periodEnd, type Period } from '../../core/finance/periods.js';
import type { RunInputs, RunOutputs } from '../../core/finance/run-record.js';
import type { FinanceState } from '../../core/finance/state.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { AppError, refusal } from '../errors.js';
import { readDiscoProfile } from '../read-disco-profile.js';

/**
 * The last month a run closed, read inside or outside the write transaction.
 *
 * @example await closedThroughNow(db) // '2026-02' or null
 */
export async function closedThroughNow(db: Kysely<Database>): Promise<Period | null> {
  const row = await db
    .selectFrom('distribution_runs')
    .select((eb) => eb.fn.max('period').as('period'))
    .executeTakeFirst();
  return row?.period ?? null;
}

/**
 * A guard for `appendEvents`: refuses a batch dated in a month a run closed meanwhile, so no
 * later event can change a closed month's figures.
 *
 * @example await appendEvents(ctx, drafts, { guard: refuseClosedDate(date, 'date') });
 */
export function refuseClosedDate(
  date: string,
  field: string,
): (db: Kysely<Database>) => Promise<void> {
  return async (db) => {
    const closed = await closedThroughNow(db);
    if (closed !== null && date <= periodEnd(closed)) {
      throw new AppError(
        422,
        'refused',
        refusal('refusal.date-in-closed-month', { date }),
        refusal('hint.record-current-month-corrections-go-later'),
        [
          {
            field,
            message: `is in ${date.slice(0, 7)}, closed by a distribution run (closed through ${closed}); corrections go in a later month`,
          },
        ],
      );
    }
  };
}

/**
 * The DisCO's base currency.
 *
 * @example await baseCurrency(ctx) // 'EUR'
 */
export async function baseCurrency(ctx: AppContext): Promise<string> {
  const profile = await readDiscoProfile(ctx);
  if (!profile)
    throw new AppError(
      409,
      'no-ledger',
      refusal('refusal.no-such-ledger'),
      refusal('hint.run-disco-init-first'),
    );
  return profile.currency;
}

/** Display names by member id, for runs and flows. */
export async function memberNames(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('members').select(['id', 'display_name']).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/**
 * The finance state as the projection holds it (what the books, flows and payouts read); equal to
 * folding the ledger's finance events, which the replay test shows for the tables.
 *
 * @example booksOf(await readFinanceState(ctx.store.db), '2026-03')
 */
export async function readFinanceState(db: Kysely<Database>): Promise<FinanceState> {
  const [income, expenses, parameters, runs, payouts] = await Promise.all([
    db.selectFrom('finance_income').selectAll().orderBy('seq').execute(),
    db.selectFrom('finance_expenses').selectAll().orderBy('seq').execute(),
    db.selectFrom('cat_parameter_versions').selectAll().orderBy('version').execute(),
    db.selectFrom('distribution_runs').selectAll().orderBy('seq').execute(),
    db.selectFrom('distribution_payouts').selectAll().orderBy('seq').execute(),
  ]);
  return {
    income: income.map((r) => ({
      id: r.id,
      source: r.source as IncomeSource,
      amount: BigInt(r.amount),
      fee: BigInt(r.fee),
      currency: r.currency,
      date: r.date,
      projectId: r.project_id,
      payer: r.payer,
      description: r.description,
      original:
        r.original === null
          ? null
          : ((o: { amount: string; currency: string; rate: string }) => ({
              ...o,
              amount: BigInt(o.amount),
            }))(JSON.parse(r.original) as { amount: string; currency: string; rate: string }),
      seq: Number(r.seq),
    })),
    expenses: expenses.map((r) => ({
      id: r.id,
      amount: BigInt(r.amount),
      currency: r.currency,
      date: r.date,
      payee: r.payee,
      reason: r.reason,
      proposalId: r.proposal_id,
      seq: Number(r.seq),
    })),
    parameters: parameters.map((r) => {
      const raw = JSON.parse(r.document) as JsonObject;
      return {
        version: r.version,
        raw,
        document: parseParameters(raw),
        effectiveFrom: r.effective_from,
        effectiveTo: r.effective_to,
        decidedBy: JSON.parse(r.decided_by) as ParameterDecision,
        seq: Number(r.seq),
      };
    }),
    runs: runs.map((r) => ({
      id: r.id,
      period: r.period,
      seq: Number(r.seq),
      ledgerSeq: Number(r.ledger_seq),
      parametersVersion: r.parameters_version,
      currency: r.currency,
      inputs: JSON.parse(r.inputs) as RunInputs,
      outputs: JSON.parse(r.outputs) as RunOutputs,
    })),
    payouts: payouts.map((r) => ({
      id: r.id,
      runId: r.run_id,
      memberId: r.member_id,
      amount: BigInt(r.amount),
      reference: r.reference,
      date: r.date,
      seq: Number(r.seq),
    })),
  };
}
