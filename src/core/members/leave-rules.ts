import type { Leave } from './leaves.js';
import { spansOverlap } from './leaves.js';
import type { RuleProblem } from './rule-problem.js';

const span = (l: { from: string; to: string | null }) =>
  l.to === null ? `from ${l.from}, open-ended` : `from ${l.from} to ${l.to}`;

/**
 * Why a leave cannot be recorded: the member has left, the dates are backwards, or it shares a
 * day with another leave of the same member (one leave at a time keeps "on leave" unambiguous).
 *
 * @example leaveRecordProblems({ status: 'active' }, [], { from: '2026-03-10', to: '2026-03-01' }) // [{ field: 'to', ... }]
 */
export function leaveRecordProblems(
  member: { status: 'active' | 'left' },
  memberLeaves: readonly Leave[],
  wanted: { from: string; to: string | null },
): RuleProblem[] {
  if (member.status === 'left')
    return [
      {
        field: 'memberId',
        message: 'this member has left the DisCO; a leave is for active members',
      },
    ];
  if (wanted.to !== null && wanted.to < wanted.from)
    return [
      {
        field: 'to',
        message: `the last day of leave (${wanted.to}) cannot be before its first day (${wanted.from})`,
      },
    ];
  const clash = memberLeaves.find((l) => spansOverlap(l, wanted));
  if (clash)
    return [
      {
        field: 'from',
        message: `this overlaps leave ${clash.leaveId} of the same member (${span(clash)}); end that leave first or choose days outside it`,
      },
    ];
  return [];
}

/**
 * Why a leave cannot be given this last day: it already ended, the day is before its first day,
 * or extending it would run into another leave of the member.
 *
 * @example leaveEndProblems({ ...leave, ended: true }, '2026-04-01', []) // [{ field: 'leaveId', message: 'this leave already ended on ...' }]
 */
export function leaveEndProblems(
  leave: Leave,
  lastDay: string,
  memberLeaves: readonly Leave[],
): RuleProblem[] {
  if (leave.ended)
    return [
      {
        field: 'leaveId',
        message: `this leave already ended on ${leave.to}; record a new leave if the member is away again`,
      },
    ];
  if (lastDay < leave.from)
    return [
      {
        field: 'lastDay',
        message: `the last day (${lastDay}) cannot be before the leave's first day (${leave.from})`,
      },
    ];
  const clash = memberLeaves.find(
    (l) => l.leaveId !== leave.leaveId && spansOverlap(l, { from: leave.from, to: lastDay }),
  );
  if (clash)
    return [
      {
        field: 'lastDay',
        message: `ending on ${lastDay} would overlap leave ${clash.leaveId} of the same member (${span(clash)})`,
      },
    ];
  return [];
}
