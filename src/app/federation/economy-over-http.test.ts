import { describe, expect, it } from 'vitest';
import { ECONOMY_EVENT } from '../../core/federation/economy-events.js';
import { listExpenses } from '../distribution/list-expenses.js';
import { listIncome } from '../distribution/list-income.js';
import { showBooks } from '../distribution/show-books.js';
import { AppError } from '../errors.js';
import { registerCommonsResource } from '../value/register-commons-resource.js';
import { updateCommonsResource } from '../value/update-commons-resource.js';
import { withdrawCommonsResource } from '../value/withdraw-commons-resource.js';
import { transferOffer } from '../../core/federation/activities.js';
import { newId } from '../ids.js';
import { appendEvents } from '../ledger/append-events.js';
import { openTestDisco } from '../members/test-disco.js';
import { draftOf } from '../use-case-steps.js';
import { federationOutbox } from './outbox.js';
import { proveOwnEvent } from './peer-proofs.js';
import { acceptSolidarityTransfer } from './accept-solidarity-transfer.js';
import { ownActorId } from './federation-app-names.js';
import { listEconomy } from './list-economy.js';
import { sendCredit } from './send-credit.js';
import { sendSolidarityTransfer } from './send-solidarity-transfer.js';
import { setCreditLine } from './set-credit-line.js';
import {
  decide,
  federatedNode,
  federatePair,
  settle,
  type FederatedNode,
} from './test-federation.js';

const actorOf = (n: FederatedNode) => ownActorId(n.ctx.federation!);

const refusedWith = (run: Promise<unknown>) =>
  run.then(
    () => 'recorded',
    (e: unknown) => (e instanceof AppError ? `${e.status} ${e.said.code}` : String(e)),
  );

async function eventsOf(node: FederatedNode, type: string) {
  const rows = await node.ctx.store.db
    .selectFrom('events')
    .select('seq')
    .where('type', '=', type)
    .orderBy('seq')
    .execute();
  return Promise.all(rows.map(async (r) => (await node.ctx.store.event(Number(r.seq)))!));
}

async function money(node: FederatedNode) {
  const [income, expenses, books] = await Promise.all([
    listIncome(node.ctx, node.founder, {}),
    listExpenses(node.ctx, node.founder, {}),
    showBooks(node.ctx, node.founder, {}),
  ]);
  return {
    income: income.items.reduce((s, i) => s + BigInt(i.amount), 0n),
    expenses: expenses.items.reduce((s, i) => s + BigInt(i.amount), 0n),
    trialBalance: books.trialBalance,
  };
}

async function federatedCommons(node: FederatedNode) {
  const answer = await fetch(`${node.server.url}/api/commons/federated`);
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { items: Array<Record<string, unknown>> }).items;
}

