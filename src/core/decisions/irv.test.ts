import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tallyIrv, validateIrvBallot } from './irv.js';
import { assertOrderIndependent, baseArb, expand, uniqueBallots } from './test-support.js';

const options = ['A', 'B', 'C', 'D'];
const rankingArb = fc.shuffledSubarray([...options, 'X']);
const bodyArb = fc.tuple(baseArb, rankingArb).map(([b, ranking]) => ({ ...b, ranking }));

describe('instant runoff (IRV)', () => {
  it('matches the Tennessee capital example: Knoxville wins', () => {
    const cities = ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'];
    const ballots = expand([
      [42, ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville']],
      [26, ['Nashville', 'Chattanooga', 'Knoxville', 'Memphis']],
      [15, ['Chattanooga', 'Knoxville', 'Nashville', 'Memphis']],
      [17, ['Knoxville', 'Chattanooga', 'Nashville', 'Memphis']],
    ]);
    const r = tallyIrv({ options: cities }, ballots);
    expect(r).toMatchObject({ outcome: 'winner', winners: ['Knoxville'] });
    expect(r.counts.rounds.map((round) => round.votes)).toEqual([
      { Memphis: 42, Nashville: 26, Chattanooga: 15, Knoxville: 17 },
      { Memphis: 42, Nashville: 26, Knoxville: 32 },
      { Memphis: 42, Knoxville: 58 },
    ]);
    expect(r.counts.rounds.map((round) => round.eliminated)).toEqual([
      'Chattanooga',
      'Nashville',
      undefined,
    ]);
    expect(r.explanation).toEqual([
      '100 binding ballots (total weight 100).',
      'Round 1: Memphis 42, Nashville 26, Chattanooga 15, Knoxville 17 (100 in play, 0 exhausted). Chattanooga eliminated (fewest votes); its votes go to: Knoxville 15.',
      'Round 2: Memphis 42, Nashville 26, Knoxville 32 (100 in play, 0 exhausted). Nashville eliminated (fewest votes); its votes go to: Knoxville 26.',
      'Round 3: Memphis 42, Knoxville 58 (100 in play, 0 exhausted). Knoxville has more than half of the votes in play (58 of 100) and wins.',
      'Winner: Knoxville.',
    ]);
  });

  it('reports a Condorcet cycle as a tie and settles it only when asked', () => {
    const cycle = expand([
      [1, ['A', 'B', 'C']],
      [1, ['B', 'C', 'A']],
      [1, ['C', 'A', 'B']],
    ]);
    const r = tallyIrv({ options: ['A', 'B', 'C'] }, cycle);
    expect(r).toMatchObject({ outcome: 'tie', winners: ['A', 'B', 'C'] });
    expect(r.explanation).toContain(
      'Round 1: A 1, B 1, C 1 (3 in play, 0 exhausted). Every remaining option has 1 votes and had 1 first preferences, so only an arbitrary order could single one out: a tie.',
    );
    expect(tallyIrv({ options: ['A', 'B', 'C'], tieBreak: 'option-order' }, cycle)).toMatchObject({
      outcome: 'winner',
      winners: ['A'],
    });
    expect(
      tallyIrv(
        { options: ['A', 'B', 'C'], tieBreak: 'option-order', tieBreakOrder: ['C', 'B', 'A'] },
        cycle,
      ).winners,
    ).toEqual(['C']);
  });

  it('breaks a tie for last by first preferences, then by option order', () => {
    // Round 1: A 3, B 2, C 2, D 0 → D out (fewest). Round 2: A 3, B 2, C 2 → B and C tie;
    // both had 2 first preferences, C is later in option order, so C goes; its ballots go to B.
    const r = tallyIrv(
      { options },
      expand([
        [3, ['A']],
        [2, ['B']],
        [2, ['C', 'B']],
      ]),
    );
    expect(r.counts.rounds.map((x) => x.eliminated)).toEqual(['D', 'C', undefined]);
    expect(r.counts.rounds[1]?.tieBreak).toBe(
      "B and C tie for fewest votes (2) and first preferences (2); C comes last in the proposal's option order",
    );
    expect(r.winners).toEqual(['B']);

    // Round 2: B and C tie at 3, but C had fewer first preferences (2 against 3): C goes.
    const t = tallyIrv(
      { options },
      expand([
        [5, ['A']],
        [3, ['B']],
        [2, ['C']],
        [1, ['D', 'C']],
      ]),
    );
    expect(t.counts.rounds[1]).toMatchObject({
      votes: { A: 5, B: 3, C: 3 },
      eliminated: 'C',
      tieBreak:
        'B and C tie for fewest votes (3); C had the fewest first preferences in round 1 (2)',
      exhaustedByTransfer: 3,
    });
    expect(t.winners).toEqual(['A']);
  });

  it('exhausts ballots with no continuing choice and needs a majority of the votes still in play', () => {
    const r = tallyIrv(
      { options: ['A', 'B', 'C'] },
      expand([
        [4, ['A']],
        [3, ['B']],
        [2, ['C']],
      ]),
    );
    expect(r.counts.rounds[1]).toMatchObject({ votes: { A: 4, B: 3 }, exhausted: 2 });
    expect(r.winners).toEqual(['A']);
  });

  it('validates rankings', () => {
    expect(validateIrvBallot({ options }, { voterId: 'a', ranking: ['A', 'Q', 'A'] })).toEqual([
      { field: 'ranking[1]', message: '"Q" is not an option of this proposal' },
      { field: 'ranking[2]', message: '"A" is ranked more than once' },
    ]);
  });

  it('law: an option with more than half of the first preferences wins in round 1', () => {
    const ballotsArb = uniqueBallots(
      fc
        .tuple(baseArb, fc.shuffledSubarray(options, { minLength: 1 }))
        .map(([b, ranking]) => ({ ...b, binding: true, ranking })),
      1,
    );
    fc.assert(
      fc.property(ballotsArb, (ballots) => {
        const first = new Map<string, number>();
        let total = 0;
        for (const b of ballots) {
          const w = b.weight ?? 1;
          total += w;
          first.set(b.ranking[0] as string, (first.get(b.ranking[0] as string) ?? 0) + w);
        }
        const leader = [...first].find(([, v]) => 2 * v > total);
        const r = tallyIrv({ options }, ballots);
        if (leader) {
          expect(r.winners).toEqual([leader[0]]);
          expect(r.counts.rounds).toHaveLength(1);
        }
      }),
    );
  });

  it('law: a winner is the one finalist; a tie names several', () => {
    fc.assert(
      fc.property(uniqueBallots(bodyArb, 1), (ballots) => {
        const r = tallyIrv({ options }, ballots);
        if (r.outcome === 'winner') expect(r.counts.finalists).toEqual(r.winners);
        if (r.outcome === 'tie') expect(r.winners.length).toBeGreaterThan(1);
      }),
    );
  });

  it('is independent of ballot order', () => {
    assertOrderIndependent(bodyArb, (b) => tallyIrv({ options }, b), 300);
    assertOrderIndependent(
      bodyArb,
      (b) =>
        tallyIrv({ options, tieBreak: 'option-order', tieBreakOrder: ['C', 'A', 'D', 'B'] }, b),
      100,
    );
  });
});
