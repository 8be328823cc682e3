import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveCircle } from '../app/circles/leave-circle.js';
import { addMember } from '../app/members/add-member.js';
import { changeMemberLevel } from '../app/members/change-member-level.js';
import { joinConstituency } from '../app/members/join-constituency.js';
import { leaveConstituency } from '../app/members/leave-constituency.js';
import {
  asBearer,
  asSession,
  json,
  jsonBody,
  openTestCommunity,
  STEWARDED_CIRCLE,
  type TestCommunity,
} from './test-community.js';

/*
 * Rights follow from the projections read on every request, never from the session: a right
 * taken away is gone on the very next request, whichever credential the member holds.
 */
describe('rights taken away', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());

  const newcomer = async () =>
    (
      await addMember(community.ctx, await community.actorOf('founder'), {
        displayName: 'Newcomer',
        constituencyIds: ['supporters'],
      })
    ).memberId;

  it('a steward taken out of their circle can no longer add members to it, on the next request', async () => {
    const steward = community.people.steward;
    const add = async (memberId: string) =>
      community.app.request(
        `/api/circles/${STEWARDED_CIRCLE}/members`,
        asSession(steward, jsonBody('POST', { memberId })),
      );
    expect((await add(await newcomer())).status).toBe(201);
    await leaveCircle(community.ctx, await community.actorOf('founder'), {
      circleId: STEWARDED_CIRCLE,
      memberId: steward.memberId,
    });
    const size = (await community.ctx.store.head()).size;
    const refused = await add(await newcomer());
    expect(refused.status).toBe(403);
    expect((await community.ctx.store.head()).size).toBe(size + 1); // only the newcomer, added by the founder above
    const session = await json(
      await community.app.request('/api/auth/session', asSession(steward)),
    );
    expect(session.member.circles).toEqual([]);
  });

  it('a member taken out of a constituency loses it from their rights at once', async () => {
    const supporter = community.people.supporter;
    const founder = await community.actorOf('founder');
    await joinConstituency(community.ctx, founder, {
      memberId: supporter.memberId,
      constituencyId: 'community-members',
    });
    const before = await json(
      await community.app.request('/api/auth/session', asBearer(supporter)),
    );
    expect(before.member.constituencies).toHaveLength(2);
    await leaveConstituency(community.ctx, founder, {
      memberId: supporter.memberId,
      constituencyId: 'community-members',
    });
    const after = await json(await community.app.request('/api/auth/session', asBearer(supporter)));
    expect(after.member.constituencies).toEqual([
      { id: community.constituencies.supporters, rights: expect.any(Object) },
    ]);
  });

  it('a committed member moved back to casual can no longer create circles or invite, with a session already open', async () => {
    const committed = community.people.committed;
    const create = (slug: string) =>
      community.app.request(
        '/api/circles',
        asSession(committed, jsonBody('POST', { slug, name: slug, purpose: 'Testing rights.' })),
      );
    expect((await create('first')).status).toBe(201);
    await changeMemberLevel(community.ctx, await community.actorOf('founder'), {
      memberId: committed.memberId,
      level: 'casual',
    });
    expect((await create('second')).status).toBe(403);
    const invite = await community.app.request(
      '/api/invitations',
      asSession(committed, jsonBody('POST', { level: null, constituencyIds: ['supporters'] })),
    );
    expect(invite.status).toBe(403);
  });

  it('a member who leaves the DisCO keeps their credentials but no rights', async () => {
    const client = community.people.client;
    expect((await community.app.request('/api/members', asBearer(client))).status).toBe(200);
    await changeMemberLevel(community.ctx, await community.actorOf('founder'), {
      memberId: client.memberId,
      level: 'left',
    });
    const res = await community.app.request('/api/members', asBearer(client));
    expect(res.status).toBe(403);
    expect((await json(res)).detail).toContain('left');
    expect((await community.app.request('/api/ledger/events', asBearer(client))).status).toBe(200);
  });
});
