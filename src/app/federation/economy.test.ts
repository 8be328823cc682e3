import { describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { ECONOMY_EVENT } from '../../core/federation/economy-events.js';
import { creditBalances } from '../../core/federation/mutual-credit.js';
import { showBooks } from '../distribution/show-books.js';
import { listExpenses } from '../distribution/list-expenses.js';
import { listIncome } from '../distribution/list-income.js';
import { AppError } from '../errors.js';
import { listActivity } from '../activity/list-activity.js';
import { DAY } from '../governance/test-governance.js';
import { acceptSolidarityTransfer } from './accept-solidarity-transfer.js';
import { cancelSolidarityTransfer } from './cancel-solidarity-transfer.js';
import { listEconomy } from './list-economy.js';
import { sendCredit } from './send-credit.js';
import { sendSolidarityTransfer } from './send-solidarity-transfer.js';
import { showTransfer } from './show-transfer.js';
import { setCreditLine } from './set-credit-line.js';
import { refuseOverLimit } from './credit-limits.js';
import { loopbackHandle, openLoopback, type LoopbackNode } from './loopback-federation.js';

/** The amount field's problem of a refused move: coded, the peer by handle, money as minor units. */
const amountProblem = (run: Promise<unknown>) =>
  run.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.problems : e),
  );

const refusedWith = (run: Promise<unknown>) =>
  run.then(
    () => 'recorded',
    (e: unknown) => (e instanceof AppError ? `${e.status} ${e.said.code}` : String(e)),
  );

async function ledgerOf(node: LoopbackNode, type: string) {
  const rows = await node.ctx.store.db
    .selectFrom('events')
    .select('seq')
    .where('type', '=', type)
    .orderBy('seq')
    .execute();
  return Promise.all(rows.map(async (r) => (await node.ctx.store.event(Number(r.seq)))!));
}

async function money(node: LoopbackNode) {
  const [income, expenses, books] = await Promise.all([
    listIncome(node.gov, node.founder, {}),
    listExpenses(node.gov, node.founder, {}),
    showBooks(node.gov, node.founder, {}),
  ]);
  return {
    income: income.items.reduce((s, i) => s + BigInt(i.amount), 0n),
    expenses: expenses.items.reduce((s, i) => s + BigInt(i.amount), 0n),
    expenseItems: expenses.items,
    incomeItems: income.items,
    trialBalance: books.trialBalance,
  };
}

async function solidarityRound(a: LoopbackNode, b: LoopbackNode, flush: () => Promise<void>) {
  const proposalId = await a.decide('Send 500.00 to B for its flood relief');
  const { transferId } = await sendSolidarityTransfer(a.gov, a.ana, {
    peer: b.actorId,
    amount: '50000',
    reference: 'SEPA 2026-0042',
    proposalId,
  });
  await flush();
  // An offer alone moves no money on either side.
  expect((await money(a)).expenses).toBe(0n);
  expect((await money(b)).income).toBe(0n);
  await acceptSolidarityTransfer(b.gov, b.ana, { peer: a.actorId, transferId });
  await flush();
  return { proposalId, transferId };
}

