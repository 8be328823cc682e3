// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDeck } from '../test-render';
import { DateInput, readDate, showDate } from './DateInput';

afterEach(cleanup);

/** A labelled field holding its value, showing what the form would send. */
function Form({ initial = '', withTime = false }: { initial?: string; withTime?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label>
        Day
        <DateInput value={value} onValue={setValue} withTime={withTime} />
      </label>
      <output>{value}</output>
    </>
  );
}

const described = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

describe('a date field in the reader’s format', () => {
  for (const [language, pattern, typed, words] of [
    ['es', 'dd/mm/aaaa', '1/3/2026', 'domingo, 1 de marzo de 2026'],
    ['en', 'mm/dd/yyyy', '3/1/2026', 'Sunday, March 1, 2026'],
  ] as const)
    it(`shows ${pattern} and reads what is typed that way (${language})`, async () => {
      const { user } = renderDeck(<Form />, { language });
      const field = screen.getByRole('textbox');
      expect(field.getAttribute('placeholder')).toBe(pattern);
      await user.type(field, typed);
      expect(screen.getByRole('status').textContent).toBe('2026-03-01');
      expect(described(field)).toBe(words);
      expect(field.getAttribute('aria-invalid')).toBeNull();
    });

  for (const [language, shown] of [
    ['es', '15/04/2026 18:30'],
    ['en', '04/15/2026 18:30'],
  ] as const)
    it(`writes a date and time it was given in the reader's order (${language})`, () => {
      renderDeck(<Form initial="2026-04-15T18:30" withTime />, { language });
      const field = screen.getByRole<HTMLInputElement>('textbox');
      expect(field.value).toBe(shown);
      expect(field.getAttribute('placeholder')).toBe(
        language === 'es' ? 'dd/mm/aaaa hh:mm' : 'mm/dd/yyyy hh:mm',
      );
    });

  for (const [language, hint] of [
    ['es', 'Escribe la fecha así: dd/mm/aaaa'],
    ['en', 'Write the date as mm/dd/yyyy'],
  ] as const)
    it(`says how to write a day it cannot read, and sends none (${language})`, async () => {
      const { user } = renderDeck(<Form initial="2026-03-01" />, { language });
      const field = screen.getByRole('textbox');
      await user.clear(field);
      await user.type(field, '31/02/2026');
      expect(screen.getByRole('status').textContent).toBe('');
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(described(field)).toBe(hint);
    });
});

describe('readDate and showDate', () => {
  it('read the server’s own form in any language, and a day only once it is one', () => {
    expect(readDate('2026-03-01', 'es')).toBe('2026-03-01');
    expect(readDate('2026-03-01 09:05', 'en', true)).toBe('2026-03-01T09:05');
    expect(readDate('01.03.2026', 'es')).toBe('2026-03-01');
    expect(readDate('29/02/2026', 'es')).toBeNull();
    expect(readDate('01/03/26', 'es')).toBeNull();
    expect(readDate('01/03/2026 24:00', 'es', true)).toBeNull();
    expect(readDate('', 'es')).toBeNull();
  });

  it('write a value back as it is read', () => {
    for (const language of ['es', 'en'])
      for (const value of ['2026-03-01', '2026-12-31T23:59'])
        expect(readDate(showDate(value, language), language, value.includes('T'))).toBe(value);
  });
});
