import { describe, expect, it } from 'vitest';
import { renderEnglish } from './render-en.js';
import { codedFieldProblem, fieldSaid } from './field-said.js';

describe('fieldSaid', () => {
  it('reads the most specific template, numbers as numbers', () => {
    expect(fieldSaid('must be at most 100 characters')).toEqual({
      code: 'field.at-most-characters',
      params: { max: 100 },
    });
    expect(fieldSaid('must be at most 3650')).toEqual({
      code: 'field.at-most',
      params: { max: 3650 },
    });
  });

  it('names the member a problem is about, so faces show the name', () => {
    expect(fieldSaid('0a1b is not an active member')).toEqual({
      code: 'field.not-active-member',
      params: { memberId: '0a1b' },
    });
  });

  it('renders back to the English it read', () => {
    for (const english of [
      '2026-03 has not ended yet (today is 2026-03-20); commit a run once the month is over, or preview it now',
      'score 11 is outside the range 0 to 10',
      'another circle has this slug',
    ]) {
      const said = fieldSaid(english)!;
      expect(renderEnglish(said)).toBe(english);
    }
  });

  it('leaves a coded problem and an unknown text as they are', () => {
    const coded = { field: 'x', message: 'whatever', code: 'field.required', params: {} };
    expect(codedFieldProblem(coded)).toBe(coded);
    expect(codedFieldProblem({ field: 'x', message: 'no template says this' })).toEqual({
      field: 'x',
      message: 'no template says this',
    });
  });
});
