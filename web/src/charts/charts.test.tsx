// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { Profiler, useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../format';
import { useWidth } from './measure';
import { SankeyChart } from './SankeyChart';
import { SidewaysScroll } from './SidewaysScroll';
import { StreamsChart } from './StreamsChart';

/** happy-dom lays nothing out: give elements the box a browser would, for as long as a test needs. */
function withBoxes(box: { clientWidth: number; scrollWidth: number }): () => void {
  const restore: Array<() => void> = [];
  for (const [name, value] of Object.entries(box)) {
    const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
    restore.push(() =>
      own
        ? Object.defineProperty(HTMLElement.prototype, name, own)
        : delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name],
    );
  }
  return () => restore.forEach((undo) => undo());
}

let unbox: (() => void) | undefined;
afterEach(() => {
  cleanup();
  unbox?.();
  unbox = undefined;
});

const flows = {
  nodes: [
    { id: 'income', label: 'Ingresos', kind: 'source' as const },
    { id: 'stream:care', label: 'Cuidados', kind: 'stream' as const },
    { id: 'member:a', label: 'Ana', kind: 'member' as const },
    { id: 'member:b', label: 'Ben', kind: 'member' as const },
  ],
  links: [
    { source: 'income', target: 'stream:care', amount: '123456' },
    { source: 'stream:care', target: 'member:a', amount: '100000' },
    { source: 'stream:care', target: 'member:b', amount: '23456' },
  ],
};

describe('the Deck’s SVG charts', () => {
  it('draws the Sankey with its name and each node’s name and amount in the member’s format', () => {
    const money = (minor: bigint) => formatMoney(minor.toString(), 'EUR', 'es');
    render(<SankeyChart flows={flows} label="Flujo de valor" money={money} />);
    const chart = screen.getByRole('img', { name: 'Flujo de valor' });
    const labels = [...chart.querySelectorAll('.sankey-labels text')].map((t) => t.textContent);
    expect(labels).toEqual(
      expect.arrayContaining([
        `Ingresos${money(123456n)}`,
        `Cuidados${money(123456n)}`,
        `Ana${money(100000n)}`,
        `Ben${money(23456n)}`,
      ]),
    );
    expect(money(123456n)).toBe('1234,56\u00a0€');
    expect(chart.querySelectorAll('.sankey-link')).toHaveLength(3);
    expect(chart.querySelector('.sankey-link title')?.textContent).toBe(
      `Ingresos → Cuidados: ${money(123456n)}`,
    );
  });

  it('draws the credits per week with its name, a legend, and the week still going on marked', () => {
    const weeks = ['2026-11-16', '2026-11-23', '2026-11-30'].map((week) => ({
      week,
      livelihood: '1000',
      love: '200',
      care: '300',
    }));
    render(
      <StreamsChart
        weeks={weeks}
        label="Credits per week"
        streamName={(s) => s.toUpperCase()}
        weekLabel={(week, partial) => (partial ? `${week} (so far)` : week)}
        number={(n) => String(n)}
        credits={(minor) => `${minor}c`}
        lastIsPartial
      />,
    );
    const chart = screen.getByRole('img', { name: 'Credits per week' });
    expect(chart.querySelectorAll('path.area')).toHaveLength(3);
    expect(chart.querySelector('rect.partial-week')).not.toBeNull();
    const ticks = [...chart.querySelectorAll('.axis text')].map((t) => t.textContent);
    expect(ticks).toContain('2026-11-30 (so far)');
    expect(chart.querySelector('.hover rect title')?.textContent).toBe(
      '2026-11-16: LIVELIHOOD 1000c, LOVE 200c, CARE 300c',
    );
    expect(document.querySelector('.chart-legend')?.textContent).toBe('LIVELIHOODLOVECARE');
  });

  it('lays a chart out once, at its measured width, never first at a guess', () => {
    unbox = withBoxes({ clientWidth: 640, scrollWidth: 640 });
    const seen: Array<number | undefined> = [];
    function Probe() {
      const element = useRef<HTMLDivElement>(null);
      seen.push(useWidth(element, 320));
      return <div ref={element} />;
    }
    render(<Probe />);
    expect(seen.filter((w) => w !== undefined)).toEqual([640]);

    let drawn = 0;
    render(
      <Profiler
        id="sankey"
        onRender={() => {
          if (document.querySelector('.sankey svg')) drawn++;
        }}
      >
        <SankeyChart flows={flows} label="Flow" money={(m) => String(m)} />
      </Profiler>,
    );
    expect(drawn).toBe(1);
    expect(document.querySelector('.sankey svg')?.getAttribute('width')).toBe('640');
  });

  it('says a diagram scrolls sideways only while it is wider than its region', () => {
    const cue = 'Scroll sideways to see the whole diagram.';
    unbox = withBoxes({ clientWidth: 360, scrollWidth: 900 });
    render(
      <SidewaysScroll label="The diagram" cue={cue}>
        <div>wide</div>
      </SidewaysScroll>,
    );
    const region = screen.getByRole('region', { name: 'The diagram' });
    expect(screen.getByText(cue)).toBeDefined();
    expect(region.getAttribute('aria-describedby')).toBe(screen.getByText(cue).id);
    cleanup();
    unbox();
    unbox = withBoxes({ clientWidth: 900, scrollWidth: 900 });
    render(
      <SidewaysScroll label="The diagram" cue={cue}>
        <div>fits</div>
      </SidewaysScroll>,
    );
    expect(screen.queryByText(cue)).toBeNull();
    expect(screen.getByRole('region').getAttribute('aria-describedby')).toBeNull();
  });
});
