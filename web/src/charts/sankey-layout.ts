import type { Flows } from '../api/types';

/*
 * The Sankey's geometry, chosen so that its labels (a node's name, then what flowed through it)
 * never overlap: within a column by the gap between nodes, across columns by a minimum width.
 */

/** Below this the chart's columns leave its labels no room: narrower screens scroll it sideways. */
export const SANKEY_MIN_WIDTH = 600;
/** A label's width, and the height of its lines: a name wrapped on two lines, then the amount. */
export const LABEL_WIDTH = 128;
export const LABEL_LINE = 15;
/**
 * Nodes of a column are at least this far apart, so that two labels, each centred on its node and
 * at most three lines high, never overlap; columns are at least `LABEL_WIDTH` apart at
 * `SANKEY_MIN_WIDTH`, so a label ends before the next column's begin.
 */
export const NODE_GAP = 3 * LABEL_LINE + 4;

/** What flowed through each node: its inflow, or its outflow for a source (they are equal inside). */
export function nodeAmounts(flows: Pick<Flows, 'links'>): Map<string, bigint> {
  const inflow = new Map<string, bigint>();
  const outflow = new Map<string, bigint>();
  for (const l of flows.links) {
    inflow.set(l.target, (inflow.get(l.target) ?? 0n) + BigInt(l.amount));
    outflow.set(l.source, (outflow.get(l.source) ?? 0n) + BigInt(l.amount));
  }
  const amounts = new Map<string, bigint>();
  for (const id of new Set([...inflow.keys(), ...outflow.keys()])) {
    const into = inflow.get(id) ?? 0n;
    const out = outflow.get(id) ?? 0n;
    amounts.set(id, into > out ? into : out);
  }
  return amounts;
}

/** The chart's height: the busiest column (the last: members, buckets, what is retained) decides. */
export function sankeyHeight(flows: Pick<Flows, 'nodes' | 'links'>): number {
  const linked = new Set(flows.links.flatMap((l) => [l.source, l.target]));
  const sources = new Set(flows.links.map((l) => l.source));
  const sinks = flows.nodes.filter((n) => linked.has(n.id) && !sources.has(n.id)).length;
  return Math.max(420, 48 + sinks * (NODE_GAP + 24));
}
