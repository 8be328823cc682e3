import { describe, expect, it } from 'vitest';
import { layoutStreams, niceTicks, pickTicks, type WeekCredits } from './streams-layout';

const measure = (text: string) => text.length * 7;

const weeks: WeekCredits[] = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'].map(
  (week, i) => ({ week, livelihood: String(1000 * i), love: '500', care: String(250 * i) }),
);

const options = {
  width: 400,
  height: 280,
  measure,
  weekLabel: (week: string) => week.slice(5),
  number: (n: number) => String(n),
  lastIsPartial: false,
};

describe('the credits-per-week chart’s geometry', () => {
  it('steps its axis by 1, 2 or 5 times a power of ten, from 0 past the top', () => {
    expect(niceTicks(37.5)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1200)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('keeps the last week’s label and as many before it as fit without touching', () => {
    // Ten labels 60 px wide, 40 px apart: every other one, counted from the last.
    const xs = Array.from({ length: 10 }, (_, i) => 30 + i * 40);
    const picked = pickTicks(xs, Array(10).fill(60), 420, 12);
    expect(picked.map((p) => p.index)).toEqual([1, 3, 5, 7, 9]);
    for (let i = 1; i < picked.length; i++)
      expect(picked[i]!.left).toBeGreaterThanOrEqual(picked[i - 1]!.left + 60 + 12);
    // A label at the edge moves inside rather than be cut off.
    expect(pickTicks([400], [100], 420)[0]!.left).toBe(320);
  });

  it('stacks the streams, livelihood at the bottom, on an axis that reaches the top', () => {
    const shape = layoutStreams(weeks, options);
    expect(shape.areas.map((a) => a.stream)).toEqual(['livelihood', 'love', 'care']);
    for (const a of shape.areas) expect(a.path).toMatch(/^M/);
    // The busiest week has 30 + 5 + 7.5 = 42.5 credits: four steps of 20 reach past it.
    expect(shape.yTicks.map((t) => t.label)).toEqual(['0', '20', '40', '60']);
    expect(shape.yTicks[0]!.y).toBe(shape.plot.bottom);
    expect(shape.yTicks[3]!.y).toBe(shape.plot.top);
    expect(shape.plot.left).toBeGreaterThanOrEqual(measure('60'));
    expect(shape.partial).toBeNull();
    expect(shape.weeks).toHaveLength(4);
  });

  it('marks the week still going on, and always labels it', () => {
    const shape = layoutStreams(weeks, {
      ...options,
      width: 200,
      weekLabel: (week: string, i: number) => (i === 3 ? `${week} (so far)` : week),
      lastIsPartial: true,
    });
    expect(shape.partial).not.toBeNull();
    expect(shape.partial!.x1).toBe(shape.plot.right);
    expect(shape.partial!.x0).toBeLessThan(shape.partial!.x1);
    expect(shape.xTicks.at(-1)!.label).toBe('2026-10-26 (so far)');
    // Every label inside the chart.
    for (const t of shape.xTicks) {
      expect(t.x - measure(t.label) / 2).toBeGreaterThanOrEqual(0);
      expect(t.x + measure(t.label) / 2).toBeLessThanOrEqual(200);
    }
  });
});
