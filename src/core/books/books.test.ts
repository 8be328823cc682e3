import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runValueEquation, STREAMS } from '../distribution/index.js';
import { encodeOutputs } from '../finance/run-record.js';
import { EMPTY_FINANCE_STATE, type FinanceState } from '../finance/state.js';
import { booksOf, journalOf, trialBalance } from './books.js';

const MEMBERS = ['ana', 'bo', 'cy'];
const money = fc.bigInt({ min: 1n, max: 5_000_000n });

/** A finance state with random income (and fees), expenses, one real run over random claims and payouts of part of it. */
const financeArb: fc.Arbitrary<FinanceState> = fc
  .record({
    income: fc.array(
      fc.record({
        source: fc.constantFrom('client' as const, 'grant' as const, 'donation' as const),
        amount: money,
        feeShare: fc.integer({ min: 0, max: 99 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      { maxLength: 6 },
    ),
    expenses: fc.array(fc.record({ amount: money, day: fc.integer({ min: 1, max: 28 }) }), {
      maxLength: 4,
    }),
    claims: fc.array(
      fc.record({
        memberId: fc.constantFrom(...MEMBERS),
        stream: fc.constantFrom(...STREAMS),
        amount: fc.bigInt({ min: 1n, max: 900_000n }),
      }),
      { maxLength: 10 },
    ),
    commons: fc.integer({ min: 0, max: 5000 }),
    livelihood: fc.integer({ min: 0, max: 10000 }),
    payoutShare: fc.integer({ min: 0, max: 100 }),
  })
  .map((r) => {
    let seq = 0;
    const income = r.income.map((i, k) => ({
      id: `i${k}`,
      source: i.source,
      amount: i.amount,
      fee: (i.amount * BigInt(i.feeShare)) / 100n,
      currency: 'EUR',
      date: `2026-03-${String(i.day).padStart(2, '0')}`,
      projectId: null,
      payer: null,
      description: 'money',
      original: null,
      seq: ++seq,
    }));
    const expenses = r.expenses.map((e, k) => ({
      id: `e${k}`,
      amount: e.amount,
      currency: 'EUR',
      date: `2026-03-${String(e.day).padStart(2, '0')}`,
      payee: 'p',
      reason: 'r',
      proposalId: null,
      seq: ++seq,
    }));
    const net = income.reduce((s, i) => s + i.amount - i.fee, 0n);
    const result = runValueEquation({
      income: net,
      parameters: {
        algorithm: 'value-equation@1',
        version: 't',
        effectiveFrom: '2026-01-01',
        buckets: [{ name: 'commons', of: 'total', percent: r.commons }],
        streamSplit: [
          { streams: ['livelihood'], share: r.livelihood },
          { streams: ['love', 'care'], share: 10000 - r.livelihood },
        ],
        retainedBucket: 'reserve',
      },
      claims: r.claims.map((c, k) => ({ ...c, claimId: `c${k}`, earnedDate: '2026-03-01' })),
    });
    const outputs = encodeOutputs(result);
    const inputs = {
      grossIncome: '0',
      fees: '0',
      income: net.toString(),
      incomeCount: income.length,
      expenses: '0',
      claims: { count: 0, total: '0', byStream: { livelihood: '0', love: '0', care: '0' } },
    };
    const run = {
      id: 'run',
      period: '2026-03',
      seq: ++seq,
      ledgerSeq: seq - 1,
      parametersVersion: 1,
      currency: 'EUR',
      inputs,
      outputs,
    };
    const payouts = result.members
      .filter((m) => (m.payout * BigInt(r.payoutShare)) / 100n > 0n)
      .map((m, k) => ({
        id: `p${k}`,
        runId: 'run',
        memberId: m.memberId,
        amount: (m.payout * BigInt(r.payoutShare)) / 100n,
        reference: 'ref',
        date: '2026-04-02',
        seq: ++seq,
      }));
    return { ...EMPTY_FINANCE_STATE, income, expenses, runs: [run], payouts };
  });

describe('double-entry books', () => {
  it('every entry balances and so does the trial balance, of any month and of all time', () => {
    fc.assert(
      fc.property(financeArb, (finance) => {
        for (const entry of journalOf(finance))
          expect(entry.postings.reduce((s, p) => s + p.amount, 0n)).toBe(0n);
        for (const period of [undefined, '2026-03', '2026-04'])
          expect(booksOf(finance, period).total).toBe(0n);
        const all = trialBalance(journalOf(finance)).accounts;
        for (const a of all) expect(a.debit - a.credit).toBe(a.balance);
        // Nothing vanishes: what the run received is exactly what its buckets, retained money and payables got.
        const distributed = all.find((a) => a.account === 'distribution')?.balance ?? 0n;
        const allocated = all
          .filter((a) => a.account.startsWith('bucket:') || a.account.startsWith('payable:'))
          .reduce((s, a) => s + a.balance, 0n);
        const paidOut = finance.payouts.reduce((s, p) => s + p.amount, 0n);
        expect(distributed + allocated - paidOut).toBe(0n);
        // No member's payable account is ever overdrawn: payouts never exceed what the run owes.
        for (const a of all.filter((x) => x.account.startsWith('payable:')))
          expect(a.balance).toBeLessThanOrEqual(0n);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps fees as their own postings', () => {
    const finance: FinanceState = {
      ...EMPTY_FINANCE_STATE,
      income: [
        {
          id: 'i',
          source: 'client',
          amount: 150000n,
          fee: 250n,
          currency: 'EUR',
          date: '2026-03-02',
          projectId: 'p',
          payer: null,
          description: 'Website',
          original: null,
          seq: 1,
        },
      ],
    };
    expect(journalOf(finance)[0]!.postings).toEqual([
      { account: 'bank', amount: 150000n },
      { account: 'income:client', amount: -150000n },
      { account: 'fees', amount: 250n },
      { account: 'bank', amount: -250n },
    ]);
  });
});
