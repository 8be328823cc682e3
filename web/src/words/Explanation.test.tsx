// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDeck } from '../test-render';
import { ExplanationLines, UnpaidMembers } from './Explanation';
import { ApiError } from '../api/client';
import { ErrorNotice } from '../components';
import { renderMessage, type ServerMessage } from './render';
import { TallyTables } from './Tally';

afterEach(cleanup);

const lines = [
  {
    kind: 'pot',
    amount: '245893',
    text: 'Pot "livelihood" 5,737.50 shared pro rata to claims: your claims 3,000.00 of 7,000.00 total = 2,458.93',
    code: 'run.pot.shared',
    params: {
      pot: 'livelihood',
      potAmount: '573750',
      claimsAmount: '300000',
      allClaimsAmount: '700000',
      amount: '245893',
    },
  },
  {
    kind: 'floor',
    amount: '400000',
    text: 'Floor: your smoothing floor …',
    code: 'run.floor.full',
    params: {
      basis: {
        code: 'run.floor-basis.smoothing-leave-dates',
        params: {
          floorAmount: '400000',
          percent: 80,
          averageAmount: '500000',
          periods: 3,
          leaves: [{ code: 'run.leave.open', params: { from: '2026-03-10' } }],
        },
      },
      amount: '400000',
    },
  },
  {
    kind: 'info',
    amount: '0',
    text: 'Total paid 2,958.93; still owed after this run 541.07',
    code: 'run.total',
    params: { paidAmount: '295893', owedAmount: '54107' },
  },
  // A line of a run recorded before codes: its English text is all there is.
  { kind: 'info', amount: '0', text: 'Paid oldest first: claim a1 (2026-01-03, livelihood)' },
];

describe('a run explanation in Spanish', () => {
  it('says each line in Spanish with euros, nested reasons and dates, and no amount on info lines', () => {
    renderDeck(<ExplanationLines lines={lines} currency="EUR" />, { language: 'es' });
    const items = screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/\s/g, ' '));
    expect(items[0]).toBe(
      'El fondo «livelihood» de 5737,50 € se reparte a prorrata de lo adeudado: 3000,00 € de 7000,00 € en total = 2458,93 € 2458,93 €',
    );
    expect(items[1]).toContain('mínimo de suavizado 4000,00 € (80 % del pago medio 5000,00 €');
    expect(items[1]).toContain('desde el 10 mar 2026 (aún sin fecha de fin)');
    expect(items[2]).toBe('Total pagado 2958,93 €; se sigue debiendo tras este reparto 541,07 €');
    expect(items[3]).toBe('Paid oldest first: claim a1 (2026-01-03, livelihood)');
  });

  it('names the members paid nothing, with their reason', () => {
    renderDeck(
      <UnpaidMembers
        currency="EUR"
        unpaid={[
          {
            memberId: '019b-cleo',
            name: 'Cleo Ruiz',
            code: 'unpaid.historical-care',
            params: { historicalAmount: '24000' },
          },
        ]}
      />,
      { language: 'es' },
    );
    expect(screen.getByRole('heading', { name: 'Sin pago en este reparto' })).toBeTruthy();
    expect(screen.getByRole('listitem').textContent?.replace(/\s/g, ' ')).toBe(
      'Cleo Ruiz: Sin pago: el trabajo de cuidados hecho en periodo de cortejo (240,00 €) es histórico y solo se paga cuando ese periodo termina',
    );
  });

  it('falls back to the English the server sent for a code it does not know', () => {
    expect(renderMessage({ code: 'later.code', params: {} }, { language: 'es' }, 'as sent')).toBe(
      'as sent',
    );
  });
});

describe('tallies as tables, in Spanish', () => {
  it('shows the IRV rounds, option by round', () => {
    renderDeck(
      <TallyTables
        method="irv"
        counts={{
          firstPreferences: { A: 3, B: 2, C: 1 },
          rounds: [
            { round: 1, votes: { A: 3, B: 2, C: 1 }, exhausted: 0, eliminated: 'C' },
            { round: 2, votes: { A: 3, B: 3 }, exhausted: 0 },
          ],
          finalists: ['A', 'B'],
        }}
      />,
      { language: 'es' },
    );
    const table = screen.getByRole('table', { name: 'Rondas del recuento' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual(['OpciónRonda 1Ronda 2', 'A33', 'B23', 'C1 (Eliminada)—', 'Agotadas00']);
  });

  it('shows the Schulze pairwise matrix', () => {
    renderDeck(
      <TallyTables
        method="schulze"
        counts={{
          pairwise: { A: { A: 0, B: 2 }, B: { A: 1, B: 0 } },
          strongestPaths: {},
          winnerSet: ['A'],
        }}
      />,
      { language: 'es' },
    );
    const table = screen.getByRole('table', { name: /Preferencias por pares/ });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['Opciónsobre Asobre B', 'A (Ganadoras)—2', 'B1—']);
  });
});

describe('problem details in Spanish', () => {
  const refusal = new ApiError(400, {
    type: 'urn:disco-cat:problem:invalid-input',
    title: 'The request is not valid',
    status: 400,
    detail: 'The contribution cannot be logged.',
    code: 'problem.invalid-input',
    params: {},
    errors: [
      {
        field: 'body.quantity',
        message: '019b-ana would log 25 hours on 2026-03-02 (…)',
        code: 'value.hours-per-day',
        params: {
          memberId: '019b-ana',
          date: '2026-03-02',
          hours: '25',
          already: '20',
          adding: '5',
          limit: '24',
        },
      },
      { field: 'body.note', message: 'a rule the Deck has no words for' },
    ],
  });

  it('says the kind of problem and each coded field in Spanish, the rest as the server wrote it', () => {
    renderDeck(<ErrorNotice error={refusal} />, { language: 'es' });
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('La solicitud no es válida.')).toBeTruthy();
    const fields = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(fields).toEqual([
      'body.quantity: 019b-ana registraría 25 horas el 2 mar 2026 (20 ya registradas + 5 aquí), más del límite de 24 horas por miembro y día',
      'body.note: a rule the Deck has no words for',
    ]);
  });

  it('names the member when the member list is at hand', () => {
    expect(
      renderMessage(refusal.problem.errors![0] as ServerMessage, {
        language: 'es',
        nameOf: (id) => (id === '019b-ana' ? 'Ana Lima' : undefined),
      }),
    ).toMatch(/^Ana Lima registraría 25 horas/);
  });
});
