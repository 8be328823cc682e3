import { describe, expect, it } from 'vitest';
import type { FlowLink } from '../../core/finance/flows.js';
import { distributionFlows } from './distribution-flows.js';
import { recordIncome } from './record-income.js';
import { setFirstCatParameters } from './set-cat-parameters.js';
import { openFinanceDisco, sampleParameters } from './test-finance.js';

const into = (links: FlowLink[], id: string): bigint =>
  links.filter((l) => l.target === id).reduce((sum, l) => sum + BigInt(l.amount), 0n);

describe('distributionFlows', () => {
  it('answers from the ledger as it stands: the same head gives the same graph, an append a new one', async () => {
    const f = await openFinanceDisco();
    const { ctx, founder, ana, bo } = f;
    await setFirstCatParameters(ctx, founder, sampleParameters());
    await f.counted(ana, bo, { stream: 'livelihood', hours: '10', date: '2025-12-03' });
    const grant = (amount: string) =>
      recordIncome(ctx, founder, {
        source: 'grant',
        amount,
        currency: 'EUR',
        date: '2025-12-20',
        payer: 'Commons Fund',
        description: 'Translation grant',
      });
    await grant('50000');
    const first = await distributionFlows(ctx, ana, { period: '2025-12' });
    expect(into(first.links, 'income')).toBe(50000n);
    // Nothing appended: the graph already made, not a second reading of the finance tables.
    expect(await distributionFlows(ctx, bo, { period: '2025-12' })).toBe(first);
    await grant('20000');
    const after = await distributionFlows(ctx, ana, { period: '2025-12' });
    expect(into(after.links, 'income')).toBe(70000n);
    // Another month asked for is another graph, and the refusal of a guest is not skipped.
    expect((await distributionFlows(ctx, ana, { period: '2025-11' })).period).toBe('2025-11');
    await expect(distributionFlows(ctx, null, { period: '2025-12' })).rejects.toThrow();
  });
});
