import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import { currencySchema, FINANCE_EVENT } from '../../core/finance/events.js';
import { calendarDateSchema, idSchema, minorAmountSchema } from '../../core/value/events.js';
import { refuseUnlessPassed } from '../governance/passed-proposal.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import { newId } from '../ids.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { baseCurrency, refuseClosedDate } from './finance-facts.js';

export const recordExpenseInput = z.strictObject({
  amount: minorAmountSchema.refine((a) => a !== '0', 'must be above 0'),
  currency: currencySchema,
  date: calendarDateSchema,
  payee: z.string().trim().min(1, 'name who was paid').max(200),
  reason: z.string().trim().min(1, 'say why the money was spent').max(2000),
  /** The passed proposal that decided the expense. */
  proposalId: idSchema.optional(),
});
export type RecordExpenseInput = z.input<typeof recordExpenseInput>;

/**
 * Records money the collective spent, in the base currency, with its payee and reason.
 *
 * @example await recordExpense(ctx, ana, { amount: '4500', currency: 'EUR', date: '2026-03-05', payee: 'Hosting Coop', reason: 'Servers for March' });
 */
export async function recordExpense(
  ctx: AppContext,
  actor: Actor | null,
  input: RecordExpenseInput,
): Promise<{ expenseId: string; events: LedgerEvent[] }> {
  const parsed = parseInput(
    recordExpenseInput,
    input,
    refusal('refusal.expense-cannot-be-recorded'),
  );
  ensureAllowed('finance.record', actor);
  const base = await baseCurrency(ctx);
  const today = await discoToday(ctx);
  const problems = [];
  if (parsed.currency !== base)
    problems.push({
      field: 'currency',
      message: `expenses are recorded in ${base}, the DisCO's currency; convert ${parsed.currency} first`,
    });
  if (parsed.date > today) problems.push({ field: 'date', message: `is after today, ${today}` });
  if (problems.length > 0) throw invalid(refusal('refusal.expense-cannot-be-recorded'), problems);
  const expenseId = newId(ctx);
  const events = await appendEvents(
    ctx,
    [draftOf(ctx, actor, FINANCE_EVENT.expenseRecorded, { expenseId, ...parsed })],
    {
      guard: async (db) => {
        await refuseClosedDate(parsed.date, 'date')(db);
        if (parsed.proposalId !== undefined) await refuseUnlessPassed(db, parsed.proposalId);
      },
    },
  );
  return { expenseId, events };
}
