import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  careConcentration,
  giniCoefficient,
  membersBehindOnDuties,
  overloadedMembers,
} from './care-indicators.js';
import { periodOf } from './calendar.js';
import { foldValueEvents } from './state.js';
import { acknowledged, disputed, draft, logged, ratedState, resolved } from './test-support.js';
import type { DutyProgress } from './duties.js';

describe('Gini coefficient', () => {
  it('is 0 for equal shares and (n-1)/n when one member does everything', () => {
    expect(giniCoefficient([5n, 5n, 5n])).toEqual({ numerator: 0n, denominator: 1n, value: 0 });
    expect(giniCoefficient([0n, 0n, 0n, 10n])).toEqual({
      numerator: 3n,
      denominator: 4n,
      value: 0.75,
    });
    expect(giniCoefficient([])).toEqual({ numerator: 0n, denominator: 1n, value: 0 });
    expect(giniCoefficient([1n, 3n])).toMatchObject({ numerator: 1n, denominator: 4n });
  });

  it('equals the mean absolute difference over twice the mean, exactly, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 30 }),
        (xs) => {
          const g = giniCoefficient(xs);
          const n = BigInt(xs.length);
          const total = xs.reduce((s, x) => s + x, 0n);
          let diff = 0n;
          for (const a of xs) for (const b of xs) diff += a > b ? a - b : b - a;
          if (total === 0n) expect(g.numerator).toBe(0n);
          else expect(g.numerator * 2n * n * total).toBe(diff * g.denominator);
          expect(giniCoefficient([...xs].reverse())).toEqual(g);
          expect(g.numerator >= 0n && g.numerator < g.denominator).toBe(true);
        },
      ),
    );
  });
});

describe('care indicators', () => {
  let state = ratedState();
  state = foldValueEvents(
    [
      logged(
        state,
        'c1',
        draft({ member: 'ana', stream: 'care', quantity: '9', date: '2024-01-15' }),
      ),
      acknowledged('c1', 'ben'),
      logged(
        state,
        'c2',
        draft({ member: 'ana', stream: 'care', quantity: '9', date: '2024-01-16' }),
      ),
      logged(
        state,
        'c3',
        draft({ member: 'ben', stream: 'care', quantity: '6', date: '2024-01-17' }),
      ),
      logged(
        state,
        'c4',
        draft({ member: 'ana', stream: 'livelihood', quantity: '24', date: '2024-01-17' }),
      ),
      logged(
        state,
        'c5',
        draft({ member: 'ben', stream: 'care', quantity: '20', date: '2024-01-18' }),
      ),
      disputed('c5', 'ana'),
      resolved('c5', 'contribution-void'),
    ],
    state,
  );
  const contributions = [...state.contributions.values()];

  it('shares care among all the members asked about, zeros included', () => {
    const result = careConcentration(contributions, {
      period: periodOf('2024-01-01', 'quarter'),
      members: ['ana', 'ben', 'cleo'],
      measure: 'hours',
    });
    expect(result.total).toBe(24_000n);
    expect(result.shares).toEqual([
      { memberId: 'ana', amount: 18_000n, share: { numerator: 3n, denominator: 4n } },
      { memberId: 'ben', amount: 6_000n, share: { numerator: 1n, denominator: 4n } },
      { memberId: 'cleo', amount: 0n, share: { numerator: 0n, denominator: 1n } },
    ]);
    expect(result.gini).toMatchObject({ numerator: 1n, denominator: 2n, value: 0.5 });
    expect(
      careConcentration(contributions, {
        period: periodOf('2024-01-01', 'quarter'),
        members: ['ana', 'ben'],
        measure: 'credits',
      }).total,
    ).toBe(36_000n);
  });

  it('flags members over a weekly load of hours, void work excluded', () => {
    expect(overloadedMembers(contributions, { from: '2024-01-15', to: '2024-01-21' })).toEqual([
      { memberId: 'ana', week: '2024-W03', hours: 42_000n },
    ]);
    expect(
      overloadedMembers(contributions, {
        from: '2024-01-15',
        to: '2024-01-21',
        maxWeeklyHours: 50_000n,
      }),
    ).toEqual([]);
  });

  it('flags duties behind an even pace, and unmet duties once the period is over', () => {
    const progress: DutyProgress = {
      memberId: 'ana',
      stream: 'love',
      period: periodOf('2024-01-01', 'month'),
      owed: 31_000n,
      done: 10_000n,
      pending: 0n,
      remaining: 21_000n,
      met: false,
    };
    expect(membersBehindOnDuties([progress], '2024-01-10')).toEqual([]);
    expect(membersBehindOnDuties([progress], '2024-01-11')).toEqual([
      { ...progress, expected: 11_000n },
    ]);
    expect(membersBehindOnDuties([progress], '2024-02-05')).toEqual([
      { ...progress, expected: 31_000n },
    ]);
    expect(membersBehindOnDuties([progress], '2023-12-31')).toEqual([]);
  });
});
