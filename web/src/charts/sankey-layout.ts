import { sankey, sankeyJustify } from 'd3-sankey';
import type { Flows } from '../api/types';

/*
 * The Sankey's geometry, chosen so that its labels (a node's name, then what flowed through it)
 * never overlap: within a column by the gap between nodes, across columns by a minimum width.
 * Pure: the React component measures the container and the text, and draws what this returns.
 */

/** A label's width (its text stays inside it), and the height of its lines. */
export const LABEL_WIDTH = 128;
export const LABEL_LINE = 15;
/** Room between a node and its label. */
export const LABEL_OFFSET = 6;
/** The widest a line of a label may be: a name wraps onto a second line, then ends with "…". */
export const LABEL_TEXT_WIDTH = LABEL_WIDTH - LABEL_OFFSET - 2;
export const NODE_WIDTH = 14;
/**
 * Nodes of a column are at least this far apart, so that two labels, each centred on its node and
 * at most three lines high, never overlap.
 */
export const NODE_GAP = 3 * LABEL_LINE + 4;
/** Room above and below: a label centred on a thin node at the edge still fits. */
export const MARGIN_Y = 2 * LABEL_LINE;
const MARGIN_LEFT = 8;
/** Every label is on its node's right: the last column's need this much room at the edge. */
const MARGIN_RIGHT = LABEL_WIDTH + 8;
/** The least room a node takes in its column, whatever flowed through it. */
const MIN_NODE_ROOM = 24;

export type NodeKind = Flows['nodes'][number]['kind'];

/** The width of a string as drawn (pixels); the browser measures, tests count characters. */
export type Measure = (text: string) => number;

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

/**
 * A name in at most two lines of at most `max` pixels: words move to the second line, a word
 * longer than a line is cut, and what does not fit ends in "…" (the full name is in the node's
 * tooltip and in the table beside the chart).
 */
export function wrapLabel(name: string, max: number, measure: Measure): string[] {
  const fits = (s: string) => measure(s) <= max;
  const words = name.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let rest = words;
  while (rest.length > 0 && lines.length < 2) {
    const word = rest[0]!;
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      rest = rest.slice(1);
    } else if (line) {
      lines.push(line);
      line = '';
    } else {
      // One word wider than a line: as much of it as fits, the rest on the next line.
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      rest = [word.slice(cut), ...rest.slice(1)];
    }
  }
  if (line && lines.length < 2) lines.push(line);
  else if (line) rest = [line, ...rest];
  if (rest.length > 0 && lines.length > 0) {
    let last = `${lines[lines.length - 1]!}…`;
    while (last.length > 1 && !fits(last)) last = `${last.slice(0, -2)}…`;
    lines[lines.length - 1] = last;
  }
  return lines;
}

/** The number of columns: one more than the longest path of links. */
export function columnCount(flows: Pick<Flows, 'links'>): number {
  const depth = new Map<string, number>();
  const targets = new Map<string, string[]>();
  for (const l of flows.links) targets.set(l.source, [...(targets.get(l.source) ?? []), l.target]);
  const visit = (id: string, seen: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) throw new Error(`The value flow has a cycle through ${id}.`);
    seen.add(id);
    const d = Math.max(0, ...(targets.get(id) ?? []).map((t) => 1 + visit(t, seen)));
    seen.delete(id);
    depth.set(id, d);
    return d;
  };
  let longest = 0;
  for (const l of flows.links) longest = Math.max(longest, visit(l.source, new Set()));
  return longest + 1;
}

/**
 * The narrowest the diagram may be: each column's labels end before the next column begins.
 * A narrower screen scrolls the diagram sideways inside its own region, never the page.
 */
export function sankeyMinWidth(flows: Pick<Flows, 'links'>): number {
  const columns = columnCount(flows);
  return Math.max(
    320,
    MARGIN_LEFT + MARGIN_RIGHT + NODE_WIDTH + (columns - 1) * (NODE_WIDTH + LABEL_WIDTH),
  );
}

/** The chart's height: the column with the most nodes decides, each keeping a label's room. */
export function sankeyHeight(flows: Pick<Flows, 'links'>): number {
  const byColumn = new Map<number, number>();
  const columns = columnCount(flows);
  // Only the columns are read: d3-sankey places nodes in columns before its iterations move them
  // up and down, so none are run (this was a second whole layout on every first render).
  for (const node of laidOut(flows, 1000, 100_000, columns, 0).nodes)
    byColumn.set(node.x0!, (byColumn.get(node.x0!) ?? 0) + 1);
  const busiest = Math.max(1, ...byColumn.values());
  return Math.max(420, 2 * MARGIN_Y + busiest * (NODE_GAP + MIN_NODE_ROOM) - NODE_GAP);
}

