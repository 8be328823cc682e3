import { describe, expect, it } from 'vitest';
import {
  columnCount,
  LABEL_LINE,
  LABEL_TEXT_WIDTH,
  LABEL_WIDTH,
  layoutSankey,
  MARGIN_Y,
  NODE_GAP,
  nodeAmounts,
  sankeyHeight,
  sankeyMinWidth,
  wrapLabel,
} from './sankey-layout';

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

/** Seven pixels a character: what the tests take a drawn string's width to be. */
const measure = (text: string) => text.length * 7;
const money = (minor: bigint) => `€${minor}`;

/** The box a node's label takes on screen, as the component draws it. */
function labelBox(node: ReturnType<typeof layoutSankey>['nodes'][number]) {
  const top = node.labelY - LABEL_LINE / 2;
  return {
    left: node.labelX,
    right: node.labelX + Math.max(...node.lines.map(measure)),
    top,
    bottom: top + node.lines.length * LABEL_LINE,
  };
}

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

  it('counts the columns by the longest path, and is wide enough for a label per column', () => {
    expect(columnCount(flows)).toBe(4);
    expect(sankeyMinWidth(flows)).toBeGreaterThanOrEqual(4 * LABEL_WIDTH);
    expect(columnCount({ links: [{ source: 'a', target: 'b', amount: '1' }] })).toBe(2);
    expect(() =>
      columnCount({
        links: [
          { source: 'a', target: 'b', amount: '1' },
          { source: 'b', target: 'a', amount: '1' },
        ],
      }),
    ).toThrow(/cycle through/);
  });

  it('grows with the busiest column, so nodes keep a label’s height between them', () => {
    expect(sankeyHeight(flows)).toBe(420);
    const many = {
      links: Array.from({ length: 12 }, (_, i) => ({
        source: 'stream:care',
        target: `member:${i}`,
        amount: '100',
      })),
    };
    expect(sankeyHeight(many)).toBe(2 * MARGIN_Y + 12 * (NODE_GAP + 24) - NODE_GAP);
  });

  it('counts a node nothing flows out of in the last column, where the diagram draws it', () => {
    // The commons bucket is one link from the income, but justified to the members' column.
    const justified = {
      links: [
        { source: 'income', target: 'bucket:commons', amount: '100' },
        { source: 'income', target: 'stream:care', amount: '1100' },
        ...Array.from({ length: 11 }, (_, i) => ({
          source: 'stream:care',
          target: `member:${i}`,
          amount: '100',
        })),
      ],
    };
    const height = sankeyHeight(justified);
    expect(height).toBe(2 * MARGIN_Y + 12 * (NODE_GAP + 24) - NODE_GAP);
    const drawn = layoutSankey({ nodes: [], ...justified }, { width: 900, measure, money });
    const last = Math.max(...drawn.nodes.map((n) => n.x));
    expect(drawn.nodes.filter((n) => n.x === last)).toHaveLength(12);
    expect(drawn.height).toBe(height);
  });

  it('wraps a long name on two lines at most, ending what does not fit with “…”', () => {
    const max = 10 * 7;
    expect(wrapLabel('Ana', max, measure)).toEqual(['Ana']);
    expect(wrapLabel('Care circle fund', max, measure)).toEqual(['Care', 'circle…']);
    expect(wrapLabel('Care fund', max, measure)).toEqual(['Care fund']);
    expect(wrapLabel('Livelihood projects', max, measure)).toEqual(['Livelihood', 'projects']);
    expect(wrapLabel('Supercalifragilistic', max, measure)).toEqual(['Supercalif', 'ragilistic']);
    expect(wrapLabel('Supercalifragilisticexpialidocious', max, measure)).toEqual([
      'Supercalif',
      'ragilisti…',
    ]);
    for (const line of wrapLabel('A very long name of a member of the cooperative', max, measure))
      expect(measure(line)).toBeLessThanOrEqual(max);
  });

  it('lays out every linked node with its amount, and leaves out nodes nothing flowed through', () => {
    const shape = layoutSankey(flows, { width: 800, measure, money });
    expect(shape.width).toBe(800);
    expect(shape.nodes.map((n) => n.id).sort()).toEqual([...nodeAmounts(flows).keys()].sort());
    const ana = shape.nodes.find((n) => n.id === 'member:a')!;
    expect(ana.lines).toEqual(['Ana', '€300001']);
    expect(ana.amount).toBe('€300001');
    expect(shape.links).toHaveLength(5);
    expect(shape.links[0]).toMatchObject({
      source: 'source:grant',
      target: 'income',
      sourceKind: 'source',
      amount: '€500000',
    });
    expect(shape.links[0]!.path).toMatch(/^M[\d.]+,[\d.]+C/);
  });

  it('never draws narrower than its labels need, and keeps every label inside and apart', () => {
    const long = {
      nodes: [
        ...flows.nodes,
        ...Array.from({ length: 9 }, (_, i) => ({
          id: `member:long${i}`,
          label: `Member with a rather long name number ${i}`,
          kind: 'member' as const,
        })),
      ],
      links: [
        ...flows.links,
        ...Array.from({ length: 9 }, (_, i) => ({
          source: 'stream:care',
          target: `member:long${i}`,
          amount: String(1 + i * 1000),
        })),
      ],
    };
    // A 375-pixel phone: the diagram keeps its own width, and its region scrolls.
    const shape = layoutSankey(long, { width: 343, measure, money });
    expect(shape.width).toBe(sankeyMinWidth(long));
    const boxes = shape.nodes.map((n) => ({ id: n.id, ...labelBox(n) }));
    for (const n of shape.nodes)
      for (const line of n.lines) expect(measure(line)).toBeLessThanOrEqual(LABEL_TEXT_WIDTH);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(shape.width);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(shape.height);
    }
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart =
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
  });
});
