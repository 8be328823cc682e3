import { LineChart, SankeyChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts the Deck draws, so this lazily loaded chunk stays a fraction of all of echarts.
echarts.use([
  SankeyChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * One echarts chart, sized by its container and redrawn when `option` changes. The caller puts
 * the same figures in a table beside it: a chart is not readable by a screen reader or keyboard.
 */
export default function EChart({
  option,
  label,
  height = 360,
  minWidth,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  /** The width below which the chart stops shrinking (its container then scrolls). */
  minWidth?: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    // Members who asked their system for less motion get the chart drawn at once.
    const animation = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // echarts writes its own aria-label over the container's ("the data for source… is NaN"):
    // giving it the description keeps the chart's name the one the page chose.
    chart.current?.setOption(
      { aria: { enabled: true, label: { description: label } }, animation, ...option },
      true,
    );
  }, [option, label]);
  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      className="chart"
      style={{ height, ...(minWidth ? { minWidth } : {}) }}
    />
  );
}
