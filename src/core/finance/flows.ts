import type { RunOutputs } from './run-record.js';
import type { IncomeRecord } from './state.js';
import type { Period } from './periods.js';

export interface FlowNode {
  id: string;
  label: string;
  kind: 'source' | 'bucket' | 'stream' | 'member' | 'retained';
}

export interface FlowLink {
  source: string;
  target: string;
  amount: string;
}

/**
 * The money of one month's run as a Sankey graph, aggregated on the server: each income source (net of
 * fees) flows into the month's income, which flows into the buckets, the pots (what their streams
 * paid members), and the retained money; each pot flows to its members. The retained money is its
 * own sink node even when it lands in one of the buckets, so the graph has no cycle, and every
 * node's inflow equals its outflow.
 *
 * @example sankeyOf('2026-03', finance.income, datedInRun(finance, '2026-03'), run.outputs, names).links[0] // { source: 'source:client', target: 'income', amount: '150000' }
 */
export function sankeyOf(
  period: Period,
  income: readonly IncomeRecord[],
  inRun: (date: string) => boolean,
  outputs: RunOutputs,
  names: ReadonlyMap<string, string>,
): { nodes: FlowNode[]; links: FlowLink[] } {
  const nodes: FlowNode[] = [];
  const links: FlowLink[] = [];
  const link = (source: string, target: string, amount: bigint) => {
    if (amount > 0n) links.push({ source, target, amount: amount.toString() });
  };
  const bySource = new Map<string, bigint>();
  for (const i of income)
    if (inRun(i.date)) bySource.set(i.source, (bySource.get(i.source) ?? 0n) + i.amount - i.fee);
  for (const [source, amount] of bySource) {
    nodes.push({ id: `source:${source}`, label: sourceLabel[source] ?? source, kind: 'source' });
    link(`source:${source}`, 'income', amount);
  }
  nodes.push({ id: 'income', label: `Income of ${period} (net of fees)`, kind: 'source' });
  for (const b of outputs.buckets) {
    nodes.push({ id: `bucket:${b.name}`, label: b.name, kind: 'bucket' });
    link('income', `bucket:${b.name}`, BigInt(b.amount));
  }
  for (const pot of outputs.pots) {
    const id = `stream:${pot.name}`;
    nodes.push({ id, label: pot.name, kind: 'stream' });
    let paid = 0n;
    for (const m of outputs.members) {
      const amount = pot.streams.reduce((sum, s) => sum + BigInt(m.byStream[s]), 0n);
      paid += amount;
      link(id, `member:${m.memberId}`, amount);
    }
    link('income', id, paid);
  }
  for (const m of outputs.members)
    if (m.payout !== '0')
      nodes.push({
        id: `member:${m.memberId}`,
        label: names.get(m.memberId) ?? m.memberId,
        kind: 'member',
      });
  nodes.push({
    id: `retained:${outputs.retained.bucket}`,
    label: `Retained in ${outputs.retained.bucket}`,
    kind: 'retained',
  });
  link('income', `retained:${outputs.retained.bucket}`, BigInt(outputs.retained.amount));
  return { nodes, links };
}

const sourceLabel: Record<string, string> = {
  client: 'Client payments',
  grant: 'Grants',
  donation: 'Donations',
};
