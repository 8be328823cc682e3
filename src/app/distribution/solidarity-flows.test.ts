import { describe, expect, it } from 'vitest';
import type { FlowLink, FlowNode } from '../../core/finance/flows.js';
import { acceptSolidarityTransfer } from '../federation/accept-solidarity-transfer.js';
import { openLoopback, type LoopbackNode } from '../federation/loopback-federation.js';
import { sendSolidarityTransfer } from '../federation/send-solidarity-transfer.js';
import { discoToday } from '../members/member-facts.js';
import { distributionFlows } from './distribution-flows.js';
import { recordExpense } from './record-expense.js';
import { recordIncome } from './record-income.js';
import { setFirstCatParameters } from './set-cat-parameters.js';
import { sampleParameters } from './test-finance.js';

/** Every node that both receives and passes money on passes on exactly what it receives. */
function conserved({ nodes, links }: { nodes: FlowNode[]; links: FlowLink[] }) {
  const into = new Map<string, bigint>();
  const out = new Map<string, bigint>();
  for (const l of links) {
    into.set(l.target, (into.get(l.target) ?? 0n) + BigInt(l.amount));
    out.set(l.source, (out.get(l.source) ?? 0n) + BigInt(l.amount));
  }
  return nodes
    .filter((n) => into.has(n.id) && out.has(n.id))
    .every((n) => into.get(n.id) === out.get(n.id));
}

const amountOf = (links: FlowLink[], source: string, target: string) =>
  links.find((l) => l.source === source && l.target === target)?.amount;

describe('solidarity transfers in the Sankey', () => {
  it('shows money from a DisCO as its own source and money to a DisCO as its own sink, ordinary money as before', async () => {
    const fed = await openLoopback(['A', 'B']);
    const [a, b] = fed.nodes as [LoopbackNode, LoopbackNode];
    for (const node of [a, b])
      await setFirstCatParameters(node.gov, node.founder, sampleParameters());
    const proposalId = await a.decide('Send 500.00 to B for its flood relief');
    const { transferId } = await sendSolidarityTransfer(a.gov, a.ana, {
      peer: b.actorId,
      amount: '50000',
      reference: 'SEPA 2026-0042',
      proposalId,
    });
    await fed.flush();
    await acceptSolidarityTransfer(b.gov, b.ana, { peer: a.actorId, transferId });
    await fed.flush();
    // Ordinary money beside it: a donation to B (even one its recorder calls solidarity), rent paid by A.
    const today = await discoToday(b.gov);
    await recordIncome(b.gov, b.founder, {
      source: 'donation',
      amount: '20000',
      currency: 'EUR',
      date: today,
      description: 'Neighbours',
    });
    await recordIncome(b.gov, b.founder, {
      source: 'solidarity',
      amount: '7000',
      currency: 'EUR',
      date: today,
      description: 'A collection at the fair',
    });
    await recordExpense(a.gov, a.founder, {
      amount: '9000',
      currency: 'EUR',
      date: today,
      payee: 'Landlord',
      reason: 'Rent',
    });

    const received = await distributionFlows(b.gov, b.founder, {});
    const from = received.nodes.find((n) => n.id === `solidarity-from:${a.actorId}`);
    expect(from).toMatchObject({
      kind: 'solidarity',
      label: 'Solidarity from disco@a.disco.test',
      name: { code: 'flow.solidarity.from', params: { disco: 'disco@a.disco.test' } },
    });
    expect(amountOf(received.links, from!.id, 'income')).toBe('50000');
    expect(amountOf(received.links, 'source:donation', 'income')).toBe('20000');
    // Solidarity income recorded by hand names no DisCO: it stays in the general solidarity source.
    expect(amountOf(received.links, 'source:solidarity', 'income')).toBe('7000');
    expect(received.nodes.some((n) => n.id.startsWith('solidarity-to:'))).toBe(false);
    expect(conserved(received)).toBe(true);

    const sent = await distributionFlows(a.gov, a.founder, {});
    expect(sent.nodes.find((n) => n.id === `solidarity-to:${b.actorId}`)).toMatchObject({
      kind: 'solidarity',
      label: 'Solidarity to disco@b.disco.test',
      name: { code: 'flow.solidarity.to', params: { disco: 'disco@b.disco.test' } },
    });
    expect(sent.nodes.find((n) => n.id === 'solidarity-out')).toMatchObject({
      label: 'Solidarity paid from the buckets',
    });
    expect(amountOf(sent.links, 'solidarity-out', `solidarity-to:${b.actorId}`)).toBe('50000');
    // The rent is an ordinary expense: no node of its own.
    expect(sent.links.filter((l) => l.source === 'solidarity-out')).toHaveLength(1);
    expect(sent.nodes.some((n) => n.id.startsWith('solidarity-from:'))).toBe(false);
    expect(conserved(sent)).toBe(true);
  });
});
