import { describe, expect, it } from 'vitest';
import { tallyProposal } from './tally-proposal.js';

const ballot = (voterId: string, choice: string, binding = true) => ({ voterId, ballot: { choice }, weight: 1, binding, constituencyIds: ['w'] });

describe('tallyProposal', () => {
  it('tallies recorded ballots with the method, non-binding ones shown only', () => {
    const result = tallyProposal({ method: 'majority', settings: {}, ballots: [ballot('a', 'yes'), ballot('b', 'no'), ballot('c', 'yes'), ballot('d', 'no', false)], eligible: {}, quorum: {}, closedAt: '2026-02-01T00:00:00.000Z' });
    expect(result).toMatchObject({ outcome: 'passed', counts: { yes: 2, no: 1 }, shown: { no: 1 } });
  });

  it('turns an unmet quorum into no-quorum', () => {
    const result = tallyProposal({
      method: 'majority',
      settings: {},
      ballots: [ballot('a', 'yes')],
      eligible: { w: ['a', 'b', 'c'] },
      quorum: { w: { numerator: 1, denominator: 2 } },
      closedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(result.outcome).toBe('no-quorum');
  });

  it('speaks for the deadline: lazy consensus passes on silence', () => {
    expect(tallyProposal({ method: 'lazy-consensus', settings: {}, ballots: [], eligible: {}, quorum: {}, closedAt: '2026-02-01T00:00:00.000Z' }).outcome).toBe('passed');
  });
});
