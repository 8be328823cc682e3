import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import type { LedgerEvent } from '../../core/ledger/event.js';
import {
  currencySchema,
  exchangeRateSchema,
  FINANCE_EVENT,
  INCOME_SOURCES,
} from '../../core/finance/events.js';
import { calendarDateSchema, idSchema, minorAmountSchema } from '../../core/value/events.js';
import { divideHalfEven } from '../../core/value/rounding.js';
import { appendEvents } from '../ledger/append-events.js';
import type { AppContext } from '../context.js';
import { invalid, refusal } from '../errors.js';
import { newId } from '../ids.js';
import { discoToday } from '../members/member-facts.js';
import { draftOf, ensureAllowed, parseInput } from '../use-case-steps.js';
import { baseCurrency, refuseClosedDate } from './finance-facts.js';

const positive = minorAmountSchema.refine((a) => a !== '0', 'must be above 0');

export const recordIncomeInput = z.strictObject({
  source: z.enum(INCOME_SOURCES, { error: "must be 'client', 'grant' or 'donation'" }),
  amount: positive,
  currency: currencySchema,
  date: calendarDateSchema,
  projectId: idSchema.optional(),
  payer: z.string().trim().min(1).max(200).optional(),
  description: z.string().trim().min(1, 'say what the money is for').max(2000),
  /** In the same currency as `amount`. */
  fee: minorAmountSchema.optional(),
  /** Required when `currency` is not the DisCO's: base currency per unit, e.g. "1.0825". */
  exchangeRate: exchangeRateSchema.optional(),
});
export type RecordIncomeInput = z.input<typeof recordIncomeInput>;

/** Converts minor units of a foreign currency at a decimal rate, half to even (both currencies in cents). */
function convert(amount: bigint, rate: string): bigint {
  const [whole, fraction = ''] = rate.split('.');
  return divideHalfEven(amount * BigInt(`${whole}${fraction}`), 10n ** BigInt(fraction.length));
}

/**
 * Records money received: a client payment (for a livelihood project), a grant or a donation,
 * with any fee kept by a bank or platform as its own amount. Money in another currency needs the
 * exchange rate, and is recorded in the base currency with the original amount beside it. Dates
 * in a month a run closed are refused: corrections go in a later month.
 *
 * @example await recordIncome(ctx, ana, { source: 'client', amount: '150000', currency: 'EUR', date: '2026-03-02', projectId, description: 'Website, first half', fee: '250' });
 */
export async function recordIncome(
  ctx: AppContext,
  actor: Actor | null,
  input: RecordIncomeInput,
): Promise<{ incomeId: string; amount: string; currency: string; events: LedgerEvent[] }> {
  const parsed = parseInput(recordIncomeInput, input, refusal('refusal.income-cannot-be-recorded'));
  ensureAllowed('finance.record', actor);
  const base = await baseCurrency(ctx);
  const today = await discoToday(ctx);
  const foreign = parsed.currency !== base;
  const problems = [];
  if (foreign && parsed.exchangeRate === undefined) {
    problems.push({
      field: 'exchangeRate',
      message: `income in ${parsed.currency} needs an exchange rate to ${base}, the DisCO's currency (${base} per 1 ${parsed.currency}, e.g. "1.0825")`,
    });
  }
  if (!foreign && parsed.exchangeRate !== undefined)
    problems.push({
      field: 'exchangeRate',
      message: `is only for income in another currency than ${base}`,
    });
  if (parsed.fee !== undefined && BigInt(parsed.fee) >= BigInt(parsed.amount))
    problems.push({
      field: 'fee',
      message: `${parsed.fee} is not less than the amount ${parsed.amount}`,
    });
  if (parsed.date > today)
    problems.push({
      field: 'date',
      message: `is after today, ${today}; record money once it arrived`,
    });
  if (parsed.projectId !== undefined) {
    const project = await ctx.store.db
      .selectFrom('value_projects')
      .select('id')
      .where('id', '=', parsed.projectId)
      .executeTakeFirst();
    if (!project)
      problems.push({
        field: 'projectId',
        message: `unknown livelihood project "${parsed.projectId}"; list them with GET /api/projects`,
      });
  }
  if (problems.length > 0) throw invalid(refusal('refusal.income-cannot-be-recorded'), problems);
  const amount = foreign
    ? convert(BigInt(parsed.amount), parsed.exchangeRate!)
    : BigInt(parsed.amount);
  const fee =
    parsed.fee === undefined
      ? undefined
      : foreign
        ? convert(BigInt(parsed.fee), parsed.exchangeRate!)
        : BigInt(parsed.fee);
  const incomeId = newId(ctx);
  const payload = {
    incomeId,
    source: parsed.source,
    amount: amount.toString(),
    currency: base,
    date: parsed.date,
    description: parsed.description,
    ...(parsed.projectId !== undefined ? { projectId: parsed.projectId } : {}),
    ...(parsed.payer !== undefined ? { payer: parsed.payer } : {}),
    ...(fee !== undefined ? { fee: fee.toString() } : {}),
    ...(foreign
      ? {
          original: {
            amount: parsed.amount,
            currency: parsed.currency,
            rate: parsed.exchangeRate!,
          },
        }
      : {}),
  };
  const events = await appendEvents(
    ctx,
    [draftOf(ctx, actor, FINANCE_EVENT.incomeRecorded, payload)],
    { guard: refuseClosedDate(parsed.date, 'date') },
  );
  return { incomeId, amount: amount.toString(), currency: base, events };
}
