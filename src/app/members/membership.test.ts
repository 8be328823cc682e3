import { describe, expect, it } from 'vitest';
import { generateEd25519KeyPair, signerFromPem } from '../../core/ledger/keys.js';
import { signIntent } from '../../core/ledger/event.js';
import { appendEvents } from '../ledger/append-events.js';
import { addMember } from './add-member.js';
import { assignMentor } from './assign-mentor.js';
import { changeMemberLevel } from './change-member-level.js';
import { defineConstituency } from './define-constituency.js';
import { joinConstituency } from './join-constituency.js';
import { leaveConstituency } from './leave-constituency.js';
import { listConstituencies } from './list-constituencies.js';
import { listMembers } from './list-members.js';
import { loadActor } from './load-actor.js';
import { recordCommitment } from './record-commitment.js';
import { recordMilestone } from './record-milestone.js';
import { registerMemberKey } from './register-member-key.js';
import { removeMentor } from './remove-mentor.js';
import { revokeMemberKey } from './revoke-member-key.js';
import { setConstituencyRights } from './set-constituency-rights.js';
import { showMember } from './show-member.js';
import { openTestDisco, type TestDisco } from './test-disco.js';
import { expectRefused } from '../expect-refused.js';

const refused = (disco: TestDisco, run: () => Promise<unknown>, status: number, field?: string) =>
  expectRefused(disco.ctx, run, status, field);

describe('founding a DisCO', () => {
  it('records genesis, constituencies, circles and the founder in one batch', async () => {
    const disco = await openTestDisco();
    expect(await disco.ctx.store.count()).toBe(11);
    expect(disco.founder).toMatchObject({
      displayName: 'Founder',
      founder: true,
      level: 'committed',
      status: 'active',
    });
    const constituencies = await listConstituencies(disco.ctx, disco.founder);
    expect(constituencies.map((c) => [c.slug, c.rights, c.memberCount])).toEqual([
      ['community-members', { propose: true, comment: true, vote: false, bindingVote: false }, 0],
      ['supporters', { propose: false, comment: true, vote: false, bindingVote: false }, 0],
      ['users-clients', { propose: true, comment: true, vote: false, bindingVote: false }, 0],
      ['worker-members', { propose: true, comment: true, vote: true, bindingVote: true }, 1],
    ]);
  });
});

