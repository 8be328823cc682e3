import { readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/temp-dir.js';
import { dialects, skipping } from '../../../test/support/stores.js';
import { expectRefused } from '../expect-refused.js';
import { exportLedger } from '../ledger/export-ledger.js';
import { castBallot } from '../governance/cast-ballot.js';
import { closeDueProposals } from '../governance/close-due-proposals.js';
import { showProposal } from '../governance/show-proposal.js';
import { DAY, openTestGovernance } from '../governance/test-governance.js';
import { replayProjections } from '../ledger/replay-projections.js';
import { openClaims, RUN_SCHEMA } from '../../core/finance/run-record.js';
import type { JsonObject } from '../../core/ledger/canonical.js';
import { changeMemberLevel } from '../members/change-member-level.js';
import { memberBalances } from '../value/member-balances.js';
import { datingEndsBy } from '../value/member-standing.js';
import { commitDistribution } from './commit-distribution.js';
import { MESSAGE_CODES } from '../../core/messages/codes.js';
import { distributionFlows } from './distribution-flows.js';
import { listExpenses } from './list-expenses.js';
import { listIncome } from './list-income.js';
import { listRuns } from './list-runs.js';
import { readLedgerFacts } from './ledger-facts.js';
import { payoutListCsv } from './payout-list.js';
import { previewDistribution } from './preview-distribution.js';
import { recordExpense } from './record-expense.js';
import { recordIncome } from './record-income.js';
import { recordPayout } from './record-payout.js';
import { setFirstCatParameters } from './set-cat-parameters.js';
import { showBooks } from './show-books.js';
import { showCatParameters } from './show-cat-parameters.js';
import { showRun } from './show-run.js';
import { openFinanceDisco, sampleParameters, type FinanceDisco } from './test-finance.js';
import { verifyRunFromExport } from './verify-run.js';
import { whatIf } from './what-if.js';

const sum = (xs: readonly string[]) => xs.reduce((s, x) => s + BigInt(x), 0n);

/** December 2025 with work by Ana and Bo, 1,500.00 of client income (2.50 fee), a grant and an expense. */
async function december(f: FinanceDisco) {
  const { ctx, founder, ana, bo } = f;
  await setFirstCatParameters(ctx, founder, sampleParameters());
  await f.counted(ana, bo, { stream: 'livelihood', hours: '10', date: '2025-12-03' });
  await f.counted(ana, bo, { stream: 'care', hours: '4', date: '2025-12-10' });
  await f.counted(bo, ana, { stream: 'livelihood', hours: '20', date: '2025-12-04' });
  await f.counted(bo, ana, { stream: 'love', hours: '5', date: '2025-12-20' });
  await recordIncome(ctx, founder, {
    source: 'client',
    amount: '150000',
    currency: 'EUR',
    date: '2025-12-15',
    projectId: f.projectId,
    description: 'Website, first half',
    fee: '250',
  });
  await recordIncome(ctx, founder, {
    source: 'grant',
    amount: '50000',
    currency: 'EUR',
    date: '2025-12-20',
    payer: 'Commons Fund',
    description: 'Translation grant',
  });
  await recordExpense(ctx, founder, {
    amount: '4500',
    currency: 'EUR',
    date: '2025-12-05',
    payee: 'Hosting Coop',
    reason: 'Servers',
  });
}

async function exportTo(f: FinanceDisco): Promise<string> {
  const path = join(tempDir('disco-dist-'), 'ledger.ndjson');
  const out = createWriteStream(path);
  await exportLedger(f.ctx, out);
  out.end();
  await finished(out);
  return path;
}

describe('income, expenses and the CAT parameters', () => {
  it('records income with its fee, converts foreign money at its rate, lists by month', async () => {
    const f = await openFinanceDisco();
    const { ctx, founder } = f;
    const { incomeId } = await recordIncome(ctx, founder, {
      source: 'client',
      amount: '150000',
      currency: 'EUR',
      date: '2025-12-15',
      projectId: f.projectId,
      description: 'Website',
      fee: '250',
    });
    const usd = await recordIncome(ctx, founder, {
      source: 'donation',
      amount: '10000',
      currency: 'USD',
      exchangeRate: '0.9',
      date: '2026-01-02',
      description: 'Gift',
      fee: '30',
    });
    expect(usd).toMatchObject({ amount: '9000', currency: 'EUR' });
    expect((await listIncome(ctx, f.ana, { period: '2025-12' })).items).toMatchObject([
      { id: incomeId, amount: '150000', fee: '250', projectId: f.projectId },
    ]);
    expect((await listIncome(ctx, f.ana, { period: '2026-01' })).items).toMatchObject([
      { amount: '9000', fee: '27', original: { amount: '10000', currency: 'USD', rate: '0.9' } },
    ]);
    await recordExpense(ctx, f.ana, {
      amount: '4500',
      currency: 'EUR',
      date: '2026-01-03',
      payee: 'Hosting Coop',
      reason: 'Servers',
    });
    expect((await listExpenses(ctx, f.bo, { period: '2026-01' })).items).toMatchObject([
      { payee: 'Hosting Coop', amount: '4500' },
    ]);
  });

  it('refuses bad income and expenses, naming the field, recording nothing', async () => {
    const f = await openFinanceDisco();
    const { ctx, founder } = f;
    const income = {
      source: 'grant',
      amount: '1000',
      currency: 'EUR',
      date: '2025-12-15',
      description: 'Grant',
    } as const;
    await expectRefused(
      ctx,
      () => recordIncome(ctx, founder, { ...income, currency: 'USD' }),
      400,
      'exchangeRate',
      /needs an exchange rate to EUR/,
    );
    await expectRefused(
      ctx,
      () => recordIncome(ctx, founder, { ...income, amount: '-5' }),
      400,
      'amount',
    );
    await expectRefused(
      ctx,
      () => recordIncome(ctx, founder, { ...income, fee: '1000' }),
      400,
      'fee',
      /not less than the amount/,
    );
    await expectRefused(
      ctx,
      () => recordIncome(ctx, founder, { ...income, projectId: 'nope' }),
      400,
      'projectId',
      /unknown livelihood project/,
    );
    await expectRefused(
      ctx,
      () => recordIncome(ctx, founder, { ...income, date: '2026-02-01' }),
      400,
      'date',
      /after today/,
    );
    await expectRefused(
      ctx,
      () => recordIncome(ctx, f.ana, { ...income, source: 'gift' as never }),
      400,
      'source',
    );
    await expectRefused(ctx, () => recordIncome(ctx, null, income), 401);
    await expectRefused(
      ctx,
      () =>
        recordExpense(ctx, founder, {
          amount: '10',
          currency: 'USD',
          date: '2025-12-01',
          payee: 'X',
          reason: 'Y',
        }),
      400,
      'currency',
    );
    await expectRefused(
      ctx,
      () =>
        recordExpense(ctx, founder, {
          amount: '10',
          currency: 'EUR',
          date: '2025-12-01',
          payee: ' ',
          reason: 'Y',
        }),
      400,
      'payee',
    );
  });

  it('lets a founder set the first document only, and refuses bad documents and overlaps', async () => {
    const f = await openFinanceDisco();
    const { ctx, founder } = f;
    await expectRefused(ctx, () => setFirstCatParameters(ctx, f.ana, sampleParameters()), 403);
    await expectRefused(
      ctx,
      () =>
        setFirstCatParameters(
          ctx,
          founder,
          sampleParameters({ buckets: [{ name: 'commons', of: 'total', percent: 12000 }] }),
        ),
      422,
      'buckets[0].percent',
      /must not exceed 100%/,
    );
    await expectRefused(
      ctx,
      () =>
        setFirstCatParameters(
          ctx,
          founder,
          sampleParameters({ buckets: [{ name: 'commons', of: 'total', percent: -5 }] }),
        ),
      422,
      'buckets[0].percent',
      /must not be negative/,
    );
    await expectRefused(
      ctx,
      () => setFirstCatParameters(ctx, founder, sampleParameters({ floors: { default: '-100' } })),
      422,
      'floors.default',
      /must not be negative/,
    );
    await expectRefused(
      ctx,
      () =>
        setFirstCatParameters(
          ctx,
          founder,
          sampleParameters({
            streamSplit: [{ streams: ['livelihood', 'love', 'care'], share: 9000 }],
          }),
        ),
      422,
      'streamSplit',
      /sum to exactly 100%/,
    );
    const { version } = await setFirstCatParameters(
      ctx,
      founder,
      sampleParameters({ effectiveTo: '2026-06-30' }),
    );
    expect(version).toBe(1);
    await expectRefused(
      ctx,
      () => setFirstCatParameters(ctx, founder, sampleParameters({ effectiveFrom: '2026-07-01' })),
      422,
      '(body)',
      /passed cat-parameter-change proposal/,
    );
    const shown = await showCatParameters(ctx, f.ana);
    expect(shown.current).toMatchObject({
      version: 1,
      effectiveFrom: '2025-01-01',
      effectiveTo: '2026-06-30',
      decidedBy: { kind: 'founder' },
    });
  });
});

describe('a month distributed', () => {
  it('previews without recording, commits, closes the month, fills paid balances, and explains', async () => {
    const f = await openFinanceDisco();
    const { ctx, founder, ana, bo } = f;
    await december(f);
    const before = await ctx.store.count();
    const preview = await previewDistribution(ctx, ana, { period: '2025-12' });
    expect(await ctx.store.count()).toBe(before);
    expect(preview).toMatchObject({
      id: null,
      closed: false,
      parametersVersion: 1,
      currency: 'EUR',
      totals: { income: '199750' },
    });
    // Conservation: income = buckets + paid + retained, to the cent.
    expect(
      sum([
        ...preview.totals.buckets.map((b) => b.amount),
        preview.totals.paid,
        preview.totals.retained,
      ]),
    ).toBe(199750n);
    expect(sum(preview.totals.streams.map((s) => s.paid))).toBe(BigInt(preview.totals.paid));
    for (const m of preview.members)
      expect(sum(m.explanation.map((l) => l.amount))).toBe(BigInt(m.amount));
    expect(preview.members.map((m) => m.name).sort()).toEqual(['Ana', 'Bo']);

    const run = await commitDistribution(ctx, founder, { period: '2025-12' });
    expect(run).toMatchObject({
      closed: true,
      period: '2025-12',
      ledgerSeq: before,
      totals: preview.totals,
    });
    // A preview carries every schema's fields; the run shows what its schema recorded.
    const recorded = preview.members.map((m) => ({
      ...m,
      explanation: m.explanation.map((l) =>
        RUN_SCHEMA >= 2 ? l : { text: l.text, amount: l.amount, kind: l.kind },
      ),
    }));
    expect(run.members).toEqual(recorded);
    expect(await showRun(ctx, bo, { runId: run.id! })).toMatchObject({
      id: run.id,
      members: recorded,
    });
    expect((await listRuns(ctx, bo)).items).toMatchObject([
      { id: run.id, period: '2025-12', paid: run.totals.paid },
    ]);

    const anaPaid = run.members.find((m) => m.memberId === ana.memberId)!;
    const balances = (await memberBalances(ctx, ana, { member: ana.memberId, asOf: '2025-12-31' }))
      .items;
    const livelihood = balances.find((b) => b.stream === 'livelihood')!;
    expect(livelihood.paid).toBe(anaPaid.byStream.livelihood);
    expect(BigInt(livelihood.payable) + BigInt(livelihood.paid)).toBe(BigInt(livelihood.earned));

    // Closed: no second run, no income, expense or parameters dated in it.
    await expectRefused(
      ctx,
      () => commitDistribution(ctx, founder, { period: '2025-12' }),
      422,
      'period',
      /already closed/,
    );
    await expectRefused(
      ctx,
      () => commitDistribution(ctx, founder, { period: '2025-11' }),
      422,
      'period',
      /runs close months in order/,
    );
    await expectRefused(
      ctx,
      () => commitDistribution(ctx, founder, { period: '2026-01' }),
      422,
      'period',
      /has not ended yet/,
    );
    await expectRefused(
      ctx,
      () =>
        recordIncome(ctx, founder, {
          source: 'grant',
          amount: '100',
          currency: 'EUR',
          date: '2025-12-31',
          description: 'Late',
        }),
      422,
      'date',
      /closed by a distribution run/,
    );
    await expectRefused(
      ctx,
      () =>
        recordExpense(ctx, founder, {
          amount: '100',
          currency: 'EUR',
          date: '2025-12-31',
          payee: 'X',
          reason: 'Late',
        }),
      422,
      'date',
      /closed/,
    );
    // The recorded figures do not move when later events arrive.
    await recordIncome(ctx, founder, {
      source: 'donation',
      amount: '7000',
      currency: 'EUR',
      date: '2026-01-02',
      description: 'January gift',
    });
    await f.counted(ana, bo, { stream: 'care', hours: '1', date: '2025-12-30' });
    expect((await showRun(ctx, bo, { runId: '2025-12' })).totals).toEqual(run.totals);
    // A preview of the closed month recomputes it from the ledger as the run read it.
    expect((await previewDistribution(ctx, ana, { period: '2025-12' })).members).toEqual(
      preview.members,
    );

    const books = await showBooks(ctx, ana, { period: '2025-12' });
    expect(books).toMatchObject({ trialBalance: '0', closed: true, currency: 'EUR' });
    expect(books.accounts.find((a) => a.account === 'fees')).toMatchObject({
      debit: '250',
      balance: '250',
    });
    expect(books.accounts.find((a) => a.account === 'distribution')).toMatchObject({
      debit: '199750',
    });
    expect((await showBooks(ctx, ana, {})).trialBalance).toBe('0');

    const flows = await distributionFlows(ctx, ana, {});
    expect(flows.period).toBe('2025-12');
    const into = (id: string) =>
      sum(flows.links.filter((l) => l.target === id).map((l) => l.amount));
    const out = (id: string) =>
      sum(flows.links.filter((l) => l.source === id).map((l) => l.amount));
    expect(into('income')).toBe(199750n);
    expect(out('income')).toBe(199750n);
    for (const n of flows.nodes.filter((n) => n.kind === 'stream'))
      expect(out(n.id)).toBe(into(n.id));
    // Each node's name travels as a code beside its English label, members by id in the code.
    const income = flows.nodes.find((n) => n.id === 'income')!;
    expect(income.name).toEqual({ code: 'flow.income', params: { period: '2025-12' } });
    expect(income.label).toBe('Income of 2025-12 (net of fees)');
    const member = flows.nodes.find((n) => n.id === `member:${ana.memberId}`)!;
    expect(member.name).toEqual({ code: 'flow.member', params: { memberId: ana.memberId } });
    expect(member.label).not.toContain(ana.memberId);
    for (const n of flows.nodes) expect(n.name.code in MESSAGE_CODES, n.name.code).toBe(true);
  });

  it('records payouts with a reference, never more than owed, and lists them as CSV', async () => {
    const f = await openFinanceDisco();
    const { ctx, founder, ana } = f;
    await december(f);
    const run = await commitDistribution(ctx, founder, { period: '2025-12' });
    const owed = run.members.find((m) => m.memberId === ana.memberId)!.amount;
    const over = await expectRefused(
      ctx,
      () =>
        recordPayout(ctx, founder, {
          runId: run.id!,
          memberId: ana.memberId,
          amount: (BigInt(owed) + 1n).toString(),
          reference: 'T1',
        }),
      422,
      'amount',
      /still owes/,
    );
    expect(over.problems[0]).toMatchObject({
      code: 'distribution.payout-over-owed',
      params: { amount: (BigInt(owed) + 1n).toString(), period: '2025-12', owedAmount: owed },
    });
    await expectRefused(
      ctx,
      () =>
        recordPayout(ctx, ana, {
          runId: run.id!,
          memberId: ana.memberId,
          amount: '1',
          reference: 'T1',
        }),
      403,
    );
    await recordPayout(ctx, founder, {
      runId: run.id!,
      memberId: ana.memberId,
      amount: '100',
      reference: 'SEPA-1',
    });
    await expectRefused(
      ctx,
      () =>
        recordPayout(ctx, founder, {
          runId: run.id!,
          memberId: ana.memberId,
          amount: owed,
          reference: 'T2',
        }),
      422,
      'amount',
    );
    const csv = await payoutListCsv(ctx, ana, { runId: '2025-12' });
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'period,run_id,member_id,name,currency,amount_minor,paid_minor,due_minor,references',
    );
    expect(lines.find((l) => l.includes(ana.memberId))).toBe(
      `2025-12,${run.id},${ana.memberId},Ana,EUR,${owed},100,${BigInt(owed) - 100n},SEPA-1`,
    );
    expect((await showBooks(ctx, ana, {})).trialBalance).toBe('0');
  });

  it('shows what other parameters would pay, per member, recording nothing', async () => {
    const f = await openFinanceDisco();
    const { ctx, founder, ana } = f;
    await december(f);
    await commitDistribution(ctx, founder, { period: '2025-12' });
    const before = await ctx.store.count();
    const generous = sampleParameters({ buckets: [] });
    const { periods } = await whatIf(ctx, ana, {
      parameters: generous,
      periods: ['2025-12', '2026-01'],
    });
    expect(await ctx.store.count()).toBe(before);
    const dec = periods[0]!;
    expect(dec.period).toBe('2025-12');
    for (const m of dec.members)
      expect(BigInt(m.candidate) - BigInt(m.current)).toBe(BigInt(m.delta));
    expect(BigInt(dec.totals.candidate)).toBeGreaterThanOrEqual(BigInt(dec.totals.current));
    expect(periods[1]).toMatchObject({
      period: '2026-01',
      totals: { current: '0', candidate: '0' },
    });
    await expectRefused(
      ctx,
      () => whatIf(ctx, ana, { parameters: sampleParameters({ retainedBucket: '' }) }),
      422,
      'parameters.retainedBucket',
    );
  });

  it('recomputes a run from an exported ledger alone, and refutes a tampered one', async () => {
    const f = await openFinanceDisco();
    const { ctx, founder } = f;
    await december(f);
    const run = await commitDistribution(ctx, founder, { period: '2025-12' });
    const path = await exportTo(f);
    expect(await verifyRunFromExport(path, run.id!)).toEqual({
      runId: run.id,
      period: '2025-12',
      ledgerSeq: run.ledgerSeq,
      confirmed: true,
      differences: [],
    });
    const tampered = readFileSync(path, 'utf8').replace(
      /"totalPaid":"(\d+)"/,
      (_, n: string) => `"totalPaid":"${BigInt(n) + 1n}"`,
    );
    writeFileSync(path, tampered);
    const verdict = await verifyRunFromExport(path, '2025-12');
    expect(verdict.confirmed).toBe(false);
    expect(verdict.differences.join('\n')).toMatch(
      /outputs\.totalPaid: recorded "\d+", recomputed "\d+"/,
    );
  });

  it('pays the released care of a dater who commits as claims, agreeing with balances and with a recomputation from an export', async () => {
    const f = await openFinanceDisco();
    const { ctx, founder, ana, bo } = f;
    const on = (day: string) => {
      let tick = 0;
      const start = Date.parse(`${day}T09:00:00.000Z`);
      ctx.clock = () => new Date(start + 1000 * tick++);
    };
    await december(f);
    const cy = await f.add({
      displayName: 'Cy',
      constituencyIds: ['worker-members'],
      level: { level: 'dating', stage: 3, timeline: 'agile', startDate: '2025-12-01' },
    });
    const cyCare = await f.counted(cy, ana, { stream: 'care', hours: '4', date: '2025-12-10' }); // 60.00, historical while Cy dates
    const decemberRun = await commitDistribution(ctx, founder, { period: '2025-12' });
    expect(decemberRun.members.map((m) => m.memberId)).not.toContain(cy.memberId);

    on('2026-01-20');
    await changeMemberLevel(ctx, founder, { memberId: cy.memberId, level: 'committed' });
    await f.counted(ana, bo, { stream: 'care', hours: '2', date: '2026-01-19' });
    await recordIncome(ctx, founder, {
      source: 'grant',
      amount: '10000',
      currency: 'EUR',
      date: '2026-01-20',
      description: 'Small grant',
    });
    on('2026-02-02');
    const facts = await readLedgerFacts(ctx);
    expect(facts.datingEnds).toEqual(await datingEndsBy(ctx.store.db, '2026-02-02'));
    // Released on the day Cy committed, under the default rule: all of it, claimed as contribution@date.
    expect(openClaims(facts.value, facts.finance, '2026-01', facts.datingEnds)).toContainEqual({
      claimId: `${cyCare}@2026-01-20`,
      memberId: cy.memberId,
      stream: 'care',
      amount: 6000n,
      earnedDate: '2026-01-20',
    });
    expect(
      openClaims(facts.value, facts.finance, '2025-12', facts.datingEnds).map((c) => c.memberId),
    ).not.toContain(cy.memberId);

    const january = await commitDistribution(ctx, founder, { period: '2026-01' });
    const cyPaid = january.members.find((m) => m.memberId === cy.memberId)!;
    expect(BigInt(cyPaid.byStream.care)).toBeGreaterThan(0n);
    expect(BigInt(cyPaid.outstanding)).toBeGreaterThan(0n);

    // What balances still show payable is exactly what the run left open, member by member and stream by stream.
    const after = await readLedgerFacts(ctx);
    const remaining = new Map<string, bigint>();
    for (const c of openClaims(after.value, after.finance, '2026-01', after.datingEnds))
      remaining.set(
        `${c.memberId} ${c.stream}`,
        (remaining.get(`${c.memberId} ${c.stream}`) ?? 0n) + c.amount,
      );
    const balances = (await memberBalances(ctx, ana, { asOf: '2026-01-31' })).items;
    for (const b of balances)
      expect([`${b.memberId} ${b.stream}`, BigInt(b.payable)]).toEqual([
        `${b.memberId} ${b.stream}`,
        remaining.get(`${b.memberId} ${b.stream}`) ?? 0n,
      ]);
    const cyCareBalance = balances.find((b) => b.memberId === cy.memberId && b.stream === 'care')!;
    expect(cyCareBalance).toMatchObject({
      earned: '6000',
      historical: '0',
      released: '6000',
      paid: cyPaid.byStream.care,
    });
    for (const m of january.members) {
      const payable = balances
        .filter((b) => b.memberId === m.memberId)
        .reduce((total, b) => total + BigInt(b.payable), 0n);
      expect(payable).toBe(BigInt(m.outstanding));
    }

    const path = await exportTo(f);
    for (const run of [decemberRun, january])
      expect(await verifyRunFromExport(path, run.id!)).toMatchObject({
        confirmed: true,
        differences: [],
      });
  });

  it('replays to identical tables', async () => {
    const f = await openFinanceDisco();
    await december(f);
    const run = await commitDistribution(f.ctx, f.founder, { period: '2025-12' });
    await recordPayout(f.ctx, f.founder, {
      runId: run.id!,
      memberId: f.ana.memberId,
      amount: '1',
      reference: 'R',
    });
    const live = await f.ctx.store.dumpProjections();
    await replayProjections(f.ctx);
    expect(await f.ctx.store.dumpProjections()).toEqual(live);
  });
});

