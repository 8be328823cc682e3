import { issueInvitation } from '../auth/issue-invitation.js';
import { acceptInvitation } from '../auth/accept-invitation.js';
import { appointSteward } from '../circles/appoint-steward.js';
import { joinCircle } from '../circles/join-circle.js';
import { assignMentor } from '../members/assign-mentor.js';
import { recordMilestone } from '../members/record-milestone.js';
import { addDays } from '../../core/value/index.js';
import { DEMO_CAST, DEMO_MENTORS, demoEmail, type DemoPerson } from './demo-cast.js';
import type { DemoWorld } from './demo-world.js';

/**
 * Everyone but the founder joins through an invitation the founder issues, and chooses the demo
 * password on accepting it: the same path a real newcomer takes.
 */
export async function inviteTheCast(world: DemoWorld, password: string): Promise<void> {
  const founder = await world.actor('ana');
  for (const [i, person] of DEMO_CAST.filter((p) => !world.ids.has(p.key)).entries()) {
    // A few minutes apart, so that the order in which people joined is the cast's.
    world.time.moveTo(0, 8 + i / 10);
    const { token } = await issueInvitation(world.ctx, founder, {
      level: levelOf(world, person),
      constituencyIds: [person.joinAs.constituency],
    });
    const { memberId } = await acceptInvitation(world.ctx, token, {
      displayName: person.name,
      email: demoEmail(person),
      password,
    });
    world.ids.set(person.key, memberId);
  }
}

function levelOf(world: DemoWorld, person: DemoPerson) {
  const level = person.joinAs.level;
  return level?.level === 'dating' ? { ...level, startDate: world.time.start } : level;
}

/** Circles, their stewards (for half a year from the start) and the daters' mentors. */
export async function organiseCircles(world: DemoWorld): Promise<void> {
  const founder = await world.actor('ana');
  for (const person of DEMO_CAST) {
    const memberId = world.ids.get(person.key)!;
    for (const circleId of person.circles)
      await joinCircle(world.ctx, founder, { circleId, memberId });
    for (const circleId of person.stewards) {
      await appointSteward(world.ctx, founder, {
        circleId,
        memberId,
        termStart: world.time.start,
        termEnd: addDays(world.time.today, 90),
      });
    }
  }
  for (const { dater, mentor } of DEMO_MENTORS) {
    await assignMentor(world.ctx, await world.actor(mentor), {
      memberId: world.ids.get(dater)!,
      mentorId: world.ids.get(mentor)!,
    });
  }
}

/** Milestones of the mentoring plans, by day of the demo; each is recorded by the dater's mentor. */
const MILESTONES: ReadonlyArray<{ day: number; dater: string; title: string }> = [
  { day: 6, dater: 'hana', title: 'Led a client delivery on her own' },
  { day: 12, dater: 'gus', title: 'Read the DisCO Manifesto and the governance model' },
  { day: 18, dater: 'gus', title: 'First sprint with the tech circle' },
  { day: 30, dater: 'fatima', title: 'Read the DisCO Manifesto and the governance model' },
  { day: 44, dater: 'hana', title: 'Facilitated a quarterly evaluation' },
  { day: 58, dater: 'gus', title: 'Paired on a client release' },
  { day: 72, dater: 'fatima', title: 'Joined the care rota' },
];

export async function recordMilestonesOf(world: DemoWorld, day: number): Promise<void> {
  for (const m of MILESTONES.filter((x) => x.day === day)) {
    const mentor = DEMO_MENTORS.find((x) => x.dater === m.dater)!.mentor;
    await recordMilestone(world.ctx, await world.actor(mentor), {
      memberId: world.ids.get(m.dater)!,
      title: m.title,
      date: world.time.dateOf(day),
    });
  }
}
