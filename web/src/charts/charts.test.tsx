// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../format';
import { SankeyChart } from './SankeyChart';
import { StreamsChart } from './StreamsChart';

afterEach(cleanup);

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
});
