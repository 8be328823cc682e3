import { describe, expect, it } from 'vitest';
import { votingConstituencies, voterStanding, type ConstituencyFacts } from './eligibility.js';
import { DEFAULT_GOVERNANCE_PARAMETERS, governanceParameters } from './vocabulary.js';

const rights = (vote: boolean, bindingVote: boolean) => ({
  propose: true,
  comment: true,
  vote,
  bindingVote,
});
const workers: ConstituencyFacts = { id: 'w', slug: 'worker-members', rights: rights(true, true) };
const clients: ConstituencyFacts = { id: 'c', slug: 'users-clients', rights: rights(true, false) };
const supporters: ConstituencyFacts = { id: 's', slug: 'supporters', rights: rights(false, false) };

describe('eligibility', () => {
  it('lets constituencies with the vote right vote, narrowed per kind by the parameters', () => {
    expect(
      votingConstituencies(DEFAULT_GOVERNANCE_PARAMETERS, 'general', [
        workers,
        clients,
        supporters,
      ]),
    ).toEqual([workers, clients]);
    const params = governanceParameters.parse({
      voters: { 'membership-change': ['worker-members', 'supporters'] },
    });
    expect(
      votingConstituencies(params, 'membership-change', [workers, clients, supporters]),
    ).toEqual([workers]);
    expect(votingConstituencies(params, 'general', [workers, clients, supporters])).toEqual([
      workers,
      clients,
    ]);
  });

  it('binds through a bindingVote constituency, never for daters in stages 1 and 2, and weighs a person once', () => {
    const params = governanceParameters.parse({
      weights: { 'worker-members': 3, 'users-clients': 2 },
    });
    expect(
      voterStanding(params, 'general', {
        level: 'committed',
        datingStage: null,
        constituencies: [workers, clients],
      }),
    ).toEqual({ constituencyIds: ['w', 'c'], binding: true, weight: 3 });
    expect(
      voterStanding(params, 'general', {
        level: 'dating',
        datingStage: 2,
        constituencies: [workers],
      }),
    ).toMatchObject({ binding: false });
    expect(
      voterStanding(params, 'general', {
        level: 'dating',
        datingStage: 3,
        constituencies: [workers],
      }),
    ).toMatchObject({ binding: true });
    expect(
      voterStanding(params, 'general', {
        level: null,
        datingStage: null,
        constituencies: [clients],
      }),
    ).toEqual({ constituencyIds: ['c'], binding: false, weight: 2 });
    expect(
      voterStanding(params, 'general', {
        level: null,
        datingStage: null,
        constituencies: [supporters],
      }),
    ).toEqual({ constituencyIds: [], binding: false, weight: 1 });
  });
});
