import { canonicalString } from '../../core/ledger/canonical.js';
import { FINANCE_EVENT } from '../../core/finance/events.js';
import { dayBefore, periodEnd, periodOfDate } from '../../core/finance/periods.js';
import type { RunOutputs } from '../../core/finance/run-record.js';
import { STREAMS } from '../../core/value/streams.js';
import type { Projector } from './projector.js';

/**
 * Income, expenses, CAT parameter versions, committed runs (with what each allocated per member
 * and stream, which `paid` balances sum) and payouts. A new parameter version ends an open-ended
 * earlier one the day before it starts, exactly as core's `withParameterVersion` does.
 *
 * @example await store.db.selectFrom('distribution_runs').selectAll().where('period', '=', '2026-03').executeTakeFirst();
 */
export const distributionProjector: Projector = {
  name: 'distribution',
  tables: [
    'finance_income',
    'finance_expenses',
    'cat_parameter_versions',
    'distribution_runs',
    'distribution_allocations',
    'distribution_payouts',
  ],
  types: [
    FINANCE_EVENT.incomeRecorded,
    FINANCE_EVENT.expenseRecorded,
    FINANCE_EVENT.parametersSet,
    FINANCE_EVENT.runCommitted,
    FINANCE_EVENT.payoutRecorded,
  ],
  async apply(db, event) {
    // The app validated every payload against the catalog before it was sealed.
    switch (event.type) {
      case FINANCE_EVENT.incomeRecorded: {
        const p = event.payload;
        await db
          .insertInto('finance_income')
          .values({
            id: p.incomeId,
            seq: event.seq,
            source: p.source,
            amount: p.amount,
            fee: p.fee ?? '0',
            currency: p.currency,
            date: p.date,
            period: periodOfDate(p.date),
            project_id: p.projectId ?? null,
            payer: p.payer ?? null,
            description: p.description,
            original: p.original ? canonicalString(p.original) : null,
            recorded_by: event.actor,
          })
          .execute();
        return;
      }
      case FINANCE_EVENT.expenseRecorded: {
        const p = event.payload;
        await db
          .insertInto('finance_expenses')
          .values({
            id: p.expenseId,
            seq: event.seq,
            amount: p.amount,
            currency: p.currency,
            date: p.date,
            period: periodOfDate(p.date),
            payee: p.payee,
            reason: p.reason,
            recorded_by: event.actor,
            proposal_id: p.proposalId ?? null,
          })
          .execute();
        return;
      }
      case FINANCE_EVENT.parametersSet: {
        const p = event.payload;
        const from = String(p.document['effectiveFrom']);
        const to = p.document['effectiveTo'];
        await db
          .updateTable('cat_parameter_versions')
          .set({ effective_to: dayBefore(from) })
          .where('effective_to', 'is', null)
          .where('effective_from', '<', from)
          .execute();
        await db
          .insertInto('cat_parameter_versions')
          .values({
            version: p.version,
            seq: event.seq,
            effective_from: from,
            effective_to: typeof to === 'string' ? to : null,
            document: canonicalString(p.document),
            decided_by: canonicalString(p.decidedBy),
          })
          .execute();
        return;
      }
      case FINANCE_EVENT.runCommitted: {
        const p = event.payload;
        await db
          .insertInto('distribution_runs')
          .values({
            id: p.runId,
            seq: event.seq,
            period: p.period,
            ledger_seq: p.ledgerSeq,
            algorithm: p.algorithm,
            parameters_version: p.parametersVersion,
            currency: p.currency,
            inputs: canonicalString(p.inputs),
            outputs: canonicalString(p.outputs),
            committed_at: event.time,
          })
          .execute();
        const outputs = p.outputs as unknown as RunOutputs;
        const rows = outputs.members.flatMap((m) =>
          STREAMS.filter((s) => m.byStream[s] !== '0').map((stream) => ({
            run_id: p.runId,
            member_id: m.memberId,
            stream,
            period: p.period,
            paid_on: periodEnd(p.period),
            amount_minor: m.byStream[stream],
          })),
        );
        for (let i = 0; i < rows.length; i += 200)
          await db
            .insertInto('distribution_allocations')
            .values(rows.slice(i, i + 200))
            .execute();
        return;
      }
      case FINANCE_EVENT.payoutRecorded: {
        const p = event.payload;
        await db
          .insertInto('distribution_payouts')
          .values({
            id: p.payoutId,
            seq: event.seq,
            run_id: p.runId,
            member_id: p.memberId,
            amount: p.amount,
            reference: p.reference,
            date: p.date,
            recorded_by: event.actor,
          })
          .execute();
        return;
      }
    }
  },
};
