import { describe, expect, it } from 'vitest';
import { governanceOf } from './GovernanceAmendment';

const inForce = {
  quorum: { 'worker-members': { numerator: 1, denominator: 3 } },
  witnesses: [{ url: 'https://witness.example.org', key: 'k' }],
};
const draft = {
  delegation: false,
  weights: { 'worker-members': '1', supporters: '1' },
  quorum: { 'worker-members': '33.33', supporters: '' },
  voters: { general: [], 'budget-or-expense': ['worker-members'] },
};

describe('governanceOf', () => {
  it('keeps an untouched quorum exact and what the form does not edit as in force', () => {
    expect(governanceOf(inForce, draft)).toEqual({
      ok: true,
      parameters: {
        quorum: { 'worker-members': { numerator: 1, denominator: 3 } },
        witnesses: [{ url: 'https://witness.example.org', key: 'k' }],
        weights: {},
        voters: { 'budget-or-expense': ['worker-members'] },
        delegation: { enabled: false },
      },
    });
  });

  it('turns a typed percent into a fraction and a weight into a number', () => {
    const built = governanceOf(inForce, {
      ...draft,
      weights: { 'worker-members': '1,5', supporters: '1' },
      quorum: { 'worker-members': '50', supporters: '' },
    });
    expect(built.ok && built.parameters).toMatchObject({
      weights: { 'worker-members': 1.5 },
      quorum: { 'worker-members': { numerator: 5000, denominator: 10_000 } },
    });
  });

  it('names the fields that are not numbers in range', () => {
    expect(
      governanceOf(inForce, {
        ...draft,
        weights: { 'worker-members': 'heavy', supporters: '0' },
        quorum: { 'worker-members': '120', supporters: '' },
      }),
    ).toEqual({
      ok: false,
      bad: ['weight:worker-members', 'weight:supporters', 'quorum:worker-members'],
    });
  });
});
