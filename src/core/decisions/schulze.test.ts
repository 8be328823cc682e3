import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pairwiseMatrix, strongestPaths, tallySchulze, validateSchulzeBallot } from './schulze.js';
import { assertOrderIndependent, baseArb, expand, uniqueBallots } from './test-support.js';

const five = ['A', 'B', 'C', 'D', 'E'];
// The example of the Wikipedia article "Schulze method": 45 voters, 5 candidates.
const wikipedia = expand([
  [5, ['A', 'C', 'B', 'E', 'D']],
  [5, ['A', 'D', 'E', 'C', 'B']],
  [8, ['B', 'E', 'D', 'A', 'C']],
  [3, ['C', 'A', 'B', 'E', 'D']],
  [7, ['C', 'A', 'E', 'B', 'D']],
  [2, ['C', 'B', 'A', 'D', 'E']],
  [7, ['D', 'C', 'E', 'B', 'A']],
  [8, ['E', 'B', 'A', 'D', 'C']],
]);

const options = ['A', 'B', 'C', 'D'];
const bodyArb = fc
  .tuple(baseArb, fc.shuffledSubarray([...options, 'X']))
  .map(([b, ranking]) => ({ ...b, ranking }));

describe('Schulze method', () => {
  it('matches the Wikipedia example: pairwise matrix, strongest paths, winner E', () => {
    const r = tallySchulze({ options: five }, wikipedia);
    expect(r).toMatchObject({ outcome: 'winner', winners: ['E'] });
    expect(r.counts.pairwise).toEqual({
      A: { B: 20, C: 26, D: 30, E: 22 },
      B: { A: 25, C: 16, D: 33, E: 18 },
      C: { A: 19, B: 29, D: 17, E: 24 },
      D: { A: 15, B: 12, C: 28, E: 14 },
      E: { A: 23, B: 27, C: 21, D: 31 },
    });
    expect(r.counts.strongestPaths).toEqual({
      A: { B: 28, C: 28, D: 30, E: 24 },
      B: { A: 25, C: 28, D: 33, E: 24 },
      C: { A: 25, B: 29, D: 29, E: 24 },
      D: { A: 25, B: 28, C: 28, E: 24 },
      E: { A: 25, B: 28, C: 28, D: 31 },
    });
    expect(r.counts.winnerSet).toEqual(['E']);
    expect(r.explanation).toContain(
      'E has a path at least as strong as the path back against every other option: E→A 25 vs A→E 24; E→B 28 vs B→E 24; E→C 28 vs C→E 24; E→D 31 vs D→E 24.',
    );
  });

  it('elects the Condorcet winner of the Tennessee example (Nashville)', () => {
    const cities = ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'];
    const r = tallySchulze(
      { options: cities },
      expand([
        [42, ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville']],
        [26, ['Nashville', 'Chattanooga', 'Knoxville', 'Memphis']],
        [15, ['Chattanooga', 'Knoxville', 'Nashville', 'Memphis']],
        [17, ['Knoxville', 'Chattanooga', 'Nashville', 'Memphis']],
      ]),
    );
    expect(r.winners).toEqual(['Nashville']);
  });

  it('reports the full winner set of a Condorcet cycle, and settles it by option order only when asked', () => {
    const cycle = expand([
      [1, ['A', 'B', 'C']],
      [1, ['B', 'C', 'A']],
      [1, ['C', 'A', 'B']],
    ]);
    const r = tallySchulze({ options: ['A', 'B', 'C'] }, cycle);
    expect(r).toMatchObject({ outcome: 'tie', winners: ['A', 'B', 'C'] });
    expect(r.counts.strongestPaths).toEqual({
      A: { B: 2, C: 2 },
      B: { A: 2, C: 2 },
      C: { A: 2, B: 2 },
    });
    const single = tallySchulze({ options: ['A', 'B', 'C'], tieBreak: 'option-order' }, cycle);
    expect(single).toMatchObject({
      outcome: 'winner',
      winners: ['A'],
      tieBreak: { among: ['A', 'B', 'C'] },
    });
    expect(single.explanation.at(-1)).toBe(
      "A single winner is required, so the tie goes to the option first in the proposal's option order: A.",
    );
  });

  it('ranks unranked options below ranked ones and equal to each other', () => {
    const d = pairwiseMatrix(
      ['A', 'B', 'C'],
      [{ ballot: { voterId: 'a', ranking: ['B'] }, weight: 2 }],
    );
    expect([...d]).toEqual([0, 0, 0, 2, 0, 2, 0, 0, 0]);
    expect([...strongestPaths(d, 3)]).toEqual([0, 0, 0, 2, 0, 2, 0, 0, 0]);
  });

  it('validates rankings', () => {
    expect(validateSchulzeBallot({ options }, { voterId: 'a', ranking: ['B', 'B'] })).toEqual([
      { field: 'ranking[1]', message: '"B" is ranked more than once' },
    ]);
  });

  const ballotsArb = uniqueBallots(
    fc.tuple(baseArb, fc.shuffledSubarray(options)).map(([b, ranking]) => ({ ...b, ranking })),
    1,
    30,
  );

  it('law: every winner beats or ties every other option in strongest paths', () => {
    fc.assert(
      fc.property(ballotsArb, (ballots) => {
        const r = tallySchulze({ options }, ballots);
        const p = r.counts.strongestPaths;
        for (const w of r.counts.winnerSet)
          for (const y of options)
            if (y !== w) expect(p[w]?.[y]).toBeGreaterThanOrEqual(p[y]?.[w] ?? 0);
        expect(r.counts.winnerSet.length).toBeGreaterThan(0);
      }),
    );
  });

  it('law: a Condorcet winner, when there is one, is the only Schulze winner', () => {
    fc.assert(
      fc.property(ballotsArb, (ballots) => {
        const r = tallySchulze({ options }, ballots);
        const d = r.counts.pairwise;
        const condorcet = options.find((x) =>
          options.every((y) => y === x || (d[x]?.[y] ?? 0) > (d[y]?.[x] ?? 0)),
        );
        if (condorcet && r.participation.binding.ballots > 0)
          expect(r.counts.winnerSet).toEqual([condorcet]);
      }),
    );
  });

  it('law: the pairwise matrix counts each binding ballot once per ordered pair it decides', () => {
    fc.assert(
      fc.property(ballotsArb, (ballots) => {
        const r = tallySchulze({ options }, ballots);
        const binding = ballots.filter((b) => b.binding !== false);
        for (const x of options) {
          for (const y of options) {
            if (x === y) continue;
            const expected = binding.reduce((s, b) => {
              const ix = b.ranking.indexOf(x);
              const iy = b.ranking.indexOf(y);
              return s + (ix >= 0 && (iy < 0 || ix < iy) ? (b.weight ?? 1) : 0);
            }, 0);
            expect(r.counts.pairwise[x]?.[y]).toBe(expected);
          }
        }
      }),
    );
  });

  it('is independent of ballot order', () => {
    assertOrderIndependent(bodyArb, (b) => tallySchulze({ options }, b), 300);
  });
});
