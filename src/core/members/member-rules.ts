import { WORKER_MEMBERS } from './constituency-events.js';
import type { Standing } from './levels.js';
import type { RuleProblem } from './rule-problem.js';
import type { LevelState } from './vocabulary.js';

export interface ConstituencyFacts {
  id: string;
  slug: string;
}

/** What the membership rules need to know about a member. */
export interface MemberFacts extends Standing {
  memberId: string;
  constituencyIds: readonly string[];
}

/**
 * Checks a new member's constituencies and level: at least one constituency, each one known, and
 * a level exactly when the person is a worker-member (levels describe how a worker joins the
 * collective's work; a supporter or client has none).
 *
 * @example newMemberProblems({ level: null, constituencyIds: [] }, known) // [{ field: 'constituencyIds', ... }]
 */
export function newMemberProblems(
  member: { level: LevelState | null; constituencyIds: readonly string[] },
  known: readonly ConstituencyFacts[],
): RuleProblem[] {
  if (member.constituencyIds.length === 0) {
    return [{ field: 'constituencyIds', message: 'a member belongs to at least one constituency' }];
  }
  const problems: RuleProblem[] = [];
  const byId = new Map(known.map((c) => [c.id, c]));
  member.constituencyIds.forEach((id, i) => {
    if (!byId.has(id))
      problems.push({ field: `constituencyIds.${i}`, message: `no constituency ${id}` });
    if (member.constituencyIds.indexOf(id) !== i)
      problems.push({ field: `constituencyIds.${i}`, message: 'listed twice' });
  });
  const worker = member.constituencyIds.some((id) => byId.get(id)?.slug === WORKER_MEMBERS);
  if (worker && member.level === null)
    problems.push({ field: 'level', message: 'a worker-member needs a level' });
  if (!worker && member.level !== null)
    problems.push({ field: 'level', message: 'only worker-members have a level' });
  return problems;
}

/**
 * @example joinConstituencyProblems(member, { id, slug: 'supporters' }) // [] when member is active and not yet in it
 */
export function joinConstituencyProblems(
  member: MemberFacts,
  constituency: ConstituencyFacts | null,
): RuleProblem[] {
  if (member.status === 'left')
    return [{ field: 'memberId', message: 'this member has left the DisCO' }];
  if (!constituency) return [{ field: 'constituencyId', message: 'no such constituency' }];
  if (member.constituencyIds.includes(constituency.id))
    return [{ field: 'constituencyId', message: 'already a member of this constituency' }];
  if (constituency.slug === WORKER_MEMBERS) {
    return [
      { field: 'constituencyId', message: 'people become worker-members by being given a level' },
    ];
  }
  return [];
}

/**
 * @example leaveConstituencyProblems(member, supporters) // [] unless it is their last constituency
 */
export function leaveConstituencyProblems(
  member: MemberFacts,
  constituency: ConstituencyFacts | null,
): RuleProblem[] {
  if (!constituency || !member.constituencyIds.includes(constituency.id)) {
    return [
      {
        field: 'constituencyId',
        message: 'not a member of this constituency',
        code: 'member.not-in-constituency',
        params: {},
      },
    ];
  }
  if (member.constituencyIds.length === 1)
    return [{ field: 'constituencyId', message: 'a member belongs to at least one constituency' }];
  if (constituency.slug === WORKER_MEMBERS && member.level !== null) {
    return [
      {
        field: 'constituencyId',
        message: 'a worker-member leaves through a level change, not by leaving the constituency',
      },
    ];
  }
  return [];
}
