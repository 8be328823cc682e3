import { sampleParameters } from '../../core/distribution/sample-parameters.js';
import type { Actor } from '../../core/access/actor.js';
import { periodOfDate, periodStart, previousPeriod } from '../../core/finance/periods.js';
import { addDays } from '../../core/value/calendar.js';
import type { AppContext } from '../context.js';
import { commitDistribution } from '../distribution/commit-distribution.js';
import { baseCurrency } from '../distribution/finance-facts.js';
import { recordExpense } from '../distribution/record-expense.js';
import { recordIncome } from '../distribution/record-income.js';
import { recordPayout } from '../distribution/record-payout.js';
import { setFirstCatParameters } from '../distribution/set-cat-parameters.js';
import { recordLeave } from '../members/record-leave.js';

/**
 * The demo's money: the first CAT parameter document (from the first day of the month before
 * last), a quarter of income (client payments on the demo's livelihood projects, a grant, two
 * donations, with fees) and expenses over the month before last, last month and this month, one
 * committed distribution run for last month (which also shares the month before it, never run)
 * with its first payout recorded, this month left open, and a member paid last month on leave
 * from today (the parameters smooth pay for leave and heavy care). Expects the demo's members to have
 * validated payable contributions dated up to last month.
 *
 * @example await seedDemoFinance(ctx, founder, { clientProjectIds: [website, translation], today: '2026-04-10' });
 */
export async function seedDemoFinance(
  ctx: AppContext,
  founder: Actor,
  demo: { clientProjectIds: string[]; today: string },
): Promise<void> {
  const thisMonth = periodOfDate(demo.today);
  const lastMonth = previousPeriod(thisMonth);
  const monthBefore = previousPeriod(lastMonth);
  const currency = await baseCurrency(ctx);
  const project = (i: number) =>
    demo.clientProjectIds.length > 0
      ? { projectId: demo.clientProjectIds[i % demo.clientProjectIds.length]! }
      : {};
  // The sample document, with the demo's own reserve name, overflow and smoothing.
  await setFirstCatParameters(
    ctx,
    founder,
    sampleParameters({
      version: `${monthBefore} founding`,
      effectiveFrom: periodStart(monthBefore),
      buckets: [
        { name: 'commons reserve', of: 'total', percent: 1000 },
        { name: 'running costs', of: 'remainder', percent: 1500 },
      ],
      retainedBucket: 'commons reserve',
      overflow: true,
      // Half of a member's usual pay while on leave, a quarter while carrying 12 hours of care or more in the month.
      smoothing: { periods: 3, onLeave: 5000, heavyCare: 2500, heavyCareHours: 12 },
    }),
  );
  const income = [
    {
      source: 'client',
      amount: '240000',
      fee: '350',
      date: `${monthBefore}-05`,
      description: 'Website, first milestone',
      payer: 'Coop X',
      ...project(0),
    },
    {
      source: 'donation',
      amount: '15000',
      date: `${monthBefore}-18`,
      description: 'Supporter donation',
      payer: 'A supporter',
    },
    {
      source: 'client',
      amount: '180000',
      fee: '250',
      date: `${lastMonth}-06`,
      description: 'Translation batch',
      payer: 'Open Press',
      ...project(1),
    },
    {
      source: 'grant',
      amount: '100000',
      date: `${lastMonth}-12`,
      description: 'Commons translation grant',
      payer: 'Commons Fund',
    },
    {
      source: 'donation',
      amount: '5000',
      date: `${lastMonth}-20`,
      description: 'Supporter donation',
      payer: 'A supporter',
    },
    {
      source: 'client',
      amount: '120000',
      fee: '200',
      date: periodStart(thisMonth),
      description: 'Website, second milestone',
      payer: 'Coop X',
      ...project(0),
    },
  ] as const;
  for (const i of income) await recordIncome(ctx, founder, { ...i, currency });
  const expenses = [
    { amount: '4500', date: `${monthBefore}-02`, payee: 'Hosting Coop', reason: 'Servers' },
    { amount: '4500', date: `${lastMonth}-02`, payee: 'Hosting Coop', reason: 'Servers' },
    {
      amount: '20000',
      date: `${lastMonth}-25`,
      payee: 'Ledger & Co',
      reason: 'Quarterly accounting',
    },
    { amount: '4500', date: periodStart(thisMonth), payee: 'Hosting Coop', reason: 'Servers' },
  ];
  for (const e of expenses) await recordExpense(ctx, founder, { ...e, currency });
  const run = await commitDistribution(ctx, founder, { period: lastMonth });
  const first = run.members.find((m) => m.amount !== '0');
  if (first)
    await recordPayout(ctx, founder, {
      runId: run.id!,
      memberId: first.memberId,
      amount: first.amount,
      reference: `DEMO-SEPA-${lastMonth}-001`,
      date: periodStart(thisMonth),
    });
  // A member paid last month goes on leave today, so this month's preview shows smoothing at work.
  const away = run.members.find((m) => m.amount !== '0' && m.memberId !== founder.memberId);
  if (away)
    await recordLeave(ctx, founder, {
      memberId: away.memberId,
      from: demo.today,
      to: addDays(demo.today, 41),
      reason: 'sabbatical',
    });
}