describe('the economy between two DisCOs over real HTTP (B on PostgreSQL)', () => {
  it('shares a commons entry, pays a solidarity transfer with receipts, holds a credit line to its limit, and takes no offer proved by another ledger', async () => {
    const a = await federatedNode('a');
    const b = await federatedNode('b', 'postgres');
    await federatePair(a, b);
    const nodes = [a, b];

    // A commons entry: created, updated and withdrawn, as B's federated catalogue sees it.
    const { resourceId } = await registerCommonsResource(a.ctx, a.founder, {
      title: 'Care work handbook',
      kind: 'guide',
      licence: 'ppl',
      link: 'https://a.example/handbook',
    });
    await settle(nodes);
    expect(await federatedCommons(b)).toMatchObject([
      { origin: actorOf(a), title: 'Care work handbook', licence: 'Peer Production License' },
    ]);
    await updateCommonsResource(a.ctx, a.founder, { resourceId, licence: 'cc-by-sa-4.0' });
    await settle(nodes);
    expect(await federatedCommons(b)).toMatchObject([
      { origin: actorOf(a), licence: 'CC-BY-SA-4.0', spdx: 'CC-BY-SA-4.0' },
    ]);
    await withdrawCommonsResource(a.ctx, a.founder, { resourceId, reason: 'Superseded' });
    await settle(nodes);
    expect(await federatedCommons(b)).toEqual([]);

    // A solidarity transfer: offer, acceptance, receipt; an expense on A, income on B.
    const proposalId = await decide(a, 'Send 500.00 to B for its flood relief');
    const { transferId } = await sendSolidarityTransfer(a.ctx, a.founder, {
      peer: actorOf(b),
      amount: '50000',
      reference: 'SEPA 2026-0042',
      proposalId,
    });
    await settle(nodes);
    expect([(await money(a)).expenses, (await money(b)).income]).toEqual([0n, 0n]);
    await acceptSolidarityTransfer(b.ctx, b.founder, { peer: actorOf(a), transferId });
    await settle(nodes);
    const [offer] = await eventsOf(a, ECONOMY_EVENT.transferOffered);
    const [received] = await eventsOf(b, ECONOMY_EVENT.offerReceived);
    const [acceptance] = await eventsOf(b, ECONOMY_EVENT.transferAccepted);
    const receipts = await eventsOf(a, ECONOMY_EVENT.transferReceipted);
    expect(received!.payload['offer']).toMatchObject({ eventHash: offer!.hash });
    expect(acceptance!.payload['offerHash']).toBe(offer!.hash);
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.payload['acceptance']).toMatchObject({
      eventHash: acceptance!.hash,
      checkpoint: { nodeKey: b.ctx.node!.publicKey },
    });
    const [ma, mb] = [await money(a), await money(b)];
    expect([ma.expenses, mb.income]).toEqual([50000n, 50000n]);
    expect([ma.trialBalance, mb.trialBalance]).toEqual(['0', '0']);

    // A mutual-credit line: A allows 1000, B 600; B refuses what takes it past its limit.
    await setCreditLine(a.ctx, a.founder, {
      peer: actorOf(b),
      limit: '1000',
      proposalId: await decide(a, 'Credit line with B'),
    });
    await setCreditLine(b.ctx, b.founder, {
      peer: actorOf(a),
      limit: '600',
      proposalId: await decide(b, 'Credit line with A'),
    });
    await sendCredit(a.ctx, a.founder, { peer: actorOf(b), amount: '500', memo: 'Translation' });
    await settle(nodes);
    const balance = async (n: FederatedNode) =>
      BigInt((await listEconomy(n.ctx, n.founder)).lines[0]!.balance);
    expect([await balance(a), await balance(b)]).toEqual([-500n, 500n]);
    const over = await sendCredit(a.ctx, a.founder, {
      peer: actorOf(b),
      amount: '200',
      memo: 'More',
    });
    await settle(nodes);
    expect(
      (await listEconomy(a.ctx, a.founder)).transfers.find((t) => t.transferId === over.transferId),
    ).toMatchObject({ status: 'refused', refusalCode: 'refusal.credit-line-over-limit' });
    expect(
      await refusedWith(
        sendCredit(a.ctx, a.founder, { peer: actorOf(b), amount: '600', memo: 'Too much' }),
      ),
    ).toBe('422 refusal.credit-line-over-limit');
    expect([await balance(a), await balance(b)]).toEqual([-500n, 500n]);

    // A's delivery, signed by A's actor, of an offer that another ledger's key signed and proved:
    // not A's ledger, so not A's offer.
    const other = await openTestDisco();
    const [foreign] = await appendEvents(other.ctx, [
      draftOf(other.ctx, null, ECONOMY_EVENT.transferOffered, {
        transferId: newId(other.ctx),
        peer: actorOf(b),
        amount: '90000',
        currency: 'EUR',
        reference: 'forged',
        proposalId: newId(other.ctx),
      }),
    ]);
    const terms = {
      kind: 'solidarity' as const,
      transferId: foreign!.payload['transferId'] as string,
      amount: '90000',
      currency: 'EUR',
      note: 'forged',
    };
    await federationOutbox.toPeer(
      a.ctx,
      actorOf(b),
      transferOffer(
        actorOf(a),
        actorOf(b),
        terms,
        foreign!,
        await proveOwnEvent(other.ctx, foreign!),
      ),
    );
    await settle(nodes);
    expect(await eventsOf(b, ECONOMY_EVENT.offerReceived)).toHaveLength(1);
  });
});
