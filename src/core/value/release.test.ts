import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { datingEndFor, DEFAULT_RELEASE_RULE, releasePlan, releaseRuleInForce } from './release.js';

describe('dater care release', () => {
  it('releases everything on commitment and forfeits on leaving by default', () => {
    expect(
      releasePlan(
        5000n,
        { memberId: 'm', on: '2024-09-30', outcome: 'committed' },
        DEFAULT_RELEASE_RULE,
      ),
    ).toEqual({ tranches: [{ on: '2024-09-30', amount: 5000n }], forfeited: null });
    expect(
      releasePlan(
        5000n,
        { memberId: 'm', on: '2024-09-30', outcome: 'left' },
        DEFAULT_RELEASE_RULE,
      ),
    ).toEqual({ tranches: [], forfeited: { on: '2024-09-30', amount: 5000n } });
  });

  it('spreads over N months, remainder to the earliest tranches', () => {
    const plan = releasePlan(
      1000n,
      { memberId: 'm', on: '2024-01-31', outcome: 'committed' },
      { onCommitment: { kind: 'release-over-months', months: 3 }, onLeaving: 'forfeit' },
    );
    expect(plan.tranches).toEqual([
      { on: '2024-01-31', amount: 334n },
      { on: '2024-02-29', amount: 333n },
      { on: '2024-03-31', amount: 333n },
    ]);
  });

  it('tranches always sum to the amount, never negative, dates ascending', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 1, max: 60 }),
        (amount, months) => {
          const plan = releasePlan(
            amount,
            { memberId: 'm', on: '2024-05-31', outcome: 'committed' },
            { onCommitment: { kind: 'release-over-months', months }, onLeaving: 'forfeit' },
          );
          expect(plan.tranches).toHaveLength(months);
          expect(plan.tranches.reduce((s, t) => s + t.amount, 0n)).toBe(amount);
          plan.tranches.forEach((t, k) => {
            expect(t.amount >= 0n).toBe(true);
            if (k > 0) expect(t.on > plan.tranches[k - 1]!.on).toBe(true);
          });
        },
      ),
    );
  });

  it('picks the rule in force when dating ends and the dating spell the work belongs to', () => {
    const table = [
      {
        effectiveFrom: '2024-06-01',
        onCommitment: { kind: 'release-all' as const },
        onLeaving: 'release-all' as const,
      },
    ];
    expect(releaseRuleInForce(table, '2024-05-31')).toEqual(DEFAULT_RELEASE_RULE);
    expect(releaseRuleInForce(table, '2024-06-01').onLeaving).toBe('release-all');
    const ends = [
      { memberId: 'm', on: '2023-03-01', outcome: 'left' as const },
      { memberId: 'm', on: '2024-09-30', outcome: 'committed' as const },
    ];
    expect(datingEndFor(ends, 'm', '2023-01-10')?.outcome).toBe('left');
    expect(datingEndFor(ends, 'm', '2024-01-10')?.outcome).toBe('committed');
    expect(datingEndFor(ends, 'm', '2024-10-01')).toBeUndefined();
  });
});
