import { area, stack } from 'd3-shape';
import type { Stream } from '../api/types';
import type { Measure } from './sankey-layout';

/*
 * The credits-per-week chart's geometry: the three streams stacked as areas, a y axis of round
 * numbers and the weeks' labels that fit without touching. Pure: the component measures.
 */

export const STREAMS: Stream[] = ['livelihood', 'love', 'care'];
const MARGIN_TOP = 10;
const MARGIN_RIGHT = 12;
const AXIS_GAP = 8;
const TICK_GAP = 12;
/** Room under the plot for the weeks' labels. */
const X_AXIS_HEIGHT = 24;

export interface WeekCredits {
  week: string;
  livelihood: string;
  love: string;
  care: string;
}

/** Credits in minor units to a number of credits, for the geometry only. */
const credits = (minor: string) => Number(minor) / 100;

/** Round steps (1, 2 or 5 times a power of ten) from 0 to at least `max`, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let i = 0; ticks.length === 0 || ticks[ticks.length - 1]! < max; i++) ticks.push(i * step);
  return ticks;
}

/**
 * Which of the labels centred at `xs` (each `widths` wide, kept inside 0..`width`) to show so
 * that none touches another: the last (the week still going on) always, then going back, each
 * that ends `gap` before the one after it.
 */
export function pickTicks(
  xs: number[],
  widths: number[],
  width: number,
  gap = TICK_GAP,
): Array<{ index: number; left: number }> {
  const picked: Array<{ index: number; left: number }> = [];
  let limit = Infinity;
  for (let i = xs.length - 1; i >= 0; i--) {
    const w = widths[i]!;
    const left = Math.min(Math.max(xs[i]! - w / 2, 0), Math.max(0, width - w));
    if (left + w + gap <= limit || picked.length === 0) {
      picked.unshift({ index: i, left });
      limit = left;
    }
  }
  return picked;
}

export interface StreamsShape {
  /** The plot's box, inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  areas: Array<{ stream: Stream; path: string }>;
  yTicks: Array<{ y: number; label: string }>;
  xTicks: Array<{ x: number; label: string }>;
  /** Where each week's credits are read, for its tooltip. */
  weeks: Array<{ x0: number; x1: number }>;
  /** The span of the week still going on, drawn apart: its credits so far are not a drop. */
  partial: { x0: number; x1: number } | null;
}

export function layoutStreams(
  weeks: WeekCredits[],
  options: {
    width: number;
    height: number;
    measure: Measure;
    /** A week's label on its axis. */
    weekLabel: (week: string, index: number) => string;
    /** A number of credits on the y axis. */
    number: (credits: number) => string;
    /** Whether the last week is still going on. */
    lastIsPartial: boolean;
  },
): StreamsShape {
  const { width, height, measure } = options;
  const series = stack<WeekCredits, Stream>()
    .keys(STREAMS)
    .value((w, key) => credits(w[key]))(weeks);
  const top = Math.max(0, ...series.flatMap((s) => s.map((point) => point[1])));
  const ticks = niceTicks(top);
  const yMax = ticks[ticks.length - 1]!;
  const yLabels = ticks.map(options.number);
  const left = Math.ceil(Math.max(...yLabels.map(measure))) + AXIS_GAP;
  const plot = {
    left,
    top: MARGIN_TOP,
    right: Math.max(left + 1, width - MARGIN_RIGHT),
    bottom: height - X_AXIS_HEIGHT,
  };
  const y = (v: number) => plot.bottom - (v / yMax) * (plot.bottom - plot.top);
  const step = weeks.length > 1 ? (plot.right - plot.left) / (weeks.length - 1) : 0;
  const x = (i: number) => (weeks.length > 1 ? plot.left + i * step : (plot.left + plot.right) / 2);
  const shape = area<[number, number]>()
    .x((_, i) => x(i))
    .y0((p) => y(p[0]))
    .y1((p) => y(p[1]));
  const areas = series.map((s) => ({
    stream: s.key,
    path: shape(s.map((p) => [p[0], p[1]] as [number, number])) ?? '',
  }));
  const labels = weeks.map((w, i) => options.weekLabel(w.week, i));
  const xs = weeks.map((_, i) => x(i));
  const xTicks = pickTicks(xs, labels.map(measure), width).map(({ index, left: l }) => ({
    x: l + measure(labels[index]!) / 2,
    label: labels[index]!,
  }));
  const half = weeks.length > 1 ? step / 2 : (plot.right - plot.left) / 2;
  const n = weeks.length;
  return {
    plot,
    areas,
    yTicks: ticks.map((v, i) => ({ y: y(v), label: yLabels[i]! })),
    xTicks,
    weeks: xs.map((cx) => ({
      x0: Math.max(plot.left, cx - half),
      x1: Math.min(plot.right, cx + half),
    })),
    partial: !options.lastIsPartial
      ? null
      : n > 1
        ? { x0: x(n - 2), x1: x(n - 1) }
        : { x0: plot.left, x1: plot.right },
  };
}
