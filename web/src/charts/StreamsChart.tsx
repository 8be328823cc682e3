import { useId, useMemo, useRef } from 'react';
import type { Stream } from '../api/types';
import { measureText, useWidth } from './measure';
import { layoutStreams, STREAMS, type WeekCredits } from './streams-layout';

/**
 * Credits per week, the three streams stacked, as SVG. The week still going on is hatched, and
 * its label says so: its credits so far are not a drop. The caller puts the figures in a table.
 */
export function StreamsChart({
  weeks,
  label,
  streamName,
  weekLabel,
  number,
  credits,
  lastIsPartial,
  height = 280,
}: {
  weeks: WeekCredits[];
  /** The chart's accessible name. */
  label: string;
  streamName: (stream: Stream) => string;
  weekLabel: (week: string, partial: boolean) => string;
  /** A round number of credits, on the axis. */
  number: (credits: number) => string;
  /** A week's exact credits (minor units), in its tooltip. */
  credits: (minor: string) => string;
  lastIsPartial: boolean;
  height?: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  const width = useWidth(element, 320);
  const hatch = `partial-${useId().replace(/:/g, '')}`;
  // Laid out once the width is measured (useWidth): never at a guess first.
  const shape = useMemo(
    () =>
      width === undefined
        ? null
        : layoutStreams(weeks, {
            width,
            height,
            measure: measureText,
            weekLabel: (week, i) => weekLabel(week, lastIsPartial && i === weeks.length - 1),
            number,
            lastIsPartial,
          }),
    [weeks, width, height, weekLabel, number, lastIsPartial],
  );
  return (
    <>
      <ul className="chart-legend" aria-hidden="true">
        {STREAMS.map((s) => (
          <li key={s}>
            <span className={`swatch stream-${s}`} />
            {streamName(s)}
          </li>
        ))}
      </ul>
      <div ref={element} role="img" aria-label={label} className="chart streams" style={{ height }}>
        {shape && width !== undefined && (
          <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
            <defs>
              <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse">
                <path d="M0,6 L6,0" className="partial-hatch" />
              </pattern>
            </defs>
            <g className="axis">
              {shape.yTicks.map((tick, i) => (
                <g key={i}>
                  <line
                    x1={shape.plot.left}
                    x2={shape.plot.right}
                    y1={tick.y}
                    y2={tick.y}
                    className="grid"
                  />
                  <text
                    x={shape.plot.left - 8}
                    y={tick.y}
                    textAnchor="end"
                    dominantBaseline="central"
                  >
                    {tick.label}
                  </text>
                </g>
              ))}
            </g>
            <g className="series">
              {shape.areas.map((a) => (
                <path key={a.stream} d={a.path} className={`area stream-${a.stream}`} />
              ))}
            </g>
            {shape.partial && (
              <rect
                x={shape.partial.x0}
                y={shape.plot.top}
                width={Math.max(0, shape.partial.x1 - shape.partial.x0)}
                height={shape.plot.bottom - shape.plot.top}
                fill={`url(#${hatch})`}
                className="partial-week"
              />
            )}
            <g className="axis">
              <line
                x1={shape.plot.left}
                x2={shape.plot.right}
                y1={shape.plot.bottom}
                y2={shape.plot.bottom}
              />
              {shape.xTicks.map((tick, i) => (
                <text key={i} x={tick.x} y={shape.plot.bottom + 16} textAnchor="middle">
                  {tick.label}
                </text>
              ))}
            </g>
            <g className="hover">
              {shape.weeks.map((w, i) => (
                <rect
                  key={weeks[i]!.week}
                  x={w.x0}
                  y={shape.plot.top}
                  width={w.x1 - w.x0}
                  height={shape.plot.bottom - shape.plot.top}
                >
                  <title>
                    {`${weekLabel(weeks[i]!.week, lastIsPartial && i === weeks.length - 1)}: ${STREAMS.map(
                      (s) => `${streamName(s)} ${credits(weeks[i]![s])}`,
                    ).join(', ')}`}
                  </title>
                </rect>
              ))}
            </g>
          </svg>
        )}
      </div>
    </>
  );
}
