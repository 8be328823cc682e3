import { describe, expect, it } from 'vitest';
import { openLoopback, type LoopbackNode } from '../federation/loopback-federation.js';
import { sendCredit } from '../federation/send-credit.js';
import { setCreditLine } from '../federation/set-credit-line.js';
import { discoToday } from '../members/member-facts.js';
import { previewDistribution } from './preview-distribution.js';
import { setFirstCatParameters } from './set-cat-parameters.js';
import { sampleParameters } from './test-finance.js';

describe('mutual credit as income of a run, between two real nodes', () => {
  it('the receiving DisCO shares the credit only when its parameters say so; the paying one never subtracts it', async () => {
    const fed = await openLoopback(['A', 'B']);
    const [a, b] = fed.nodes as [LoopbackNode, LoopbackNode];
    for (const [node, other] of [
      [a, b],
      [b, a],
    ] as const) {
      await setFirstCatParameters(node.gov, node.founder, sampleParameters());
      await setCreditLine(node.gov, node.ana, {
        peer: other.actorId,
        limit: '100000',
        proposalId: await node.decide('Line'),
      });
    }
    await sendCredit(a.gov, a.ana, { peer: b.actorId, amount: '30000', memo: 'Translation' });
    await fed.flush();
    const period = (await discoToday(b.gov)).slice(0, 7);

    const off = await previewDistribution(b.gov, b.founder, { period });
    expect(off.inputs.mutualCredit).toBeUndefined();
    expect(off.inputs.income).toBe('0');

    const on = await previewDistribution(b.gov, b.founder, {
      period,
      parameters: sampleParameters({ mutualCreditIncome: true }),
    });
    expect(on.inputs.mutualCredit).toEqual({ amount: '30000', count: 1 });
    expect(on.inputs.income).toBe('30000');

    const payer = await previewDistribution(a.gov, a.founder, {
      period,
      parameters: sampleParameters({ mutualCreditIncome: true }),
    });
    expect(payer.inputs.mutualCredit).toEqual({ amount: '0', count: 0 });
    expect(payer.inputs.income).toBe('0');
  });
});