describe('solidarity transfers between federated DisCOs', () => {
  it('offers, accepts and receipts on both ledgers, each book balanced and the money counted once', async () => {
    const fed = await openLoopback(['A', 'B']);
    const [a, b] = fed.nodes as [LoopbackNode, LoopbackNode];
    const { proposalId, transferId } = await solidarityRound(a, b, fed.flush);

    const [offer] = await ledgerOf(a, ECONOMY_EVENT.transferOffered);
    const [received] = await ledgerOf(b, ECONOMY_EVENT.offerReceived);
    const [acceptance] = await ledgerOf(b, ECONOMY_EVENT.transferAccepted);
    const [receipt] = await ledgerOf(a, ECONOMY_EVENT.transferReceipted);
    // The receipts chain one way: offer <- acceptance <- receipt, each proved against the other's checkpoint.
    expect(received!.payload['offer']).toMatchObject({ eventHash: offer!.hash });
    expect(acceptance!.payload['offerHash']).toBe(offer!.hash);
    expect(receipt!.payload['acceptance']).toMatchObject({
      eventHash: acceptance!.hash,
      checkpoint: { nodeKey: b.ctx.node!.publicKey },
    });

    const [ma, mb] = [await money(a), await money(b)];
    expect(ma.expenses).toBe(50000n);
    expect(ma.expenseItems[0]).toMatchObject({ proposalId, payee: 'disco@b.disco.test' });
    expect(mb.income).toBe(50000n);
    expect(mb.incomeItems[0]).toMatchObject({ source: 'solidarity', payer: 'disco@a.disco.test' });
    expect([ma.trialBalance, mb.trialBalance]).toEqual(['0', '0']);

    // The transfer with its receipts: each side's events about it, holding the other side's
    // event with its proof, so the chain offer <- acceptance <- receipt can be followed.
    const shownA = await showTransfer(a.gov, a.founder, { transferId });
    expect(shownA.transfer).toMatchObject({ transferId, status: 'accepted', direction: 'out' });
    expect(shownA.receipts.map((r) => r.type)).toEqual([
      ECONOMY_EVENT.transferOffered,
      ECONOMY_EVENT.transferReceipted,
    ]);
    expect(shownA.receipts[0]).toMatchObject({ hash: offer!.hash, peerProof: null });
    expect(shownA.receipts[1]!.peerProof).toMatchObject({ eventHash: acceptance!.hash });
    const shownB = await showTransfer(b.gov, b.founder, { transferId });
    expect(shownB.receipts.map((r) => [r.type, r.peerProof?.eventHash ?? null])).toEqual([
      [ECONOMY_EVENT.offerReceived, offer!.hash],
      [ECONOMY_EVENT.transferAccepted, null],
    ]);
    expect(await refusedWith(showTransfer(a.gov, a.founder, { transferId: 'no-such' }))).toBe(
      '404 refusal.transfer-unknown',
    );

    // The activity feed names the other DisCO by its handle, never its actor URL.
    for (const [node, other] of [
      [a, 'disco@b.disco.test'],
      [b, 'disco@a.disco.test'],
    ] as const) {
      const lines = await listActivity(node.gov, node.founder, { kind: 'money' });
      const solidarity = lines.filter((l) => l.message.code.startsWith('activity.solidarity-'));
      expect(solidarity.length).toBeGreaterThanOrEqual(2);
      for (const l of solidarity) expect(l.message.params).toMatchObject({ peer: other });
    }

    // Replays of every activity change nothing.
    for (const d of [...fed.delivered]) await fed.deliver(d.from, d.to, d.activity);
    await fed.flush();
    expect((await money(a)).expenses).toBe(50000n);
    expect((await money(b)).income).toBe(50000n);
    expect(
      await refusedWith(acceptSolidarityTransfer(b.gov, b.ana, { peer: a.actorId, transferId })),
    ).toBe('409 refusal.transfer-not-open');
    const views = await listEconomy(a.gov, a.ana);
    expect(views.transfers[0]).toMatchObject({
      status: 'accepted',
      direction: 'out',
      peerName: 'disco@b.disco.test',
    });
  });

  it('records no money for a cancelled or declined offer, and a withdrawal crossing an acceptance leaves both books even', async () => {
    const fed = await openLoopback(['A', 'B']);
    const [a, b] = fed.nodes as [LoopbackNode, LoopbackNode];
    const first = await sendSolidarityTransfer(a.gov, a.ana, {
      peer: b.actorId,
      amount: '1000',
      reference: 'ref-1',
      proposalId: await a.decide('First'),
    });
    await fed.flush();
    await cancelSolidarityTransfer(a.gov, a.ana, { peer: b.actorId, transferId: first.transferId });
    await fed.flush();
    expect(
      await refusedWith(
        acceptSolidarityTransfer(b.gov, b.ana, { peer: a.actorId, transferId: first.transferId }),
      ),
    ).toBe('409 refusal.transfer-not-open');

    const second = await sendSolidarityTransfer(a.gov, a.ana, {
      peer: b.actorId,
      amount: '2000',
      reference: 'ref-2',
      proposalId: await a.decide('Second'),
    });
    await fed.flush();
    await cancelSolidarityTransfer(b.gov, b.ana, {
      peer: a.actorId,
      transferId: second.transferId,
    });
    await fed.flush();
    expect((await listEconomy(a.gov, a.ana)).transfers[0]).toMatchObject({ status: 'cancelled' });

    // Crossing: A withdraws while B's acceptance is in flight.
    const third = await sendSolidarityTransfer(a.gov, a.ana, {
      peer: b.actorId,
      amount: '3000',
      reference: 'ref-3',
      proposalId: await a.decide('Third'),
    });
    await fed.flush();
    await acceptSolidarityTransfer(b.gov, b.ana, { peer: a.actorId, transferId: third.transferId });
    await cancelSolidarityTransfer(a.gov, a.ana, { peer: b.actorId, transferId: third.transferId });
    await fed.flush();
    const check = async () => {
      const [ma, mb] = [await money(a), await money(b)];
      expect([ma.income, ma.expenses]).toEqual([0n, 0n]);
      expect([mb.income, mb.expenses]).toEqual([3000n, 3000n]);
      expect([ma.trialBalance, mb.trialBalance]).toEqual(['0', '0']);
      expect(mb.expenseItems[0]).toMatchObject({ payee: 'disco@a.disco.test' });
    };
    await check();
    // The refund on B holds B's acceptance; A's receipt holds the refund's proof: one way, no circle.
    const [acceptance] = await ledgerOf(b, ECONOMY_EVENT.transferAccepted);
    const [refund] = await ledgerOf(b, ECONOMY_EVENT.transferRefunded);
    const [refundReceipt] = await ledgerOf(a, ECONOMY_EVENT.refundReceipted);
    expect(refund!.payload).toMatchObject({
      transferId: third.transferId,
      acceptanceHash: acceptance!.hash,
    });
    expect(refundReceipt!.payload).toMatchObject({
      transferId: third.transferId,
      refund: { eventHash: refund!.hash, checkpoint: { nodeKey: b.ctx.node!.publicKey } },
    });
    for (const node of [a, b])
      expect((await listEconomy(node.gov, node.ana)).transfers[0]).toMatchObject({
        transferId: third.transferId,
        status: 'refunded',
      });

    // Replays of every activity change nothing; nothing is counted twice.
    for (const d of [...fed.delivered]) await fed.deliver(d.from, d.to, d.activity);
    await fed.flush();
    await check();
    expect(await ledgerOf(b, ECONOMY_EVENT.transferRefunded)).toHaveLength(1);
    expect(await ledgerOf(a, ECONOMY_EVENT.refundReceipted)).toHaveLength(1);
  });

  it('sends one transfer per decision, even racing itself or its decision, and only once the decision passed', async () => {
    const fed = await openLoopback(['A', 'B']);
    const [a, b] = fed.nodes as [LoopbackNode, LoopbackNode];
    const proposalId = await a.decide('Once');
    const send = () =>
      refusedWith(
        sendSolidarityTransfer(a.gov, a.ana, {
          peer: b.actorId,
          amount: '100',
          reference: 'r',
          proposalId,
        }),
      );
    expect((await Promise.all([send(), send(), send()])).sort()).toEqual([
      '409 refusal.transfer-already-decided',
      '409 refusal.transfer-already-decided',
      'recorded',
    ]);

    const open = await a.propose({ title: 'Racing its close' }, a.ana);
    const { castBallot } = await import('../governance/cast-ballot.js');
    const { closeDueProposals } = await import('../governance/close-due-proposals.js');
    await castBallot(a.gov, a.ana, { proposalId: open, ballot: { choice: 'yes' } });
    expect(
      await refusedWith(
        sendSolidarityTransfer(a.gov, a.ana, {
          peer: b.actorId,
          amount: '100',
          reference: 'r',
          proposalId: open,
        }),
      ),
    ).toBe('422 refusal.decision-not-passed');
    a.advance(DAY);
    const [raced] = await Promise.all([
      refusedWith(
        sendSolidarityTransfer(a.gov, a.ana, {
          peer: b.actorId,
          amount: '100',
          reference: 'r',
          proposalId: open,
        }),
      ),
      closeDueProposals(a.gov),
    ]);
    const offers = (await ledgerOf(a, ECONOMY_EVENT.transferOffered)).filter(
      (e) => e.payload['proposalId'] === open,
    );
    expect(offers).toHaveLength(raced === 'recorded' ? 1 : 0);
    expect(['recorded', '422 refusal.decision-not-passed']).toContain(raced);
  });

  it('ignores a forged offer and one from a DisCO it does not federate with', async () => {
    const fed = await openLoopback(['A', 'B']);
    const [a, b] = fed.nodes as [LoopbackNode, LoopbackNode];
    await sendSolidarityTransfer(a.gov, a.ana, {
      peer: b.actorId,
      amount: '100',
      reference: 'r',
      proposalId: await a.decide('Genuine'),
    });
    const [queued] = fed.queue.splice(0);
    const event = queued!.activity['disco:event'] as { payload: Record<string, unknown> };
    const forged = {
      ...queued!.activity,
      'disco:event': { ...event, payload: { ...event.payload, amount: '999999' } },
    };
    expect(await fed.deliver(a.actorId, b.actorId, forged)).toBe('ignored');
    expect(await fed.deliver('https://stranger.test/actor', b.actorId, queued!.activity)).toBe(
      'ignored',
    );
    expect((await listEconomy(b.gov, b.ana)).transfers).toEqual([]);
    expect(await fed.deliver(a.actorId, b.actorId, queued!.activity)).toBe('handled');
  });

  it.skipIf(skipping(dialects[1]!, 'solidarity transfer on PostgreSQL'))(
    'runs between a PostgreSQL node and a SQLite node',
    async () => {
      const fed = await openLoopback(['A', 'B'], (name) =>
        name === 'A' ? dialects[1] : undefined,
      );
      const [a, b] = fed.nodes as [LoopbackNode, LoopbackNode];
      await solidarityRound(a, b, fed.flush);
      expect((await money(a)).expenses).toBe(50000n);
      expect((await money(b)).income).toBe(50000n);
    },
  );
});