describe('CAT parameters changed by a passed proposal', () => {
  it('applies the document from its effective date, linked to the decision', async () => {
    const g = await openTestGovernance();
    await setFirstCatParameters(g.gov, g.founder, sampleParameters());
    const parameters = sampleParameters({
      version: 'second',
      effectiveFrom: '2026-02-01',
      buckets: [{ name: 'commons', of: 'total', percent: 2000 }],
    });
    const id = await g.propose({
      method: 'consent',
      change: { kind: 'cat-parameter-change', parameters },
    });
    await castBallot(g.gov, g.founder, { proposalId: id, ballot: { response: 'consent' } });
    g.advance(DAY);
    const [closed] = await closeDueProposals(g.gov);
    expect(closed).toMatchObject({ outcome: 'passed', application: { status: 'applied' } });
    const { history } = await showCatParameters(g.gov, g.founder);
    expect(history).toMatchObject([
      {
        version: 1,
        effectiveFrom: '2025-01-01',
        effectiveTo: '2026-01-31',
        decidedBy: { kind: 'founder' },
      },
      {
        version: 2,
        effectiveFrom: '2026-02-01',
        effectiveTo: null,
        decidedBy: { kind: 'proposal', proposalId: id },
      },
    ]);
    expect(await showProposal(g.gov, g.founder, { proposalId: id })).toMatchObject({
      executedSeq: history[1]!.seq,
    });
  });

  it('refuses to open a proposal whose document could not be put in force, naming the field', async () => {
    const g = await openTestGovernance();
    await setFirstCatParameters(g.gov, g.founder, sampleParameters({ effectiveTo: '2026-12-31' }));
    const propose = (parameters: JsonObject) =>
      g.propose({ method: 'consent', change: { kind: 'cat-parameter-change', parameters } });
    await expectRefused(
      g.gov,
      () => propose(sampleParameters({ effectiveFrom: '2026-06-01' })),
      422,
      'change.parameters.effectiveFrom',
      /overlaps an earlier parameter version/,
    );
    const overFull = sampleParameters({
      effectiveFrom: '2027-01-01',
      buckets: [{ name: 'commons', of: 'total', percent: 10_001 }],
    });
    await expectRefused(
      g.gov,
      () => propose(overFull),
      422,
      'change.parameters.buckets[0].percent',
      /must not exceed 100%/,
    );
    await expectRefused(
      g.gov,
      () => propose(sampleParameters({ effectiveFrom: 'someday' })),
      422,
      'change.parameters.effectiveFrom',
    );
  });

  it('refuses to apply a document that another passed change overlapped since, recording nothing', async () => {
    const g = await openTestGovernance();
    await setFirstCatParameters(g.gov, g.founder, sampleParameters());
    const parameters = sampleParameters({ version: 'second', effectiveFrom: '2026-06-01' });
    const first = await g.propose({
      method: 'consent',
      change: { kind: 'cat-parameter-change', parameters },
    });
    const rival = await g.propose({
      method: 'consent',
      deadline: new Date(g.gov.clock().getTime() + 2 * DAY).toISOString(),
      change: { kind: 'cat-parameter-change', parameters: { ...parameters, version: 'rival' } },
    });
    for (const proposalId of [first, rival])
      await castBallot(g.gov, g.founder, { proposalId, ballot: { response: 'consent' } });
    g.advance(DAY);
    expect(await closeDueProposals(g.gov)).toMatchObject([
      { proposalId: first, outcome: 'passed', application: { status: 'applied' } },
    ]);
    g.advance(DAY);
    const [closed] = await closeDueProposals(g.gov);
    expect(closed).toMatchObject({
      proposalId: rival,
      outcome: 'passed',
      application: {
        status: 'refused',
        reason: expect.stringMatching(/effectiveFrom: overlaps an earlier parameter version/),
      },
    });
    expect((await showCatParameters(g.gov, g.founder)).history).toMatchObject([
      { version: 1 },
      { version: 2, decidedBy: { proposalId: first } },
    ]);
  });
});

describe.each(dialects)('distribution on $dialect', (d) => {
  it.skipIf(skipping(d, 'distribution'))('commits and reads back a run', async () => {
    const f = await openFinanceDisco(d);
    await december(f);
    const run = await commitDistribution(f.ctx, f.founder, { period: '2025-12' });
    expect((await showRun(f.ctx, f.ana, { runId: run.id! })).totals).toEqual(run.totals);
    expect((await memberBalances(f.ctx, f.ana, {})).items.some((b) => b.paid !== '0')).toBe(true);
    expect((await showBooks(f.ctx, f.ana, { period: '2025-12' })).trialBalance).toBe('0');
    const live = await f.ctx.store.dumpProjections();
    await replayProjections(f.ctx);
    expect(await f.ctx.store.dumpProjections()).toEqual(live);
  });
});
