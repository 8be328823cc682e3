import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paceOf } from './pace.js';

describe('the pace of a verification', () => {
  it('is the rate since the mark, and the time left at that rate', () => {
    expect(paceOf({ at: 0, done: 0 }, { at: 2000, done: 10_000 }, 100_000)).toEqual({
      perSecond: 5000,
      secondsLeft: 18,
    });
    expect(paceOf({ at: 1000, done: 500 }, { at: 3000, done: 1500 }, 1500)).toEqual({
      perSecond: 500,
      secondsLeft: 0,
    });
  });

  it('says nothing before a second has passed or while nothing is done', () => {
    expect(paceOf({ at: 0, done: 0 }, { at: 999, done: 10 }, 100)).toBeNull();
    expect(paceOf({ at: 0, done: 5 }, { at: 5000, done: 5 }, 100)).toBeNull();
  });

  it('finishes exactly on time when the rate holds, and never has negative time left', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1000, max: 600_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (done, ms, more) => {
          const pace = paceOf({ at: 0, done: 0 }, { at: ms, done }, done + more)!;
          expect(pace.secondsLeft).toBeGreaterThanOrEqual(0);
          expect(pace.secondsLeft * pace.perSecond).toBeCloseTo(more, 6);
        },
      ),
    );
  });
});
