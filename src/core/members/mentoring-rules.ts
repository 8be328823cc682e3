import type { Standing } from './levels.js';
import type { RuleProblem } from './rule-problem.js';

export interface DaterFacts extends Standing {
  memberId: string;
  mentorIds: readonly string[];
}

export interface MentorFacts extends Standing {
  memberId: string;
}

function notDating(dater: DaterFacts): RuleProblem[] {
  if (dater.status === 'left')
    return [{ field: 'memberId', message: 'this member has left the DisCO' }];
  if (dater.level?.level !== 'dating')
    return [
      {
        field: 'memberId',
        message: 'only daters have mentors, milestones and a commitment statement',
      },
    ];
  return [];
}

/**
 * A dater may have several mentors (the buddy system); each is a committed member other than the
 * dater, because mentoring is how the collective vouches for someone.
 *
 * @example mentorAssignmentProblems(dater, dater) // [{ field: 'mentorId', message: 'nobody mentors themselves' }]
 */
export function mentorAssignmentProblems(
  dater: DaterFacts,
  mentor: MentorFacts | null,
): RuleProblem[] {
  const dating = notDating(dater);
  if (dating.length > 0) return dating;
  if (!mentor) return [{ field: 'mentorId', message: 'no such member' }];
  if (mentor.memberId === dater.memberId)
    return [{ field: 'mentorId', message: 'nobody mentors themselves' }];
  if (mentor.status === 'left' || mentor.level?.level !== 'committed') {
    return [{ field: 'mentorId', message: 'a mentor is an active committed member' }];
  }
  if (dater.mentorIds.includes(mentor.memberId))
    return [{ field: 'mentorId', message: 'already a mentor of this member' }];
  return [];
}

/**
 * @example mentorRemovalProblems(dater, 'someone-else') // [{ field: 'mentorId', message: 'not a mentor of this member' }]
 */
export function mentorRemovalProblems(dater: DaterFacts, mentorId: string): RuleProblem[] {
  return dater.mentorIds.includes(mentorId)
    ? []
    : [{ field: 'mentorId', message: 'not a mentor of this member' }];
}

/**
 * @example milestoneProblems(casualMember) // [{ field: 'memberId', ... }]
 */
export function milestoneProblems(dater: DaterFacts): RuleProblem[] {
  return notDating(dater);
}

/**
 * The commitment statement closes dating, so it is written in the last stage.
 *
 * @example commitmentProblems({ ...dater, level: { level: 'dating', stage: 3, timeline: 'agile', startDate: '2026-01-05' } }) // []
 */
export function commitmentProblems(dater: DaterFacts): RuleProblem[] {
  const dating = notDating(dater);
  if (dating.length > 0) return dating;
  if (dater.level?.level === 'dating' && dater.level.stage !== 3) {
    return [
      {
        field: 'memberId',
        message: `the commitment statement is written in dating stage 3; this member is at stage ${dater.level.stage}`,
      },
    ];
  }
  return [];
}
