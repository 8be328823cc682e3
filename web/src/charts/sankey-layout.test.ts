import { describe, expect, it } from 'vitest';
import { NODE_GAP, nodeAmounts, sankeyHeight } from './sankey-layout';

const flows = {
  nodes: [
    { id: 'source:grant', label: 'Grants', kind: 'source' as const },
    { id: 'income', label: 'Income', kind: 'source' as const },
    { id: 'bucket:commons', label: 'commons', kind: 'bucket' as const },
    { id: 'stream:care', label: 'care', kind: 'stream' as const },
    { id: 'member:a', label: 'Ana', kind: 'member' as const },
    { id: 'member:b', label: 'Ben', kind: 'member' as const },
    { id: 'stream:love', label: 'love', kind: 'stream' as const },
  ],
  links: [
    { source: 'source:grant', target: 'income', amount: '500000' },
    { source: 'income', target: 'bucket:commons', amount: '50000' },
    { source: 'income', target: 'stream:care', amount: '450000' },
    { source: 'stream:care', target: 'member:a', amount: '300001' },
    { source: 'stream:care', target: 'member:b', amount: '149999' },
  ],
};

describe('the Sankey’s geometry', () => {
  it('gives each node what flowed through it, exactly, in minor units', () => {
    expect(Object.fromEntries(nodeAmounts(flows))).toEqual({
      'source:grant': 500000n,
      income: 500000n,
      'bucket:commons': 50000n,
      'stream:care': 450000n,
      'member:a': 300001n,
      'member:b': 149999n,
    });
  });

  it('grows with the busiest column, so nodes keep a label’s height between them', () => {
    expect(sankeyHeight(flows)).toBe(420);
    const many = {
      nodes: [
        flows.nodes[3]!,
        ...Array.from({ length: 12 }, (_, i) => ({
          id: `member:${i}`,
          label: `M${i}`,
          kind: 'member' as const,
        })),
      ],
      links: Array.from({ length: 12 }, (_, i) => ({
        source: 'stream:care',
        target: `member:${i}`,
        amount: '100',
      })),
    };
    expect(sankeyHeight(many)).toBe(48 + 12 * (NODE_GAP + 24));
  });
});
