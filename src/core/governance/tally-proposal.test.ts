import { describe, expect, it } from 'vitest';
import { tallyProposal } from './tally-proposal.js';

const ballot = (voterId: string, choice: string, binding = true) => ({
  voterId,
  ballot: { choice },
  weight: 1,
  binding,
  constituencyIds: ['w'],
});

describe('tallyProposal', () => {
  it('tallies recorded ballots with the method, non-binding ones shown only', () => {
    const result = tallyProposal({
      method: 'majority',
      settings: {},
      ballots: [
        ballot('a', 'yes'),
        ballot('b', 'no'),
        ballot('c', 'yes'),
        ballot('d', 'no', false),
      ],
      eligible: {},
      quorum: {},
      closedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(result).toMatchObject({
      outcome: 'passed',
      counts: { yes: 2, no: 1 },
      shown: { no: 1 },
    });
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
    expect(
      tallyProposal({
        method: 'lazy-consensus',
        settings: {},
        ballots: [],
        eligible: {},
        quorum: {},
        closedAt: '2026-02-01T00:00:00.000Z',
      }).outcome,
    ).toBe('passed');
  });

  it('names no voter in a secret tally, not even an objector', () => {
    const objection = {
      voterId: 'bo-member-id',
      ballot: { response: 'object', reason: 'too soon' },
      weight: 1,
      binding: true,
      constituencyIds: ['w'],
    };
    const consent = {
      voterId: 'ana-member-id',
      ballot: { response: 'consent' },
      weight: 1,
      binding: true,
      constituencyIds: ['w'],
    };
    const input = {
      method: 'consent' as const,
      settings: {},
      ballots: [objection, consent],
      eligible: { w: ['ana-member-id', 'bo-member-id'] },
      quorum: { w: { numerator: 1, denominator: 1 } },
      closedAt: '2026-02-01T00:00:00.000Z',
    };
    expect(JSON.stringify(tallyProposal(input))).toContain('bo-member-id');
    const secret = tallyProposal({ ...input, anonymous: true });
    expect(secret.outcome).toBe('failed');
    expect(JSON.stringify(secret)).not.toMatch(/member-id/);
    expect(secret.explanation.join(' ')).toContain('Objection from ballot 1 stands: "too soon"');
  });
});
