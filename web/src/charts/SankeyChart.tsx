import { useMemo, useRef } from 'react';
import type { Flows } from '../api/types';
import { measureText, useWidth } from './measure';
import { LABEL_LINE, layoutSankey, sankeyMinWidth } from './sankey-layout';

/**
 * The value flow as an SVG Sankey diagram: each node with its name and what flowed through it.
 * Never narrower than its labels need (`sankeyMinWidth`): the caller puts it in a region that
 * scrolls sideways on a phone, and the same figures in a table beside it.
 */
export function SankeyChart({
  flows,
  label,
  money,
}: {
  flows: Pick<Flows, 'nodes' | 'links'>;
  /** The chart's accessible name. */
  label: string;
  /** An amount in minor units, in the member's currency format and language. */
  money: (minor: bigint) => string;
}) {
  const element = useRef<HTMLDivElement>(null);
  // A whole layout of its own: once per graph, not on every render.
  const minWidth = useMemo(() => sankeyMinWidth(flows), [flows]);
  const width = useWidth(element, minWidth);
  // Laid out once the width is measured (useWidth): never at a guess first.
  const shape = useMemo(
    () =>
      width === undefined ? null : layoutSankey(flows, { width, measure: measureText, money }),
    [flows, width, money],
  );
  const names = new Map(shape?.nodes.map((n) => [n.id, n.name]));
  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      className="chart sankey"
      style={{ minWidth, height: shape?.height }}
    >
      {shape && (
        <svg
          width={shape.width}
          height={shape.height}
          viewBox={`0 0 ${shape.width} ${shape.height}`}
        >
          <g className="sankey-links">
            {shape.links.map((l) => (
              <path
                key={`${l.source}>${l.target}`}
                d={l.path}
                className={`sankey-link kind-${l.sourceKind}`}
                strokeWidth={l.width}
              >
                <title>{`${names.get(l.source)} → ${names.get(l.target)}: ${l.amount}`}</title>
              </path>
            ))}
          </g>
          <g className="sankey-nodes">
            {shape.nodes.map((n) => (
              <rect
                key={n.id}
                x={n.x}
                y={n.y}
                width={n.width}
                height={n.height}
                className={`sankey-node kind-${n.kind}`}
              >
                <title>{`${n.name}: ${n.amount}`}</title>
              </rect>
            ))}
          </g>
          <g className="sankey-labels">
            {shape.nodes.map((n) => (
              <text key={n.id} x={n.labelX} y={n.labelY} dominantBaseline="central">
                {n.lines.map((line, i) => (
                  <tspan
                    key={i}
                    x={n.labelX}
                    dy={i === 0 ? 0 : LABEL_LINE}
                    className={i === n.lines.length - 1 ? 'amount' : undefined}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            ))}
          </g>
        </svg>
      )}
    </div>
  );
}
