import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tallyScore, validateScoreBallot, type ScoreBallot } from './score.js';
import { assertOrderIndependent, baseArb, uniqueBallots } from './test-support.js';

const options = ['A', 'B', 'C'];
const scoresArb = fc.dictionary(
  fc.constantFrom('A', 'B', 'C', 'Z'),
  fc.integer({ min: -1, max: 6 }),
  { noNullPrototype: true },
);
const bodyArb = fc.tuple(baseArb, scoresArb).map(([b, scores]) => ({ ...b, scores }));

describe('score', () => {
  it('elects the highest total', () => {
    const r = tallyScore({ options, min: 0, max: 5 }, [
      { voterId: 'a', scores: { A: 5, B: 1, C: 0 } },
      { voterId: 'b', scores: { A: 2, B: 4 } },
    ]);
    expect(r.winners).toEqual(['A']);
    expect(r.counts.totals).toEqual({ A: 7, B: 5, C: 0 });
    expect(r.counts.raters).toEqual({ A: 2, B: 2, C: 1 });
  });

  it('can elect the highest mean among those who scored, compared exactly', () => {
    const ballots: ScoreBallot[] = [
      { voterId: 'a', scores: { A: 5, B: 4 } },
      { voterId: 'b', scores: { A: 1, B: 4 } },
      { voterId: 'c', scores: { A: 5 } },
    ];
    expect(tallyScore({ options, winnerBy: 'total' }, ballots).winners).toEqual(['A']);
    const r = tallyScore({ options, winnerBy: 'mean' }, ballots);
    expect(r.winners).toEqual(['B']);
    expect(r.explanation.join('\n')).toContain(
      'B mean 8/2 (about 4.00), A mean 11/3 (about 3.67), C unscored',
    );
    // 3/9 against 12/36: equal as fractions, so a tie, not a float accident.
    const tie = tallyScore({ options, min: 0, max: 6, winnerBy: 'mean' }, [
      { voterId: 'a', scores: { A: 1 }, weight: 3 },
      { voterId: 'b', scores: { B: 2 }, weight: 6 },
      { voterId: 'c', scores: { B: 0 }, weight: 30 },
      { voterId: 'd', scores: { A: 0 }, weight: 6 },
    ]);
    expect(tie.outcome).toBe('tie');
  });

  it('validates ranges, whole numbers, unknown options and completeness', () => {
    expect(
      validateScoreBallot(
        { options, min: 0, max: 5, requireAll: true },
        { voterId: 'a', scores: { A: 7, B: 1.5, Z: 1 } },
      ),
    ).toEqual([
      { field: 'scores.A', message: 'score 7 is outside the range 0 to 5' },
      { field: 'scores.B', message: 'a score must be a whole number' },
      { field: 'scores.Z', message: '"Z" is not an option of this proposal' },
      { field: 'scores.C', message: 'every option must be scored; "C" is not' },
    ]);
    expect(() => tallyScore({ options, min: 5, max: 5 }, [])).toThrow();
  });

  it('law: an option everyone scores at the maximum, with nothing else at the maximum, wins', () => {
    const others = fc.record({
      B: fc.integer({ min: 0, max: 4 }),
      C: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(
        uniqueBallots(
          fc
            .tuple(baseArb, others)
            .map(([b, o]) => ({ ...b, binding: true, scores: { A: 5, ...o } })),
          1,
        ),
        (ballots) => {
          expect(tallyScore({ options, min: 0, max: 5 }, ballots)).toMatchObject({
            outcome: 'winner',
            winners: ['A'],
          });
        },
      ),
    );
  });

  it('is independent of ballot order', () => {
    assertOrderIndependent(bodyArb, (b) =>
      tallyScore({ options, min: 0, max: 5, winnerBy: 'mean' }, b),
    );
    assertOrderIndependent(bodyArb, (b) => tallyScore({ options, min: 0, max: 5 }, b), 100);
  });
});
