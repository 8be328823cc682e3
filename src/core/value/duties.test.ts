import { describe, expect, it } from 'vitest';
import { dutiesInForce, dutyProgress, DEFAULT_DUTIES } from './duties.js';
import { foldValueEvents } from './state.js';
import { acknowledged, draft, logged, ratedState } from './test-support.js';
import { VALUE_EVENT } from './events.js';

function world() {
  let state = ratedState();
  state = foldValueEvents(
    [
      logged(state, 'c1', draft({ stream: 'love', quantity: '3000', date: '2024-04-10' })), // 240.00
      acknowledged('c1', 'ben'),
      logged(state, 'c2', draft({ stream: 'love', quantity: '1000', date: '2024-06-30' })), // 80.00, pending
      logged(state, 'c3', draft({ stream: 'love', quantity: '5000', date: '2024-07-01' })), // next quarter
      acknowledged('c3', 'ben'),
    ],
    state,
  );
  return state;
}

describe('duties', () => {
  it('by default committed members owe 400.00 love credits per quarter', () => {
    expect(DEFAULT_DUTIES).toEqual([
      { level: 'committed', stream: 'love', period: 'quarter', amount: 40_000n },
    ]);
    const [q2] = dutyProgress(world().contributions.values(), {
      memberId: 'ana',
      level: 'committed',
      date: '2024-05-17',
      table: [],
    });
    expect(q2).toEqual({
      memberId: 'ana',
      stream: 'love',
      period: { kind: 'quarter', label: '2024-Q2', start: '2024-04-01', end: '2024-06-30' },
      owed: 40_000n,
      done: 24_000n,
      pending: 8_000n,
      remaining: 16_000n,
      met: false,
    });
    expect(
      dutyProgress(world().contributions.values(), {
        memberId: 'ana',
        level: 'committed',
        date: '2024-09-30',
        table: [],
      })[0],
    ).toMatchObject({ done: 40_000n, met: true, remaining: 0n });
    expect(
      dutyProgress(world().contributions.values(), {
        memberId: 'ana',
        level: 'dating',
        date: '2024-05-17',
        table: [],
      }),
    ).toEqual([]);
  });

  it('applies a duty change from the first period that starts after it takes effect', () => {
    const state = foldValueEvents(
      [
        {
          type: VALUE_EVENT.dutyRulesSet,
          schema: 1,
          actor: null,
          payload: {
            effectiveFrom: '2024-05-01',
            duties: [
              { level: 'committed', stream: 'care', period: 'month', amount: '5000' },
              { level: 'dating', stream: 'love', period: 'quarter', amount: '10000' },
            ],
          },
        },
      ],
      world(),
    );
    expect(dutiesInForce(state.dutyRules, '2024-04-30')).toBe(DEFAULT_DUTIES);
    const may = dutyProgress(state.contributions.values(), {
      memberId: 'ana',
      level: 'committed',
      date: '2024-05-17',
      table: state.dutyRules,
    });
    // The quarter began under the old rules (love 400/quarter); May is the first month under the new ones.
    expect(may.map((p) => [p.stream, p.period.label, p.owed])).toEqual([
      ['care', '2024-05', 5000n],
      ['love', '2024-Q2', 40_000n],
    ]);
  });
});
