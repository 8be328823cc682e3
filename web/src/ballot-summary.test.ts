import { describe, expect, it } from 'vitest';
import { summarizeBallot } from './ballot-summary';

describe('summarizeBallot', () => {
  it('numbers a ranking, lists approvals and reads scores and dots as option: n', () => {
    expect(summarizeBallot({ ranking: ['Thursday', 'Tuesday', 'Wednesday'] })).toBe(
      '1. Thursday, 2. Tuesday, 3. Wednesday',
    );
    expect(summarizeBallot({ approvals: ['A', 'C'] })).toBe('A, C');
    expect(summarizeBallot({ scores: { A: 3, B: 5 } })).toBe('A: 3, B: 5');
    expect(summarizeBallot({ dots: { A: 2, B: 1 } })).toBe('A: 2, B: 1');
  });

  it('gives a choice as its word and keeps the reason of an objection', () => {
    expect(summarizeBallot({ choice: 'yes' })).toBe('yes');
    expect(summarizeBallot({ choice: 'block', reason: 'It breaks our care rota' })).toBe(
      'block; reason: It breaks our care rota',
    );
    expect(summarizeBallot({ choice: 'consent', reason: '' })).toBe('consent');
  });

  it('shows a sealed ballot (null until the close) as a dash', () => {
    expect(summarizeBallot(null)).toBe('—');
  });
});
