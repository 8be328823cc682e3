import { describe, expect, it } from 'vitest';
import { checkBallotBase, describeParticipation, splitBallots } from './ballot.js';

describe('splitBallots', () => {
  it('separates binding from shown and sets aside invalid ballots', () => {
    const split = splitBallots(
      [
        { voterId: 'ana', weight: 3 },
        { voterId: 'dan', binding: false },
        { voterId: 'eve', weight: 0 },
        { voterId: 'bo' },
      ],
      () => [],
    );
    expect(split.participation).toEqual({
      binding: { ballots: 2, weight: 4 },
      shown: { ballots: 1, weight: 1 },
      setAside: 1,
    });
    expect(split.setAside).toEqual([
      {
        voterId: 'eve',
        problems: [{ field: 'weight', message: 'weight must be a whole number from 1 to 1000000' }],
      },
    ]);
    expect(describeParticipation(split)).toEqual([
      '2 binding ballots (total weight 4).',
      '1 non-binding ballot (total weight 1) shown beside the result but not deciding it.',
      'Ballot of eve set aside: weight: weight must be a whole number from 1 to 1000000.',
    ]);
  });

  it('sets aside every ballot of a voter who cast several', () => {
    const split = splitBallots(
      [{ voterId: 'ana' }, { voterId: 'bo' }, { voterId: 'ana' }],
      () => [],
    );
    expect(split.binding.map((c) => c.ballot.voterId)).toEqual(['bo']);
    expect(split.setAside).toEqual([
      {
        voterId: 'ana',
        problems: [
          { field: 'voterId', message: 'this voter cast 2 ballots; none of them is counted' },
        ],
      },
    ]);
  });

  it('checks the shared fields', () => {
    expect(
      checkBallotBase({ voterId: '', weight: 1.5, binding: 'yes' as unknown as boolean }).map(
        (p) => p.field,
      ),
    ).toEqual(['voterId', 'weight', 'binding']);
    expect(checkBallotBase({ voterId: 'ana' })).toEqual([]);
  });
});