interface NodeDatum {
  id: string;
}
interface LinkDatum {
  source: string;
  target: string;
  value: number;
  amount: string;
}

function laidOut(
  flows: Pick<Flows, 'links'>,
  width: number,
  height: number,
  columns: number,
  iterations = 32,
) {
  const ids = [...new Set(flows.links.flatMap((l) => [l.source, l.target]))];
  const layout = sankey<NodeDatum, LinkDatum>()
    .nodeId((n) => n.id)
    .nodeWidth(NODE_WIDTH)
    .nodePadding(NODE_GAP)
    .nodeAlign(sankeyJustify)
    .iterations(iterations)
    .extent([
      [MARGIN_LEFT, MARGIN_Y],
      [
        Math.max(width, MARGIN_LEFT + MARGIN_RIGHT + columns * NODE_WIDTH) - MARGIN_RIGHT,
        height - MARGIN_Y,
      ],
    ]);
  return layout({
    nodes: ids.map((id) => ({ id })),
    // A float for the geometry only: the amounts drawn are the exact minor units.
    links: flows.links.map((l) => ({
      source: l.source,
      target: l.target,
      value: Number(l.amount),
      amount: l.amount,
    })),
  });
}

export interface SankeyNodeShape {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The full name, the amount, and the label's lines (the name wrapped, then the amount). */
  name: string;
  amount: string;
  lines: string[];
  /** Where the label's first line is centred, vertically; each next line is `LABEL_LINE` lower. */
  labelX: number;
  labelY: number;
}

export interface SankeyLinkShape {
  source: string;
  target: string;
  sourceKind: NodeKind;
  /** An SVG path along the link's middle, drawn with `width` as its stroke's width. */
  path: string;
  width: number;
  amount: string;
}

export interface SankeyShape {
  width: number;
  height: number;
  nodes: SankeyNodeShape[];
  links: SankeyLinkShape[];
}

/**
 * The diagram laid out at `width` (never below `sankeyMinWidth`): nodes nothing flowed through are
 * left out, and every amount is formatted by `money` from the exact minor units.
 */
export function layoutSankey(
  flows: Pick<Flows, 'nodes' | 'links'>,
  options: { width: number; measure: Measure; money: (minor: bigint) => string },
): SankeyShape {
  const width = Math.max(options.width, sankeyMinWidth(flows));
  const height = sankeyHeight(flows);
  const graph = laidOut(flows, width, height, columnCount(flows));
  const info = new Map(flows.nodes.map((n) => [n.id, n]));
  const amounts = nodeAmounts(flows);
  const nodes = graph.nodes.map((n): SankeyNodeShape => {
    const name = info.get(n.id)?.label ?? n.id;
    const amount = options.money(amounts.get(n.id) ?? 0n);
    const lines = [...wrapLabel(name, LABEL_TEXT_WIDTH, options.measure), amount];
    const middle = (n.y0! + n.y1!) / 2;
    return {
      id: n.id,
      kind: info.get(n.id)?.kind ?? 'retained',
      x: n.x0!,
      y: n.y0!,
      width: n.x1! - n.x0!,
      height: Math.max(1, n.y1! - n.y0!),
      name,
      amount,
      lines,
      labelX: n.x1! + LABEL_OFFSET,
      labelY: middle - ((lines.length - 1) * LABEL_LINE) / 2,
    };
  });
  const links = graph.links.map((l): SankeyLinkShape => {
    const source = l.source as (typeof graph.nodes)[number];
    const target = l.target as (typeof graph.nodes)[number];
    const x0 = source.x1!;
    const x1 = target.x0!;
    const middle = (x0 + x1) / 2;
    return {
      source: source.id,
      target: target.id,
      sourceKind: info.get(source.id)?.kind ?? 'retained',
      path: `M${x0},${l.y0!}C${middle},${l.y0!} ${middle},${l.y1!} ${x1},${l.y1!}`,
      width: Math.max(1, l.width!),
      amount: options.money(BigInt(l.amount)),
    };
  });
  return { width, height, nodes, links };
}
