// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDeck } from '../test-render';
import { monthNames, MonthInput } from './MonthInput';

afterEach(cleanup);

/** A labelled month field holding its value, showing what the form would send. */
function Form({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="period">Mes</label>
      <MonthInput id="period" label="Mes" value={value} onValue={setValue} thisYear="2026" />
      <output>{value}</output>
      <button type="button" onClick={() => setValue('')}>
        reset
      </button>
    </>
  );
}

describe('a month field in the reader’s language', () => {
  it('names the months in the page’s language, not the browser’s', () => {
    expect(monthNames('es')[11]).toBe('diciembre');
    expect(monthNames('en')[0]).toBe('January');
  });

  it('offers the Spanish months and the year under the field’s label (es)', async () => {
    const { user } = renderDeck(<Form />, { language: 'es' });
    const month = screen.getByRole('combobox', { name: 'Mes' });
    const options = [...month.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual(['ningún mes', ...monthNames('es')]);
    expect(options).toContain('diciembre');
    const year = screen.getByRole('textbox', { name: 'Año de: Mes' });
    expect(year.getAttribute('placeholder')).toBe('aaaa');
    // Choosing a month with no year typed takes this year.
    await user.selectOptions(month, 'diciembre');
    expect(screen.getByRole('status').textContent).toBe('2026-12');
    await user.clear(year);
    expect(screen.getByRole('status').textContent).toBe('');
    await user.type(year, '20');
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('');
    await user.type(year, '25');
    expect(year.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('2025-12');
  });

  it('shows a month it was given, and nothing after a reset (en)', async () => {
    const { user } = renderDeck(<Form initial="2026-03" />, { language: 'en' });
    const month = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Mes' });
    expect(month.selectedOptions[0]?.textContent).toBe('March');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Year of: Mes' }).value).toBe(
      '2026',
    );
    await user.click(screen.getByRole('button', { name: 'reset' }));
    expect(month.value).toBe('');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Year of: Mes' }).value).toBe('');
  });

  it('passes the field’s invalid mark and description to the month list', () => {
    renderDeck(
      <>
        <p id="why">Choose a month</p>
        <MonthInput
          id="m"
          label="Month"
          value=""
          onValue={() => {}}
          thisYear="2026"
          aria-invalid
          aria-describedby="why"
        />
      </>,
    );
    const month = screen.getByRole('combobox');
    expect(month.getAttribute('aria-invalid')).toBe('true');
    expect(month.getAttribute('aria-describedby')).toBe('why');
  });
});
