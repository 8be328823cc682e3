import type { FinanceState } from '../finance/state.js';
import { periodEnd, periodOfDate, type Period } from '../finance/periods.js';

/*
 * Double-entry books of the CAT, derived from the finance events alone. Every movement of money is
 * a journal entry whose postings sum to zero (debits positive, credits negative), so the trial
 * balance of any set of entries is zero. Accounts:
 *
 *   bank                 money the collective holds
 *   income:<source>      client payments, grants, donations (gross, credit)
 *   fees                 fees kept from payments (their own posting, never netted into income)
 *   expenses             what the collective spent
 *   distribution         the month's net income handed to the value equation by a run
 *   bucket:<name>        each bucket's share, and what the run retained in its retained bucket
 *   payable:<memberId>   what a run owes a member until it is paid out
 */

/** One side of an entry: positive is a debit, negative a credit, in minor units. */
export interface Posting {
  account: string;
  amount: bigint;
}

export interface JournalEntry {
  date: string;
  /** What recorded it: `income:<id>`, `expense:<id>`, `run:<id>`, `payout:<id>`. */
  ref: string;
  text: string;
  postings: Posting[];
}

export interface AccountBalance {
  account: string;
  debit: bigint;
  credit: bigint;
  /** debit - credit. */
  balance: bigint;
}

/**
 * Every journal entry of the finance state, in ledger order: income (and its fee), expenses, each
 * run's allocation to buckets, retained money and member payables (dated the last day of its
 * month), and payouts.
 *
 * @example journalOf(finance)[0].postings // [{ account: 'bank', amount: 150000n }, { account: 'income:client', amount: -150000n }]
 */
export function journalOf(finance: FinanceState): JournalEntry[] {
  const entries: { seq: number; entry: JournalEntry }[] = [];
  for (const i of finance.income) {
    const postings: Posting[] = [
      { account: 'bank', amount: i.amount },
      { account: `income:${i.source}`, amount: -i.amount },
    ];
    if (i.fee > 0n)
      postings.push({ account: 'fees', amount: i.fee }, { account: 'bank', amount: -i.fee });
    entries.push({
      seq: i.seq,
      entry: { date: i.date, ref: `income:${i.id}`, text: i.description, postings },
    });
  }
  for (const e of finance.expenses) {
    entries.push({
      seq: e.seq,
      entry: {
        date: e.date,
        ref: `expense:${e.id}`,
        text: `${e.payee}: ${e.reason}`,
        postings: [
          { account: 'expenses', amount: e.amount },
          { account: 'bank', amount: -e.amount },
        ],
      },
    });
  }
  for (const run of finance.runs) {
    const o = run.outputs;
    const postings: Posting[] = [{ account: 'distribution', amount: BigInt(run.inputs.income) }];
    for (const b of o.buckets)
      postings.push({ account: `bucket:${b.name}`, amount: -BigInt(b.amount) });
    postings.push({ account: `bucket:${o.retained.bucket}`, amount: -BigInt(o.retained.amount) });
    for (const m of o.members)
      if (m.payout !== '0')
        postings.push({ account: `payable:${m.memberId}`, amount: -BigInt(m.payout) });
    entries.push({
      seq: run.seq,
      entry: {
        date: periodEnd(run.period),
        ref: `run:${run.id}`,
        text: `Distribution of ${run.period}`,
        postings: postings.filter((p) => p.amount !== 0n),
      },
    });
  }
  for (const p of finance.payouts) {
    entries.push({
      seq: p.seq,
      entry: {
        date: p.date,
        ref: `payout:${p.id}`,
        text: `Paid out (${p.reference})`,
        postings: [
          { account: `payable:${p.memberId}`, amount: p.amount },
          { account: 'bank', amount: -p.amount },
        ],
      },
    });
  }
  return entries.sort((a, b) => a.seq - b.seq).map((e) => e.entry);
}

/**
 * Debits, credits and balance per account, accounts in code-unit order, and the sum of all
 * balances, which double entry makes zero.
 *
 * @example trialBalance(journalOf(finance)).total // 0n
 */
export function trialBalance(entries: readonly JournalEntry[]): {
  accounts: AccountBalance[];
  total: bigint;
} {
  const byAccount = new Map<string, AccountBalance>();
  let total = 0n;
  for (const entry of entries) {
    for (const p of entry.postings) {
      const a = byAccount.get(p.account) ?? {
        account: p.account,
        debit: 0n,
        credit: 0n,
        balance: 0n,
      };
      if (p.amount >= 0n) a.debit += p.amount;
      else a.credit -= p.amount;
      a.balance += p.amount;
      total += p.amount;
      byAccount.set(p.account, a);
    }
  }
  const accounts = [...byAccount.values()].sort((a, b) =>
    a.account < b.account ? -1 : a.account > b.account ? 1 : 0,
  );
  return { accounts, total };
}

/**
 * The books of one month: the entries dated in it (a run's entry is dated the month's last day),
 * or of everything when no month is given.
 *
 * @example booksOf(finance, '2026-03').total // 0n
 */
export function booksOf(
  finance: FinanceState,
  period?: Period,
): { entries: JournalEntry[]; accounts: AccountBalance[]; total: bigint } {
  const entries = journalOf(finance).filter(
    (e) => period === undefined || periodOfDate(e.date) === period,
  );
  return { entries, ...trialBalance(entries) };
}