describe('members', () => {
  it('adds a supporter and a casual worker, lists and shows them', async () => {
    const disco = await openTestDisco();
    const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
    const cy = await disco.add({
      displayName: 'Cy',
      constituencyIds: ['worker-members', 'community-members'],
      level: { level: 'casual' },
    });
    expect(bo).toMatchObject({ level: null, founder: false });
    expect(cy.constituencies).toHaveLength(2);
    const first = await listMembers(disco.ctx, bo, { limit: 2 });
    expect(first.items.map((m) => m.displayName)).toEqual(['Founder', 'Bo']);
    const second = await listMembers(disco.ctx, bo, { limit: 2, cursor: first.nextCursor! });
    expect(second).toMatchObject({
      items: [{ displayName: 'Cy', constituencies: ['community-members', 'worker-members'] }],
      nextCursor: null,
    });
    const workers = await listMembers(disco.ctx, bo, { constituencyId: 'worker-members' });
    expect(workers.items.map((m) => m.displayName)).toEqual(['Founder', 'Cy']);
    expect(await showMember(disco.ctx, bo, { memberId: cy.memberId })).toMatchObject({
      displayName: 'Cy',
      level: { level: 'casual' },
      keys: [],
    });
  });

  it('refuses bad input with 400s naming fields, and writes nothing', async () => {
    const disco = await openTestDisco();
    await refused(
      disco,
      () => addMember(disco.ctx, disco.founder, { displayName: '', constituencyIds: [] }),
      400,
      'displayName',
    );
    await refused(
      disco,
      () =>
        addMember(disco.ctx, disco.founder, {
          displayName: 'X',
          constituencyIds: ['worker-members'],
        }),
      422,
      'level',
    );
    await refused(
      disco,
      () => addMember(disco.ctx, disco.founder, { displayName: 'X', constituencyIds: ['nope'] }),
      422,
      'constituencyIds.0',
    );
    await refused(
      disco,
      () => listMembers(disco.ctx, disco.founder, { cursor: 'garbage' }),
      400,
      'cursor',
    );
  });

  it('refuses the anonymous (401), supporters (403) and a proposal that decided nothing (422)', async () => {
    const disco = await openTestDisco();
    const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
    await refused(
      disco,
      () => addMember(disco.ctx, null, { displayName: 'X', constituencyIds: ['supporters'] }),
      401,
    );
    await refused(
      disco,
      () => addMember(disco.ctx, bo, { displayName: 'X', constituencyIds: ['supporters'] }),
      403,
    );
    const committed = await disco.add({
      displayName: 'Dee',
      constituencyIds: ['worker-members'],
      level: { level: 'committed' },
    });
    await refused(
      disco,
      () =>
        addMember(disco.ctx, committed, {
          displayName: 'X',
          constituencyIds: ['worker-members'],
          level: { level: 'casual' },
        }),
      403,
    );
    expect(
      (
        await addMember(disco.ctx, committed, {
          displayName: 'Eve',
          constituencyIds: ['users-clients'],
        })
      ).events,
    ).toHaveLength(1);
    await refused(
      disco,
      () =>
        changeMemberLevel(disco.ctx, disco.founder, {
          memberId: bo.memberId,
          level: 'left',
          decision: { kind: 'proposal', proposalId: bo.memberId },
        }),
      422,
      'decision.proposalId',
    );
  });

  it('walks a supporter through dating to committed, then out of the DisCO', async () => {
    const disco = await openTestDisco();
    const { ctx, founder } = disco;
    const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
    const noTimeline = await refused(
      disco,
      () => changeMemberLevel(ctx, founder, { memberId: bo.memberId, level: 'dating' }),
      400,
      'timeline',
    );
    expect(noTimeline.problems[0]?.code).toBe('member.timeline-required');
    const started = await changeMemberLevel(ctx, founder, {
      memberId: bo.memberId,
      level: 'dating',
      timeline: 'long-run',
    });
    expect(started.events.map((e) => e.type)).toEqual([
      'member.constituency-joined',
      'member.level-changed',
    ]);
    expect(await disco.actor(bo.memberId)).toMatchObject({ level: 'dating', datingStage: 1 });
    await refused(
      disco,
      () => changeMemberLevel(ctx, founder, { memberId: bo.memberId, level: 'committed' }),
      422,
      'level',
    );
    await changeMemberLevel(ctx, founder, { memberId: bo.memberId, level: 'dating' });
    await changeMemberLevel(ctx, founder, { memberId: bo.memberId, level: 'dating' });
    const dater = await showMember(ctx, founder, { memberId: bo.memberId });
    expect(dater.level).toEqual({
      level: 'dating',
      stage: 3,
      timeline: 'long-run',
      startDate: '2026-01-05',
    });
    await changeMemberLevel(ctx, founder, { memberId: bo.memberId, level: 'committed' });
    await refused(
      disco,
      () =>
        leaveConstituency(ctx, founder, {
          memberId: bo.memberId,
          constituencyId: 'worker-members',
        }),
      422,
      'constituencyId',
    );

    const left = await changeMemberLevel(ctx, founder, { memberId: bo.memberId, level: 'left' });
    expect(left.events.map((e) => e.type)).toEqual(['member.left']);
    const gone = await disco.actor(bo.memberId);
    expect(gone.status).toBe('left');
    await refused(disco, () => listMembers(ctx, gone), 403);
    await refused(
      disco,
      () =>
        changeMemberLevel(ctx, founder, {
          memberId: bo.memberId,
          level: 'dating',
          stage: 2,
          timeline: 'agile',
        }),
      422,
      'stage',
    );
  });

  it('lets a member who left return', async () => {
    const disco = await openTestDisco();
    const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
    await changeMemberLevel(disco.ctx, disco.founder, { memberId: bo.memberId, level: 'left' });
    await refused(
      disco,
      () => changeMemberLevel(disco.ctx, disco.founder, { memberId: bo.memberId, level: 'left' }),
      422,
      'level',
    );
    const back = await changeMemberLevel(disco.ctx, disco.founder, {
      memberId: bo.memberId,
      level: null,
    });
    expect(back.events.map((e) => e.type)).toEqual(['member.returned']);
    expect(await disco.actor(bo.memberId)).toMatchObject({ status: 'active', level: null });
  });

  it('moves members between constituencies, and rights follow at once', async () => {
    const disco = await openTestDisco();
    const { ctx, founder } = disco;
    const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
    await joinConstituency(ctx, founder, {
      memberId: bo.memberId,
      constituencyId: 'users-clients',
    });
    await refused(
      disco,
      () =>
        joinConstituency(ctx, bo, { memberId: bo.memberId, constituencyId: 'community-members' }),
      403,
    );
    await refused(
      disco,
      () =>
        joinConstituency(ctx, founder, { memberId: bo.memberId, constituencyId: 'worker-members' }),
      422,
      'constituencyId',
    );
    expect((await disco.actor(bo.memberId)).constituencies.some((c) => c.rights.propose)).toBe(
      true,
    );
    await leaveConstituency(ctx, bo, { memberId: bo.memberId, constituencyId: 'users-clients' });
    expect((await disco.actor(bo.memberId)).constituencies.map((c) => c.rights.propose)).toEqual([
      false,
    ]);
    await refused(
      disco,
      () => leaveConstituency(ctx, bo, { memberId: bo.memberId, constituencyId: 'supporters' }),
      422,
      'constituencyId',
    );

    const { constituencyId } = await defineConstituency(ctx, founder, {
      slug: 'environment',
      name: 'Environment proxy',
      rights: { propose: true, comment: true, vote: true, bindingVote: false },
    });
    await refused(
      disco,
      () =>
        defineConstituency(ctx, founder, {
          slug: 'environment',
          name: 'Again',
          rights: { propose: true, comment: true, vote: true, bindingVote: false },
        }),
      422,
      'slug',
    );
    await joinConstituency(ctx, founder, { memberId: bo.memberId, constituencyId });
    await setConstituencyRights(ctx, founder, {
      constituencyId: 'environment',
      rights: { propose: false, comment: true, vote: false, bindingVote: false },
    });
    const rights = (await disco.actor(bo.memberId)).constituencies.find(
      (c) => c.id === constituencyId,
    )!.rights;
    expect(rights).toEqual({ propose: false, comment: true, vote: false, bindingVote: false });
  });

  it('mentors daters, records their milestones and commitment', async () => {
    const disco = await openTestDisco();
    const { ctx, founder } = disco;
    const dee = await disco.add({
      displayName: 'Dee',
      constituencyIds: ['worker-members'],
      level: { level: 'dating', stage: 2, timeline: 'agile', startDate: '2025-10-01' },
    });
    const ana = await disco.add({
      displayName: 'Ana',
      constituencyIds: ['worker-members'],
      level: { level: 'committed' },
    });
    await refused(
      disco,
      () => assignMentor(ctx, founder, { memberId: dee.memberId, mentorId: dee.memberId }),
      422,
      'mentorId',
    );
    await assignMentor(ctx, ana, { memberId: dee.memberId, mentorId: ana.memberId });
    await assignMentor(ctx, founder, { memberId: dee.memberId, mentorId: founder.memberId });
    const mentor = await disco.actor(ana.memberId);
    expect(mentor.mentees).toEqual([dee.memberId]);
    const { milestoneId } = await recordMilestone(ctx, mentor, {
      memberId: dee.memberId,
      title: 'Facilitated a sprint',
      date: '2026-01-02',
    });
    await refused(
      disco,
      () => recordCommitment(ctx, dee, { memberId: dee.memberId, statement: 'I commit.' }),
      422,
      'memberId',
    );
    await changeMemberLevel(ctx, founder, { memberId: dee.memberId, level: 'dating' });
    await recordCommitment(ctx, dee, { memberId: dee.memberId, statement: 'I commit.' });
    await removeMentor(ctx, founder, { memberId: dee.memberId, mentorId: ana.memberId });
    const former = await disco.actor(ana.memberId);
    expect(former.mentees).toEqual([]);
    await refused(
      disco,
      () => recordMilestone(ctx, former, { memberId: dee.memberId, title: 'Too late' }),
      403,
    );
    const shown = await showMember(ctx, dee, { memberId: dee.memberId });
    expect(shown).toMatchObject({
      mentors: [{ memberId: founder.memberId, displayName: 'Founder' }],
      milestones: [
        {
          milestoneId,
          title: 'Facilitated a sprint',
          date: '2026-01-02',
          recordedBy: ana.memberId,
        },
      ],
      commitment: { statement: 'I commit.' },
    });
  });

  it('registers and revokes keys, and appendEvents accepts signatures only under live keys of the actor', async () => {
    const disco = await openTestDisco();
    const { ctx, founder } = disco;
    const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
    const key = signerFromPem(generateEd25519KeyPair().privateKeyPem);
    const signed = (actorId: string) =>
      signIntent(
        {
          type: 'disco.renamed',
          schema: 1,
          payload: { name: 'Signed' },
          actor: actorId,
          time: ctx.clock().toISOString(),
        },
        key,
      );

    await refused(
      disco,
      () => appendEvents(ctx, [signed(bo.memberId)]),
      403,
      'memberSig.publicKey',
    );
    await refused(
      disco,
      () => registerMemberKey(ctx, founder, { memberId: bo.memberId, publicKey: key.publicKey }),
      403,
    );
    await registerMemberKey(ctx, bo, { memberId: bo.memberId, publicKey: key.publicKey });
    await refused(
      disco,
      () => registerMemberKey(ctx, bo, { memberId: bo.memberId, publicKey: key.publicKey }),
      422,
      'publicKey',
    );
    expect(await appendEvents(ctx, [signed(bo.memberId)])).toHaveLength(1);
    await refused(
      disco,
      () => appendEvents(ctx, [signed(founder.memberId)]),
      403,
      'memberSig.publicKey',
    );
    await revokeMemberKey(ctx, founder, { memberId: bo.memberId, publicKey: key.publicKey });
    await refused(
      disco,
      () => appendEvents(ctx, [signed(bo.memberId)]),
      403,
      'memberSig.publicKey',
    );
    expect((await showMember(ctx, bo, { memberId: bo.memberId })).keys).toMatchObject([
      { publicKey: key.publicKey, revokedAt: expect.any(String) },
    ]);
  });

  it('loads an actor in at most three queries', async () => {
    const disco = await openTestDisco();
    const bo = await disco.add({ displayName: 'Bo', constituencyIds: ['supporters'] });
    const db = disco.ctx.store.db;
    let queries = 0;
    const counting = db.withPlugin({
      transformQuery: (args) => {
        queries++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    await loadActor({ ...disco.ctx, store: { ...disco.ctx.store, db: counting } }, bo.memberId);
    expect(queries).toBeLessThanOrEqual(3);
    expect(await loadActor(disco.ctx, '019b0000-0000-7000-8000-000000000000')).toBeNull();
  });
});
