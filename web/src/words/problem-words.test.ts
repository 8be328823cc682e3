import { beforeAll, describe, expect, it } from 'vitest';
import { fieldSaid } from '../../../src/core/messages/field-said';
import { fieldProblemText, problemDetail, problemHint } from './problem-words';
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
