import type { Standing } from '../members/levels.js';
import type { RuleProblem } from '../members/rule-problem.js';

export interface CircleFacts {
  circleId: string;
  open: boolean;
}

/** A member as seen from one circle. */
export interface CircleMemberFacts extends Standing {
  memberId: string;
  inCircle: boolean;
  /** Holds a stewardship of this circle that has not ended and whose term has not run out. */
  steward: boolean;
}

/**
 * @example joinCircleProblems(member, null) // [{ field: 'circleId', message: 'no such circle' }]
 */
export function joinCircleProblems(
  member: CircleMemberFacts | null,
  circle: CircleFacts | null,
): RuleProblem[] {
  if (!circle) return [{ field: 'circleId', message: 'no such circle' }];
  if (!member) return [{ field: 'memberId', message: 'no such member' }];
  if (member.status === 'left')
    return [{ field: 'memberId', message: 'this member has left the DisCO' }];
  if (member.inCircle) return [{ field: 'memberId', message: 'already a member of this circle' }];
  return [];
}

/**
 * @example leaveCircleProblems({ ...member, inCircle: false }) // [{ field: 'memberId', ... }]
 */
export function leaveCircleProblems(member: CircleMemberFacts | null): RuleProblem[] {
  if (!member?.inCircle)
    return [
      {
        field: 'memberId',
        message: 'not a member of this circle',
        code: 'member.not-in-circle',
        params: {},
      },
    ];
  return [];
}

export interface StewardAppointment {
  appointee: CircleMemberFacts | null;
  termStart: string;
  termEnd: string;
  /** The steward this appointment rotates out, if any. */
  replaces: CircleMemberFacts | null | undefined;
  /** Today's date: a term that is already over appoints nobody. */
  today: string;
}

/**
 * A steward is a member of the circle, for a term that has not yet run out. Calendar dates
 * (YYYY-MM-DD) compare correctly as text.
 *
 * @example stewardAppointmentProblems({ appointee, termStart: '2026-01-01', termEnd: '2025-12-31', replaces: undefined, today })
 * // [{ field: 'termEnd', message: 'a term ends on or after its start' }]
 */
export function stewardAppointmentProblems(appointment: StewardAppointment): RuleProblem[] {
  const { appointee, termStart, termEnd, replaces, today } = appointment;
  const problems: RuleProblem[] = [];
  if (!appointee) problems.push({ field: 'memberId', message: 'no such member' });
  else if (appointee.status === 'left')
    problems.push({ field: 'memberId', message: 'this member has left the DisCO' });
  else if (!appointee.inCircle)
    problems.push({ field: 'memberId', message: 'a steward is a member of the circle' });
  else if (appointee.steward)
    problems.push({ field: 'memberId', message: 'already a steward of this circle' });
  if (termEnd < termStart)
    problems.push({ field: 'termEnd', message: 'a term ends on or after its start' });
  else if (termEnd < today)
    problems.push({ field: 'termEnd', message: 'this term is already over' });
  if (replaces !== undefined) {
    if (!replaces?.steward)
      problems.push({ field: 'replaces', message: 'not a current steward of this circle' });
    else if (appointee && replaces.memberId === appointee.memberId)
      problems.push({ field: 'replaces', message: 'a steward does not replace themselves' });
  }
  return problems;
}

/**
 * @example stewardshipEndProblems({ ...member, steward: false }) // [{ field: 'memberId', ... }]
 */
export function stewardshipEndProblems(member: CircleMemberFacts | null): RuleProblem[] {
  return member?.steward
    ? []
    : [{ field: 'memberId', message: 'not a current steward of this circle' }];
}
