import { message, type Message } from '../messages/codes.js';
import { renderEnglish } from '../messages/render-en.js';
import type { RunOutputs } from './run-record.js';
import type { ExpenseRecord, IncomeRecord } from './state.js';
import type { Period } from './periods.js';

export interface FlowNode {
  id: string;
  /** The name in English, members by name: what the CLI prints. */
  label: string;
  /** The same name as a code, for each face to say in its reader's language. */
  name: Message;
  kind: 'source' | 'bucket' | 'stream' | 'member' | 'retained' | 'solidarity';
}

/** A federated DisCO at one end of a solidarity transfer: its actor id and its name. */
export interface SolidarityPeer {
  peer: string;
  name: string;
}

/**
 * Which income and expenses are solidarity transfers between DisCOs, by record id, as their
 * acceptance and receipt events name them; and the month's expenses to find them among.
 */
export interface SolidarityFlows {
  from: ReadonlyMap<string, SolidarityPeer>;
  to: ReadonlyMap<string, SolidarityPeer>;
  expenses: readonly ExpenseRecord[];
}

export const NO_SOLIDARITY: SolidarityFlows = { from: new Map(), to: new Map(), expenses: [] };

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
 * node's inflow equals its outflow. Solidarity between DisCOs has nodes of its own: each DisCO that
 * sent a transfer is a source of the income ("solidarity from"), and each one this DisCO sent money
 * to is a sink fed by what the buckets paid out for it ("solidarity to"), since expenses are paid
 * from the buckets, not from the month's income.
 *
 * @example sankeyOf('2026-03', finance.income, datedInRun(finance, '2026-03'), run.outputs, names).links[0] // { source: 'source:client', target: 'income', amount: '150000' }
 */
export function sankeyOf(
  period: Period,
  income: readonly IncomeRecord[],
  inRun: (date: string) => boolean,
  outputs: RunOutputs,
  names: ReadonlyMap<string, string>,
  solidarity: SolidarityFlows = NO_SOLIDARITY,
): { nodes: FlowNode[]; links: FlowLink[] } {
  const nodes: FlowNode[] = [];
  const links: FlowLink[] = [];
  const link = (source: string, target: string, amount: bigint) => {
    if (amount > 0n) links.push({ source, target, amount: amount.toString() });
  };
  const bySource = new Map<string, bigint>();
  const fromPeers = new Map<string, { name: string; amount: bigint }>();
  for (const i of income) {
    if (!inRun(i.date)) continue;
    const peer = solidarity.from.get(i.id);
    if (peer === undefined)
      bySource.set(i.source, (bySource.get(i.source) ?? 0n) + i.amount - i.fee);
    else add(fromPeers, peer, i.amount - i.fee);
  }
  const toPeers = new Map<string, { name: string; amount: bigint }>();
  for (const e of solidarity.expenses) {
    const peer = solidarity.to.get(e.id);
    if (peer !== undefined && inRun(e.date)) add(toPeers, peer, e.amount);
  }
  const nameOf = (memberId: string) => names.get(memberId);
  const node = (id: string, name: Message, kind: FlowNode['kind']) =>
    nodes.push({ id, label: renderEnglish(name, { nameOf }), name, kind });
  for (const [source, amount] of bySource) {
    node(`source:${source}`, sourceName(source), 'source');
    link(`source:${source}`, 'income', amount);
  }
  for (const [peer, from] of fromPeers) {
    node(
      `solidarity-from:${peer}`,
      message('flow.solidarity.from', { disco: from.name }),
      'solidarity',
    );
    link(`solidarity-from:${peer}`, 'income', from.amount);
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
  if (toPeers.size > 0) node('solidarity-out', message('flow.solidarity.buckets'), 'bucket');
  for (const [peer, to] of toPeers) {
    node(`solidarity-to:${peer}`, message('flow.solidarity.to', { disco: to.name }), 'solidarity');
    link('solidarity-out', `solidarity-to:${peer}`, to.amount);
  }
  return { nodes, links };
}

function add(
  byPeer: Map<string, { name: string; amount: bigint }>,
  { peer, name }: SolidarityPeer,
  amount: bigint,
) {
  const seen = byPeer.get(peer);
  byPeer.set(peer, { name, amount: (seen?.amount ?? 0n) + amount });
}

function sourceName(source: string): Message {
  if (source === 'client' || source === 'grant' || source === 'donation' || source === 'solidarity')
    return message(`flow.source.${source}`);
  return message('flow.source.other', { source });
}