describe('mutual credit between federated DisCOs', () => {
  it('moves balances that sum to zero, and refuses a transfer over either side’s limit', async () => {
    const fed = await openLoopback(['A', 'B']);
    const [a, b] = fed.nodes as [LoopbackNode, LoopbackNode];
    expect(
      await refusedWith(sendCredit(a.gov, a.ana, { peer: b.actorId, amount: '100', memo: 'x' })),
    ).toBe('422 refusal.credit-line-missing');
    expect(
      await amountProblem(sendCredit(a.gov, a.ana, { peer: b.actorId, amount: '100', memo: 'x' })),
    ).toMatchObject([
      { field: 'amount', code: 'field.no-credit-line', params: { peer: loopbackHandle('B') } },
    ]);
    await setCreditLine(a.gov, a.ana, {
      peer: b.actorId,
      limit: '1000',
      proposalId: await a.decide('Line'),
    });
    await setCreditLine(b.gov, b.ana, {
      peer: a.actorId,
      limit: '600',
      proposalId: await b.decide('Line'),
    });

    await sendCredit(a.gov, a.ana, { peer: b.actorId, amount: '500', memo: 'Translation' });
    await fed.flush();
    const balance = async (node: LoopbackNode) =>
      BigInt((await listEconomy(node.gov, node.ana)).lines[0]!.balance);
    expect([await balance(a), await balance(b)]).toEqual([-500n, 500n]);

    // Within A's limit but past B's: B refuses, A records the refusal, nothing moves.
    const { transferId } = await sendCredit(a.gov, a.ana, {
      peer: b.actorId,
      amount: '200',
      memo: 'More',
    });
    await fed.flush();
    const refused = (await listEconomy(a.gov, a.ana)).transfers.find(
      (t) => t.transferId === transferId,
    );
    expect(refused).toMatchObject({
      status: 'refused',
      refusalCode: 'refusal.credit-line-over-limit',
    });
    // Past A's own limit: refused before anything is recorded.
    expect(
      await refusedWith(
        sendCredit(a.gov, a.ana, { peer: b.actorId, amount: '600', memo: 'Too much' }),
      ),
    ).toBe('422 refusal.credit-line-over-limit');
    expect(
      await amountProblem(
        sendCredit(a.gov, a.ana, { peer: b.actorId, amount: '600', memo: 'Too much' }),
      ),
    ).toEqual([
      {
        field: 'amount',
        message: `is beyond the credit line of 10.00 with ${loopbackHandle('B')}; at most 5.00 can still move`,
        code: 'field.beyond-credit-line',
        params: { peer: loopbackHandle('B'), limitAmount: '1000', roomAmount: '500' },
      },
    ]);
    // Another currency is not "beyond the line": it is a refusal of its own.
    expect(await amountProblem(refuseOverLimit(b.actorId, -100n, 'USD')(a.ctx.store.db))).toEqual([
      {
        field: 'amount',
        message: 'is in USD, but the credit line is kept in EUR',
        code: 'field.credit-currency-differs',
        params: { currency: 'USD', line: 'EUR' },
      },
    ]);

    await sendCredit(b.gov, b.ana, { peer: a.actorId, amount: '300', memo: 'Back' });
    await fed.flush();
    const [ba, bb] = [await balance(a), await balance(b)];
    expect([ba, bb]).toEqual([-200n, 200n]);
    const settled = creditBalances([
      { from: a.actorId, to: b.actorId, amount: 500n },
      { from: b.actorId, to: a.actorId, amount: 300n },
    ]);
    expect(settled.get(a.actorId)).toBe(ba);
    expect(ba + bb).toBe(0n);
  });
});
