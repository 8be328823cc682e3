import { describe, expect, it } from 'vitest';
import {
  acceptableDecisionKinds,
  DEFAULT_MEMBERSHIP_SETTINGS,
  decisionProblems,
} from './decision-rules.js';

describe('membership decisions', () => {
  it('lets founders act by default and both kinds pass', () => {
    expect(acceptableDecisionKinds(DEFAULT_MEMBERSHIP_SETTINGS)).toEqual([
      'founder-action',
      'proposal',
    ]);
    expect(decisionProblems({ kind: 'founder-action' }, DEFAULT_MEMBERSHIP_SETTINGS)).toEqual([]);
  });

  it('accepts only proposals once the DisCO requires them', () => {
    const settings = { membershipChangesRequireProposal: true };
    expect(acceptableDecisionKinds(settings)).toEqual(['proposal']);
    expect(decisionProblems({ kind: 'founder-action' }, settings)).toEqual([
      { field: 'decision.kind', message: 'this DisCO decides membership changes by proposal' },
    ]);
    expect(
      decisionProblems(
        { kind: 'proposal', proposalId: '019b0000-0000-7000-8000-000000000000' },
        settings,
      ),
    ).toEqual([]);
  });
});
