import { describe, expect, it } from 'vitest';
import { openTestDisco, type TestDisco } from '../members/test-disco.js';
import { changeMemberLevel } from '../members/change-member-level.js';
import { appointSteward } from './appoint-steward.js';
import { createCircle } from './create-circle.js';
import { endStewardship } from './end-stewardship.js';
import { joinCircle } from './join-circle.js';
import { leaveCircle } from './leave-circle.js';
import { listCircles } from './list-circles.js';
import { showCircle } from './show-circle.js';
import { expectRefused } from '../expect-refused.js';

const refused = (disco: TestDisco, run: () => Promise<unknown>, status: number, field?: string) =>
  expectRefused(disco.ctx, run, status, field);

const steward = (disco: TestDisco, memberId: string, circleId: string) =>
  disco.actor(memberId).then((a) => a.circles.find((c) => c.id === circleId)?.steward ?? null);

describe('circles', () => {
  it('starts with the default circles and creates more', async () => {
    const disco = await openTestDisco();
    const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
    expect((await listCircles(disco.ctx, bo)).map((c) => c.slug)).toEqual([
      'care',
      'finance',
      'livelihood',
      'love',
      'tech',
    ]);
    await refused(
      disco,
      () =>
        createCircle(disco.ctx, bo, { slug: 'mentoring', name: 'Mentoring', purpose: 'Buddies.' }),
      403,
    );
    await createCircle(disco.ctx, disco.founder, {
      slug: 'mentoring',
      name: 'Mentoring',
      purpose: 'Buddies.',
      open: false,
    });
    await refused(
      disco,
      () =>
        createCircle(disco.ctx, disco.founder, { slug: 'mentoring', name: 'Again', purpose: 'x' }),
      422,
      'slug',
    );
    await refused(
      disco,
      () => createCircle(disco.ctx, disco.founder, { slug: 'Bad Slug', name: 'x', purpose: 'x' }),
      400,
      'slug',
    );
    expect(await showCircle(disco.ctx, bo, { circleId: 'mentoring' })).toMatchObject({
      open: false,
      members: [],
      stewardships: [],
    });
  });

  it('lets members join open circles themselves and stewards manage closed ones', async () => {
    const disco = await openTestDisco();
    const { ctx, founder } = disco;
    const ana = await disco.add({
      displayName: 'Ana',
      constituencyIds: ['worker-members'],
      level: { level: 'committed' },
    });
    const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
    const { circleId } = await createCircle(ctx, founder, {
      slug: 'closed',
      name: 'Closed',
      purpose: 'x',
      open: false,
    });
    await joinCircle(ctx, bo, { circleId: 'tech' });
    await refused(disco, () => joinCircle(ctx, bo, { circleId: 'tech' }), 422, 'memberId');
    await refused(disco, () => joinCircle(ctx, bo, { circleId }), 403);
    await joinCircle(ctx, founder, { circleId, memberId: ana.memberId });
    await refused(
      disco,
      () =>
        appointSteward(ctx, founder, { circleId, memberId: bo.memberId, termEnd: '2026-06-30' }),
      422,
      'memberId',
    );
    await appointSteward(ctx, founder, { circleId, memberId: ana.memberId, termEnd: '2026-06-30' });
    expect(await steward(disco, ana.memberId, circleId)).toBe(true);
    const anaSteward = await disco.actor(ana.memberId);
    await joinCircle(ctx, anaSteward, { circleId, memberId: bo.memberId });
    await refused(
      disco,
      () => joinCircle(ctx, anaSteward, { circleId: 'care', memberId: bo.memberId }),
      403,
    );
    expect(
      (await showCircle(ctx, bo, { circleId })).members.map((m) => m.displayName).sort(),
    ).toEqual(['Ana', 'Bo']);
  });

  it('rotates stewards in one batch and counts a term from its first day', async () => {
    const disco = await openTestDisco();
    const { ctx, founder } = disco;
    const ana = await disco.add({
      displayName: 'Ana',
      constituencyIds: ['worker-members'],
      level: { level: 'committed' },
    });
    const bo = await disco.add({
      displayName: 'Bo',
      constituencyIds: ['worker-members'],
      level: { level: 'casual' },
    });
    const cy = await disco.add({ displayName: 'Cy', constituencyIds: ['supporters'] });
    for (const m of [ana, bo, cy]) await joinCircle(ctx, m, { circleId: 'tech' });
    const tech = (await listCircles(ctx, founder)).find((c) => c.slug === 'tech')!.circleId;
    await appointSteward(ctx, founder, {
      circleId: 'tech',
      memberId: ana.memberId,
      termStart: '2026-01-01',
      termEnd: '2026-03-31',
    });
    await refused(
      disco,
      () =>
        appointSteward(ctx, founder, {
          circleId: 'tech',
          memberId: ana.memberId,
          termEnd: '2026-06-30',
        }),
      422,
      'memberId',
    );
    await refused(
      disco,
      () =>
        appointSteward(ctx, founder, {
          circleId: 'tech',
          memberId: bo.memberId,
          termStart: '2026-02-01',
          termEnd: '2026-01-31',
        }),
      422,
      'termEnd',
    );
    await refused(
      disco,
      () =>
        appointSteward(ctx, founder, {
          circleId: 'tech',
          memberId: bo.memberId,
          termEnd: '2026-06-30',
          replaces: cy.memberId,
        }),
      422,
      'replaces',
    );

    const rotation = await appointSteward(ctx, await disco.actor(ana.memberId), {
      circleId: 'tech',
      memberId: bo.memberId,
      termStart: '2026-02-01',
      termEnd: '2026-06-30',
      replaces: ana.memberId,
    });
    expect(rotation.events.map((e) => e.type)).toEqual([
      'circle.stewardship-ended',
      'circle.steward-appointed',
    ]);
    expect(await steward(disco, ana.memberId, tech)).toBe(false);
    // Bo's term starts in February: appointed, but not yet a steward in January.
    expect(await steward(disco, bo.memberId, tech)).toBe(false);
    const history = (await showCircle(ctx, founder, { circleId: 'tech' })).stewardships;
    expect(history.map((s) => [s.displayName, s.endReason])).toEqual([
      ['Bo', null],
      ['Ana', 'rotation'],
    ]);
    await endStewardship(ctx, founder, { circleId: 'tech', memberId: bo.memberId });
    await refused(
      disco,
      () => endStewardship(ctx, founder, { circleId: 'tech', memberId: bo.memberId }),
      422,
      'memberId',
    );
  });

  it('takes steward rights away at once when the steward leaves the circle or the DisCO', async () => {
    const disco = await openTestDisco();
    const { ctx, founder } = disco;
    const ana = await disco.add({
      displayName: 'Ana',
      constituencyIds: ['worker-members'],
      level: { level: 'committed' },
    });
    const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
    await joinCircle(ctx, ana, { circleId: 'care' });
    await joinCircle(ctx, ana, { circleId: 'love' });
    await appointSteward(ctx, founder, {
      circleId: 'care',
      memberId: ana.memberId,
      termEnd: '2026-12-31',
    });
    await appointSteward(ctx, founder, {
      circleId: 'love',
      memberId: ana.memberId,
      termEnd: '2026-12-31',
    });
    const asSteward = await disco.actor(ana.memberId);
    await joinCircle(ctx, asSteward, { circleId: 'care', memberId: bo.memberId });

    const left = await leaveCircle(ctx, asSteward, { circleId: 'care' });
    expect(left.events.map((e) => e.type)).toEqual(['circle.stewardship-ended', 'circle.left']);
    const after = await disco.actor(ana.memberId);
    expect(after.circles.map((c) => c.steward)).toEqual([true]);
    await refused(
      disco,
      () => leaveCircle(ctx, after, { circleId: 'care', memberId: bo.memberId }),
      403,
    );

    const gone = await changeMemberLevel(ctx, founder, { memberId: ana.memberId, level: 'left' });
    expect(gone.events.map((e) => e.type)).toEqual(['circle.stewardship-ended', 'member.left']);
    expect((await disco.actor(ana.memberId)).circles).toEqual([
      expect.objectContaining({ steward: false }),
    ]);
  });
});
