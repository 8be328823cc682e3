import { refusal } from '../errors.js';
import type { Actor } from '../../core/access/actor.js';
import { booksOf } from '../../core/books/books.js';
import { closedThrough } from '../../core/finance/state.js';
import type { AppContext } from '../context.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import { baseCurrency, readFinanceState } from './finance-facts.js';
import { periodFilterInput, type PeriodFilterInput } from './list-income.js';

export interface BooksView {
  period: string | null;
  currency: string;
  accounts: { account: string; debit: string; credit: string; balance: string }[];
  entries: {
    date: string;
    ref: string;
    text: string;
    postings: { account: string; amount: string }[];
  }[];
  trialBalance: string;
  closed: boolean;
}

/**
 * The double-entry books of a month (or of all time): each account's debits, credits and balance,
 * the journal entries, and the trial balance, which is always zero.
 *
 * @example await showBooks(ctx, ana, { period: '2026-03' }) // { trialBalance: '0', closed: true, accounts: [{ account: 'bank', ... }] }
 */
export async function showBooks(
  ctx: AppContext,
  actor: Actor | null,
  input: PeriodFilterInput,
): Promise<BooksView> {
  const parsed = parseInput(periodFilterInput, input, refusal('refusal.books-cannot-be-shown'));
  ensureAllowed('finance.read', actor);
  const finance = await readFinanceState(ctx.store.db);
  const books = booksOf(finance, parsed.period);
  const closed = closedThrough(finance);
  return {
    period: parsed.period ?? null,
    currency: await baseCurrency(ctx),
    accounts: books.accounts.map((a) => ({
      account: a.account,
      debit: a.debit.toString(),
      credit: a.credit.toString(),
      balance: a.balance.toString(),
    })),
    entries: books.entries.map((e) => ({
      ...e,
      postings: e.postings.map((p) => ({ account: p.account, amount: p.amount.toString() })),
    })),
    trialBalance: books.total.toString(),
    closed: parsed.period !== undefined && closed !== null && parsed.period <= closed,
  };
}
