import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../ledger/canonical.js';
import { datingEndBetween, EMPTY_DATING_ENDS, foldDatingEnds } from './dating-ends.js';

type Event = { type: string; time: string; payload: JsonObject };

const decision = { kind: 'founder-action' };
const dating = (stage: 1 | 2 | 3) => ({
  level: 'dating',
  stage,
  timeline: 'agile',
  startDate: '2026-01-05',
});
const genesis = (timeZone: string): Event => ({
  type: 'ledger.genesis',
  time: '2026-01-01T08:00:00.000Z',
  payload: { name: 'Coop', currency: 'EUR', timeZone, nodeKey: 'k' },
});
const added = (memberId: string, level: JsonObject | null, time: string): Event => ({
  type: 'member.added',
  time,
  payload: {
    memberId,
    displayName: memberId,
    founder: false,
    level,
    constituencyIds: ['worker-members'],
    decision,
  },
});
const changed = (memberId: string, level: JsonObject, time: string): Event => ({
  type: 'member.level-changed',
  time,
  payload: { memberId, level, decision },
});
const left = (memberId: string, time: string): Event => ({
  type: 'member.left',
  time,
  payload: { memberId, decision },
});
const returned = (memberId: string, level: JsonObject | null, time: string): Event => ({
  type: 'member.returned',
  time,
  payload: { memberId, level, decision },
});

describe('when dating ends', () => {
  it('only a move out of dating ends it; only a move to committed is a commitment', () => {
    const d = { status: 'active', level: 'dating' } as const;
    expect(datingEndBetween(d, { status: 'active', level: 'committed' })).toBe('committed');
    expect(datingEndBetween(d, { status: 'active', level: 'casual' })).toBe('left');
    expect(datingEndBetween(d, { status: 'active', level: null })).toBe('left');
    expect(datingEndBetween(d, { status: 'left', level: null })).toBe('left');
    expect(datingEndBetween(d, d)).toBeNull();
    expect(datingEndBetween(undefined, { status: 'active', level: 'committed' })).toBeNull();
    expect(
      datingEndBetween(
        { status: 'active', level: 'casual' },
        { status: 'active', level: 'committed' },
      ),
    ).toBeNull();
    expect(
      datingEndBetween({ status: 'left', level: null }, { status: 'active', level: 'committed' }),
    ).toBeNull();
  });

  it('dates each end by the calendar day in the genesis time zone, spell by spell', () => {
    const events = [
      genesis('Europe/Madrid'),
      added('cy', dating(2), '2026-01-05T09:00:00.000Z'),
      changed('cy', dating(3), '2026-02-10T09:00:00.000Z'),
      // 23:30 UTC on the last day of February is already 1 March in Madrid.
      changed('cy', { level: 'committed' }, '2026-02-28T23:30:00.000Z'),
      added('dy', dating(1), '2026-01-05T09:00:00.000Z'),
      left('dy', '2026-03-02T09:00:00.000Z'),
      returned('dy', dating(1), '2026-04-01T09:00:00.000Z'),
      changed('dy', { level: 'casual' }, '2026-05-01T09:00:00.000Z'),
      added('ana', { level: 'committed' }, '2026-01-05T09:00:00.000Z'),
      left('ana', '2026-03-01T09:00:00.000Z'),
      { type: 'disco.renamed', time: '2026-03-03T09:00:00.000Z', payload: { name: 'Other' } },
    ];
    expect(foldDatingEnds(events).ends).toEqual([
      { memberId: 'cy', on: '2026-03-01', outcome: 'committed' },
      { memberId: 'dy', on: '2026-03-02', outcome: 'left' },
      { memberId: 'dy', on: '2026-05-01', outcome: 'left' },
    ]);
    expect(foldDatingEnds(events.slice(1)).ends[0]).toEqual({
      memberId: 'cy',
      on: '2026-02-28',
      outcome: 'committed',
    });
  });

  it('folds in batches exactly as at once, leaving its input state untouched', () => {
    const member = fc.constantFrom('a', 'b');
    const time = fc
      .integer({ min: 0, max: 400 })
      .map((d) => new Date(Date.UTC(2026, 0, 1) + d * 36e5 * 11).toISOString());
    const event = fc.oneof(
      fc
        .tuple(
          member,
          fc.constantFrom<JsonObject | null>(
            dating(1),
            { level: 'committed' },
            { level: 'casual' },
            null,
          ),
          time,
        )
        .map(([m, l, t]) => added(m, l, t)),
      fc
        .tuple(
          member,
          fc.constantFrom<JsonObject>(dating(2), { level: 'committed' }, { level: 'casual' }),
          time,
        )
        .map(([m, l, t]) => changed(m, l, t)),
      fc.tuple(member, time).map(([m, t]) => left(m, t)),
      fc
        .tuple(
          member,
          fc.constantFrom<JsonObject | null>(dating(1), { level: 'committed' }, null),
          time,
        )
        .map(([m, l, t]) => returned(m, l, t)),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), fc.nat(20), (rest, cut) => {
        const events = [genesis('Pacific/Auckland'), ...rest];
        const whole = foldDatingEnds(events);
        const first = foldDatingEnds(events.slice(0, cut));
        const snapshot = structuredClone(first);
        expect(foldDatingEnds(events.slice(cut), first)).toEqual(whole);
        expect(first).toEqual(snapshot);
        expect(EMPTY_DATING_ENDS.ends).toHaveLength(0);
      }),
    );
  });
});
