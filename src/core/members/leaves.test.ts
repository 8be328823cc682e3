import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../value/calendar.js';
import { memberLeaveRecordedPayload } from './leave-events.js';
import { leaveEndProblems, leaveRecordProblems } from './leave-rules.js';
import { EMPTY_LEAVES, foldLeaves, leavesWithin, spansOverlap, type Leave } from './leaves.js';

const ANA = '0195f000-0000-7000-8000-00000000000a';
const BO = '0195f000-0000-7000-8000-00000000000b';
const leaveId = (n: number) => `0195f000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const recorded = (
  n: number,
  memberId: string,
  from: string,
  to: string | null,
  reason: string | null = null,
) => ({
  type: 'member.leave-recorded',
  payload: { leaveId: leaveId(n), memberId, from, to, reason },
});
const ended = (n: number, memberId: string, lastDay: string) => ({
  type: 'member.leave-ended',
  payload: { leaveId: leaveId(n), memberId, lastDay },
});
const leave = (from: string, to: string | null, extra: Partial<Leave> = {}): Leave => ({
  leaveId: leaveId(1),
  memberId: ANA,
  from,
  to,
  reason: null,
  ended: false,
  ...extra,
});

describe('leaves folded from the ledger', () => {
  it('records a leave, then fixes its last day once it ends', () => {
    const state = foldLeaves([
      recorded(1, ANA, '2026-03-01', null, 'parental leave'),
      { type: 'member.added', payload: {} },
      ended(1, ANA, '2026-05-31'),
    ]);
    expect([...state.leaves.values()]).toEqual([
      {
        leaveId: leaveId(1),
        memberId: ANA,
        from: '2026-03-01',
        to: '2026-05-31',
        reason: 'parental leave',
        ended: true,
      },
    ]);
  });

  it('folds in batches exactly as at once, leaving its input state untouched', () => {
    const day = fc.integer({ min: 0, max: 200 }).map((d) => addDays('2026-01-01', d));
    const event = fc.oneof(
      fc
        .tuple(fc.nat(5), fc.constantFrom(ANA, BO), day, fc.option(day))
        .map(([n, m, from, to]) => recorded(n, m, from, to === null || to < from ? null : to)),
      fc.tuple(fc.nat(5), fc.constantFrom(ANA, BO), day).map(([n, m, d]) => ended(n, m, d)),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), fc.nat(20), (events, cut) => {
        const whole = foldLeaves(events);
        const first = foldLeaves(events.slice(0, cut));
        const snapshot = structuredClone(first);
        expect(foldLeaves(events.slice(cut), first)).toEqual(whole);
        expect(first).toEqual(snapshot);
        expect(EMPTY_LEAVES.leaves.size).toBe(0);
      }),
    );
  });

  it('refuses a payload whose last day comes before its first', () => {
    const parsed = memberLeaveRecordedPayload.safeParse(
      recorded(1, ANA, '2026-03-10', '2026-03-09').payload,
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['to']);
  });
});

describe('which leaves fall in a run', () => {
  it('takes every leave sharing at least one day with the dates after `after` through `through`', () => {
    const leaves = [
      leave('2026-02-01', '2026-02-28', { leaveId: leaveId(1) }),
      leave('2026-02-15', '2026-03-01', { leaveId: leaveId(2), memberId: BO }),
      leave('2026-03-31', null, { leaveId: leaveId(3) }),
      leave('2026-04-01', null, { leaveId: leaveId(4), memberId: BO }),
    ];
    const within = leavesWithin(leaves, '2026-02-28', '2026-03-31');
    expect(within.get(ANA)?.map((l) => l.leaveId)).toEqual([leaveId(3)]);
    expect(within.get(BO)?.map((l) => l.leaveId)).toEqual([leaveId(2)]);
    expect(
      leavesWithin(leaves, '', '2026-02-01')
        .get(ANA)
        ?.map((l) => l.leaveId),
    ).toEqual([leaveId(1)]);
  });

  it('agrees with day-by-day overlap', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((d) => addDays('2026-01-01', d));
    fc.assert(
      fc.property(day, fc.option(fc.nat(30)), day, fc.nat(30), (from, length, after, width) => {
        const l = leave(from, length === null ? null : addDays(from, length));
        const through = addDays(after, width + 1);
        let shares = false;
        for (let d = addDays(after, 1); d <= through; d = addDays(d, 1))
          if (d >= l.from && (l.to === null || d <= l.to)) shares = true;
        expect(leavesWithin([l], after, through).has(ANA)).toBe(shares);
        expect(spansOverlap(l, { from: addDays(after, 1), to: through })).toBe(shares);
      }),
    );
  });
});

describe('leave rules', () => {
  it('refuses a member who left, backwards dates and overlapping leaves, each naming its field', () => {
    expect(
      leaveRecordProblems({ status: 'left' }, [], { from: '2026-03-01', to: null })[0]?.field,
    ).toBe('memberId');
    expect(
      leaveRecordProblems({ status: 'active' }, [], { from: '2026-03-10', to: '2026-03-01' }),
    ).toEqual([
      {
        field: 'to',
        message: 'the last day of leave (2026-03-01) cannot be before its first day (2026-03-10)',
      },
    ]);
    const open = leave('2026-03-01', null);
    expect(
      leaveRecordProblems({ status: 'active' }, [open], { from: '2027-01-01', to: null })[0],
    ).toMatchObject({
      field: 'from',
      message: expect.stringContaining(`overlaps leave ${leaveId(1)}`),
    });
    expect(
      leaveRecordProblems({ status: 'active' }, [leave('2026-03-01', '2026-03-31')], {
        from: '2026-04-01',
        to: '2026-04-30',
      }),
    ).toEqual([]);
    expect(
      leaveRecordProblems({ status: 'active' }, [leave('2026-03-01', '2026-03-31')], {
        from: '2026-02-01',
        to: '2026-03-01',
      })[0]?.field,
    ).toBe('from');
  });

  it('ends a leave once, not before it starts, and not into another leave', () => {
    const open = leave('2026-03-01', null);
    expect(leaveEndProblems(open, '2026-03-01', [open])).toEqual([]);
    expect(
      leaveEndProblems({ ...open, to: '2026-03-20', ended: true }, '2026-03-25', [])[0],
    ).toEqual({
      field: 'leaveId',
      message:
        'this leave already ended on 2026-03-20; record a new leave if the member is away again',
    });
    expect(leaveEndProblems(open, '2026-02-28', [open])[0]?.field).toBe('lastDay');
    const planned = leave('2026-03-01', '2026-03-31');
    const next = leave('2026-04-10', null, { leaveId: leaveId(2) });
    expect(leaveEndProblems(planned, '2026-04-09', [planned, next])).toEqual([]);
    expect(leaveEndProblems(planned, '2026-04-10', [planned, next])[0]).toMatchObject({
      field: 'lastDay',
      message: expect.stringContaining(leaveId(2)),
    });
  });
});
