import { describe, expect, it } from 'vitest';
import { keyRegistrationProblems, keyRevocationProblems } from './key-rules.js';
import {
  joinConstituencyProblems,
  leaveConstituencyProblems,
  newMemberProblems,
  type MemberFacts,
} from './member-rules.js';
import {
  commitmentProblems,
  mentorAssignmentProblems,
  mentorRemovalProblems,
  milestoneProblems,
  type DaterFacts,
} from './mentoring-rules.js';

const workers = { id: 'w', slug: 'worker-members' };
const supporters = { id: 's', slug: 'supporters' };
const known = [workers, supporters];
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('membership rules', () => {
  it('gives a level to worker-members and to nobody else', () => {
    expect(
      newMemberProblems({ level: { level: 'casual' }, constituencyIds: ['w', 's'] }, known),
    ).toEqual([]);
    expect(newMemberProblems({ level: null, constituencyIds: ['s'] }, known)).toEqual([]);
    expect(fields(newMemberProblems({ level: null, constituencyIds: ['w'] }, known))).toEqual([
      'level',
    ]);
    expect(
      fields(newMemberProblems({ level: { level: 'committed' }, constituencyIds: ['s'] }, known)),
    ).toEqual(['level']);
  });

  it('wants at least one known constituency, each once', () => {
    expect(fields(newMemberProblems({ level: null, constituencyIds: [] }, known))).toEqual([
      'constituencyIds',
    ]);
    expect(
      fields(newMemberProblems({ level: null, constituencyIds: ['s', 'x', 's'] }, known)),
    ).toEqual(['constituencyIds.1', 'constituencyIds.2']);
  });

  const supporter: MemberFacts = {
    memberId: 'm',
    status: 'active',
    level: null,
    constituencyIds: ['s'],
  };
  const worker: MemberFacts = {
    memberId: 'w1',
    status: 'active',
    level: { level: 'casual' },
    constituencyIds: ['w', 's'],
  };

  it('joins and leaves constituencies, keeping at least one', () => {
    expect(joinConstituencyProblems(supporter, { id: 'u', slug: 'users-clients' })).toEqual([]);
    expect(fields(joinConstituencyProblems(supporter, supporters))).toEqual(['constituencyId']);
    expect(fields(joinConstituencyProblems(supporter, workers))).toEqual(['constituencyId']);
    expect(
      fields(
        joinConstituencyProblems(
          { ...supporter, status: 'left' },
          { id: 'u', slug: 'users-clients' },
        ),
      ),
    ).toEqual(['memberId']);
    expect(fields(leaveConstituencyProblems(supporter, supporters))).toEqual(['constituencyId']);
    expect(leaveConstituencyProblems(worker, supporters)).toEqual([]);
    expect(fields(leaveConstituencyProblems(worker, workers))).toEqual(['constituencyId']);
  });
});

describe('mentoring rules', () => {
  const dater: DaterFacts = {
    memberId: 'd',
    status: 'active',
    level: { level: 'dating', stage: 2, timeline: 'agile', startDate: '2026-01-05' },
    mentorIds: ['m1'],
  };
  const committed = {
    memberId: 'm2',
    status: 'active' as const,
    level: { level: 'committed' as const },
  };

  it('needs a committed mentor other than the dater, once', () => {
    expect(mentorAssignmentProblems(dater, committed)).toEqual([]);
    expect(mentorAssignmentProblems(dater, { ...dater })).toEqual([
      { field: 'mentorId', message: 'nobody mentors themselves' },
    ]);
    expect(fields(mentorAssignmentProblems(dater, { ...committed, memberId: 'm1' }))).toEqual([
      'mentorId',
    ]);
    expect(
      fields(mentorAssignmentProblems(dater, { ...committed, level: { level: 'casual' } })),
    ).toEqual(['mentorId']);
    expect(
      fields(mentorAssignmentProblems({ ...dater, level: { level: 'casual' } }, committed)),
    ).toEqual(['memberId']);
    expect(mentorRemovalProblems(dater, 'm1')).toEqual([]);
    expect(fields(mentorRemovalProblems(dater, 'm2'))).toEqual(['mentorId']);
  });

  it('records milestones while dating and the commitment in stage 3', () => {
    expect(milestoneProblems(dater)).toEqual([]);
    expect(fields(commitmentProblems(dater))).toEqual(['memberId']);
    expect(
      commitmentProblems({
        ...dater,
        level: { level: 'dating', stage: 3, timeline: 'agile', startDate: '2026-01-05' },
      }),
    ).toEqual([]);
  });
});

describe('key rules', () => {
  it('registers a key once, ever, and revokes only the owner’s live key', () => {
    const standing = { status: 'active' as const, level: null };
    expect(keyRegistrationProblems(standing, null)).toEqual([]);
    expect(fields(keyRegistrationProblems(standing, { memberId: 'a', revoked: true }))).toEqual([
      'publicKey',
    ]);
    expect(keyRevocationProblems({ memberId: 'a', revoked: false }, 'a')).toEqual([]);
    expect(fields(keyRevocationProblems({ memberId: 'a', revoked: false }, 'b'))).toEqual([
      'publicKey',
    ]);
    expect(fields(keyRevocationProblems({ memberId: 'a', revoked: true }, 'a'))).toEqual([
      'publicKey',
    ]);
  });
});
