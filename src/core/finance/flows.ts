import { message, type Message } from '../messages/codes.js';
import { renderEnglish } from '../messages/render-en.js';
import type { RunOutputs } from './run-record.js';
import type { IncomeRecord } from './state.js';
import type { Period } from './periods.js';

export interface FlowNode {
  id: string;
  /** The name in English, members by name: what the CLI prints. */
  label: string;
  /** The same name as a code, for each face to say in its reader's language. */
  name: Message;
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
  const nameOf = (memberId: string) => names.get(memberId);
  const node = (id: string, name: Message, kind: FlowNode['kind']) =>
    nodes.push({ id, label: renderEnglish(name, { nameOf }), name, kind });
  for (const [source, amount] of bySource) {
    node(`source:${source}`, sourceName(source), 'source');
    link(`source:${source}`, 'income', amount);
  }
  node('income', message('flow.income', { period }), 'source');
  for (const b of outputs.buckets) {
    node(`bucket:${b.name}`, message('flow.bucket', { bucket: b.name }), 'bucket');
    link('income', `bucket:${b.name}`, BigInt(b.amount));
  }
  for (const pot of outputs.pots) {
    const id = `stream:${pot.name}`;
    node(id, message('flow.pot', { pot: pot.name }), 'stream');
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
      node(`member:${m.memberId}`, message('flow.member', { memberId: m.memberId }), 'member');
  node(
    `retained:${outputs.retained.bucket}`,
    message('flow.retained', { bucket: outputs.retained.bucket }),
    'retained',
  );
  link('income', `retained:${outputs.retained.bucket}`, BigInt(outputs.retained.amount));
  return { nodes, links };
}

function sourceName(source: string): Message {
  if (source === 'client' || source === 'grant' || source === 'donation' || source === 'solidarity')
    return message(`flow.source.${source}`);
  return message('flow.source.other', { source });
}
