import { describe, expect, it } from 'vitest';
import {
  joinCircleProblems,
  leaveCircleProblems,
  stewardAppointmentProblems,
  stewardshipEndProblems,
  type CircleMemberFacts,
} from './circle-rules.js';

const member: CircleMemberFacts = {
  memberId: 'a',
  status: 'active',
  level: { level: 'committed' },
  inCircle: true,
  steward: false,
};
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);
const appointment = {
  appointee: member,
  termStart: '2026-01-01',
  termEnd: '2026-06-30',
  replaces: undefined,
  today: '2026-01-10',
};

describe('circle rules', () => {
  it('joins once and leaves only when in', () => {
    const circle = { circleId: 'c', open: true };
    expect(joinCircleProblems({ ...member, inCircle: false }, circle)).toEqual([]);
    expect(fields(joinCircleProblems(member, circle))).toEqual(['memberId']);
    expect(
      fields(joinCircleProblems({ ...member, inCircle: false, status: 'left' }, circle)),
    ).toEqual(['memberId']);
    expect(fields(joinCircleProblems(member, null))).toEqual(['circleId']);
    expect(leaveCircleProblems(member)).toEqual([]);
    expect(fields(leaveCircleProblems({ ...member, inCircle: false }))).toEqual(['memberId']);
  });

  it('appoints a circle member for a term that has not run out', () => {
    expect(stewardAppointmentProblems(appointment)).toEqual([]);
    expect(
      fields(
        stewardAppointmentProblems({ ...appointment, appointee: { ...member, inCircle: false } }),
      ),
    ).toEqual(['memberId']);
    expect(
      fields(
        stewardAppointmentProblems({ ...appointment, appointee: { ...member, steward: true } }),
      ),
    ).toEqual(['memberId']);
    expect(fields(stewardAppointmentProblems({ ...appointment, termEnd: '2025-12-31' }))).toEqual([
      'termEnd',
    ]);
    expect(
      fields(
        stewardAppointmentProblems({
          ...appointment,
          termStart: '2025-01-01',
          termEnd: '2026-01-09',
        }),
      ),
    ).toEqual(['termEnd']);
  });

  it('rotates only a current steward, and not into themselves', () => {
    const outgoing = { ...member, memberId: 'b', steward: true };
    expect(stewardAppointmentProblems({ ...appointment, replaces: outgoing })).toEqual([]);
    expect(
      fields(
        stewardAppointmentProblems({ ...appointment, replaces: { ...outgoing, steward: false } }),
      ),
    ).toEqual(['replaces']);
    expect(fields(stewardAppointmentProblems({ ...appointment, replaces: null }))).toEqual([
      'replaces',
    ]);
    expect(stewardshipEndProblems(outgoing)).toEqual([]);
    expect(fields(stewardshipEndProblems(member))).toEqual(['memberId']);
  });
});
