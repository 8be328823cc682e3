import { beforeAll, describe, expect, it } from 'vitest';
import { fieldSaid } from '../../../src/core/messages/field-said';
import { fieldProblemText, problemDetail, problemHint } from './problem-words';
import { ApiError } from '../api/client';
import { fieldErrors } from '../what-if/field-errors';
import { formatMoney } from '../format';
import { loadEveryCatalogue } from './render';

// The Deck loads its catalogue of server messages when a page first needs it.
beforeAll(loadEveryCatalogue);

/* The server's field problems, as it codes them, read in the member's language. */
const served = (message: string) => ({ message, ...fieldSaid(message)! });

describe('field problems in the Deck', () => {
  it('says a coded field problem in Spanish and English', () => {
    const problem = served('must be at most 100 characters');
    expect(fieldProblemText(problem, { language: 'es' })).toBe(
      'debe tener como mucho 100 caracteres',
    );
    expect(fieldProblemText(problem, { language: 'en' })).toBe('must be at most 100 characters');
  });

  it('names the member, formats the date, in Spanish', () => {
    const problem = served('abc is not an active member');
    expect(fieldProblemText(problem, { language: 'es', nameOf: () => 'Ana Lima' })).toBe(
      'Ana Lima no es un miembro activo',
    );
    expect(fieldProblemText(served('is after today, 2026-03-05'), { language: 'es' })).toMatch(
      /^es posterior a hoy, .*2026/,
    );
  });

  it('says an unknown route and its hint in Spanish', () => {
    const problem = {
      detail: 'There is no route GET /api/x.',
      code: 'refusal.no-such-route',
      params: { method: 'GET', path: '/api/x' },
      hint: 'The routes are listed in /api/openapi.json.',
      hintCode: 'hint.routes-listed-in',
      hintParams: { document: '/api/openapi.json' },
    };
    expect(problemDetail(problem, { language: 'es' })).toBe('No existe la ruta GET /api/x.');
    expect(problemHint(problem, { language: 'es' })).toBe(
      'Las rutas se enumeran en /api/openapi.json.',
    );
  });
});

describe('money in a refusal', () => {
  const refused = new ApiError(422, {
    type: 'urn:disco-cat:problem:refused',
    title: 'The request cannot be processed',
    status: 422,
    detail: 'This transfer would pass the credit limit of 1,000.00 with disco@b.example …',
    code: 'refusal.credit-line-over-limit',
    params: {
      peer: 'disco@b.example',
      limitAmount: '100000',
      balanceAmount: '-95000',
      roomAmount: '5000',
    },
    currency: 'EUR',
    errors: [
      {
        field: 'body.amount',
        message:
          'is beyond the credit line of 1,000.00 with disco@b.example; at most 50.00 can still move',
        code: 'field.beyond-credit-line',
        params: { peer: 'disco@b.example', limitAmount: '100000', roomAmount: '5000' },
      },
    ],
  });

  it('is said in the currency the server names beside it, with no currency in the context', () => {
    const detail = problemDetail(refused.problem, { language: 'es' });
    expect(detail).toContain(formatMoney('100000', 'EUR', 'es'));
    expect(detail).toContain(formatMoney('5000', 'EUR', 'es'));
    expect(detail).not.toContain('100000');
    expect(fieldErrors(refused, { amount: ['amount'] }, { language: 'es' }).amount).toEqual([
      `supera la línea de crédito de ${formatMoney('100000', 'EUR', 'es')} con disco@b.example; como mucho pueden moverse aún ${formatMoney('5000', 'EUR', 'es')}`,
    ]);
  });

  it('stays digits when the server named no currency, rather than a guessed one', () => {
    const { currency: _named, ...unnamed } = refused.problem;
    expect(problemDetail(unnamed, { language: 'en' })).toContain('100000');
  });
});
