// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tallyLazyConsensus } from '../../../src/core/decisions/lazy-consensus';
import { tallyMeetingPoll } from '../../../src/core/decisions/meeting-poll';
import { tallySenseCheck } from '../../../src/core/decisions/sense-check';
import { tallySupermajority } from '../../../src/core/decisions/supermajority';
import { renderDeck } from '../test-render';
import { TallyLines, TallyTables } from './Tally';

afterEach(cleanup);

/* Results straight from core's tallies, as the server sends them. */
const poll = tallyMeetingPoll({ options: ['Mon 10:00', 'Tue 14:00'] }, [
  { voterId: 'ana', marks: { 'Mon 10:00': 'yes', 'Tue 14:00': 'if-need-be' } },
  { voterId: 'bo', marks: { 'Mon 10:00': 'no', 'Tue 14:00': 'yes' } },
]);

describe('tallies of the remaining methods in the reader’s language', () => {
  it('shows a meeting poll’s slots as a table, best first, in Spanish', () => {
    renderDeck(<TallyTables method="meeting-poll" counts={poll.counts} />, { language: 'es' });
    const table = screen.getByRole('table', { name: 'Franjas horarias, de mejor a peor' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'PuestoFranjaSíSi hace faltaNoSin marcar',
      '1Tue 14:001100',
      '2Mon 10:001010',
    ]);
  });

  it('shows a sense check’s responses as a table with shares', () => {
    const check = tallySenseCheck({}, [
      { voterId: 'ana', response: 'agree' },
      { voterId: 'bo', response: 'agree' },
      { voterId: 'cy', response: 'unsure' },
      { voterId: 'di', response: 'disagree' },
    ]);
    renderDeck(<TallyTables method="sense-check" counts={check.counts} />, { language: 'en' });
    const table = screen.getByRole('table', { name: 'Responses' });
    expect(within(table).getByRole('row', { name: /agree 2/ }).textContent).toBe('agree250%');
  });

  for (const [name, result, spanish] of [
    ['meeting poll', poll, 'Franjas, de mejor a peor (más sí, luego más «si hace falta»):'],
    [
      'lazy consensus',
      tallyLazyConsensus({}, [{ voterId: 'bo', response: 'object', reason: 'pronto' }]),
      'Una objeción sigue en pie al vencer el plazo: la propuesta no se aprueba.',
    ],
    [
      'supermajority',
      tallySupermajority({ threshold: { numerator: 2, denominator: 3 } }, [
        { voterId: 'ana', choice: 'yes' },
        { voterId: 'bo', choice: 'no' },
      ]),
      'Umbral: al menos 2/3 de los votos de sí y no, es decir 2 de 2; el sí tiene 1: la propuesta no se aprueba.',
    ],
  ] as const)
    it(`says the ${name} lines in Spanish, none left in English`, () => {
      renderDeck(<TallyLines explanation={result.explanation} lines={result.lines} />, {
        language: 'es',
      });
      const items = screen.getAllByRole('listitem').map((li) => li.textContent);
      expect(items).toContain(spanish);
      for (const english of result.explanation) expect(items).not.toContain(english);
    });
});
