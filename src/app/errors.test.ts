import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES } from '../core/messages/codes.js';
import { problemOf } from '../http/problem.js';
import { AppError, notFound, refusal } from './errors.js';

/*
 * A refusal is built from a registered code (the compiler refuses a bare string), its English is
 * rendered from the code, and the problem details carry the code and the hint's code beside it.
 */
describe('refusals carry codes', () => {
  it('renders the English the CLI prints from the code, and sends both codes', () => {
    const error = notFound(
      refusal('refusal.no-such-circle', { ref: 'kitchen' }),
      refusal('hint.list-circles-see-their-slugs'),
    );
    expect(error.message).toBe('There is no circle kitchen.');
    expect(error.hint).toBe('List circles to see their slugs.');
    expect(problemOf(error)).toMatchObject({
      status: 404,
      detail: 'There is no circle kitchen.',
      code: 'refusal.no-such-circle',
      params: { ref: 'kitchen' },
      hintCode: 'hint.list-circles-see-their-slugs',
    });
  });

  it('registers every refusal and hint code with the parameters its template names', () => {
    const refusals = Object.keys(MESSAGE_CODES).filter(
      (c) => c.startsWith('refusal.') || c.startsWith('hint.'),
    );
    expect(refusals.length).toBeGreaterThan(300);
    const error = new AppError(
      403,
      'forbidden',
      refusal('refusal.not-allowed-because', { reason: 'x' }),
    );
    expect(error.message).toBe('Not allowed: x.');
    // A refusal in English only does not compile (tsc checks this file too).
    const englishOnly = () =>
      // @ts-expect-error a plain string is not a Message
      new AppError(400, 'invalid-input', 'plain English');
    expect(typeof englishOnly).toBe('function');
  });
});
