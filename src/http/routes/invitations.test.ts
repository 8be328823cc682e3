import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFounderInvitation } from '../../app/auth/create-founder-invitation.js';
import { tokenHash } from '../../app/auth/secret-token.js';
import { changeMemberLevel } from '../../app/members/change-member-level.js';
import {
  asBearer,
  json,
  jsonBody,
  openTestCommunity,
  type TestCommunity,
} from '../test-community.js';

const DAY = 24 * 60 * 60 * 1000;

describe('invitations', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());

  const invite = async (terms: unknown = { level: null, constituencyIds: ['supporters'] }) => {
    const res = await community.app.request(
      '/api/invitations',
      asBearer(community.people.committed, jsonBody('POST', terms)),
    );
    expect(res.status).toBe(201);
    return (await json(res)) as { id: string; token: string; expiresAt: string };
  };
  const accept = (token: string, body: unknown) =>
    community.app.request(`/api/invitations/${token}/accept`, jsonBody('POST', body));
  const refusals = () =>
    community.logs.filter((l) => l['msg'] === 'credential refused').map((l) => l['refusal']);

  it('is previewed, accepted once into a member with an account, and signs the newcomer in', async () => {
    const { token, expiresAt } = await invite();
    expect(Date.parse(expiresAt) - community.ctx.clock().getTime()).toBe(7 * DAY);
    const preview = await json(await community.app.request(`/api/invitations/${token}`));
    expect(preview).toMatchObject({
      kind: 'member',
      discoName: 'Test DisCO',
      invitedBy: 'Committed',
      level: null,
      constituencies: [{ name: 'Supporters' }],
    });

    const size = (await community.ctx.store.head()).size;
    const res = await accept(token, {
      displayName: 'Rosa',
      email: 'Rosa@Example.org',
      password: 'a long enough password',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('set-cookie')).toMatch(/^disco_session=/);
    const session = await json(res);
    expect(session).toMatchObject({ member: { displayName: 'Rosa', level: null }, via: 'session' });
    expect((await community.ctx.store.head()).size).toBe(size + 1);
    const event = (await community.ctx.store.event(size + 1))!;
    expect(event).toMatchObject({
      type: 'member.added',
      actor: community.people.committed.memberId,
    });
    // Neither the email nor the token reaches the ledger.
    expect(JSON.stringify(event)).not.toMatch(/rosa@example\.org|Rosa@Example/);
    expect(JSON.stringify(event)).not.toContain(token);

    const signIn = await community.app.request(
      '/api/auth/sign-in',
      jsonBody('POST', { email: 'rosa@example.org', password: 'a long enough password' }),
    );
    expect(signIn.status).toBe(200);
  });

  it('rejects a reused, an expired and a forged invitation with a clear message and a log line, changing nothing', async () => {
    const used = await invite();
    expect(
      (
        await accept(used.token, {
          displayName: 'Once',
          email: 'once@example.org',
          password: 'a long enough password',
        })
      ).status,
    ).toBe(201);
    const size = (await community.ctx.store.head()).size;
    const reused = await accept(used.token, {
      displayName: 'Twice',
      email: 'twice@example.org',
      password: 'a long enough password',
    });
    expect(reused.status).toBe(409);
    expect(await json(reused)).toMatchObject({
      type: 'urn:disco-cat:problem:invitation-used',
      detail: expect.stringContaining('already accepted'),
    });

    const forged = await community.app.request(`/api/invitations/${'C'.repeat(43)}`);
    expect(forged.status).toBe(404);
    expect(await json(forged)).toMatchObject({ type: 'urn:disco-cat:problem:invitation-unknown' });

    const old = await invite();
    community.advance(7 * DAY + 1000);
    const expired = await accept(old.token, {
      displayName: 'Late',
      email: 'late@example.org',
      password: 'a long enough password',
    });
    expect(expired.status).toBe(409);
    expect(await json(expired)).toMatchObject({
      type: 'urn:disco-cat:problem:invitation-expired',
      detail: expect.stringContaining('expired at'),
    });

    expect((await community.ctx.store.head()).size).toBe(size);
    expect(
      await community.ctx.store.db
        .selectFrom('accounts')
        .select('email')
        .where('email', 'in', ['twice@example.org', 'late@example.org'])
        .execute(),
    ).toEqual([]);
    expect(refusals()).toEqual(
      expect.arrayContaining(['invitation-used', 'invitation-unknown', 'invitation-expired']),
    );
    const text = JSON.stringify(community.logs);
    for (const secret of [used.token, old.token]) expect(text).not.toContain(secret);
  });

  it('refuses an email that already has an account, and leaves the invitation usable', async () => {
    const { token } = await invite();
    const taken = await accept(token, {
      displayName: 'Copy',
      email: 'casual@example.org',
      password: 'a long enough password',
    });
    expect(taken.status).toBe(409);
    expect(await json(taken)).toMatchObject({
      type: 'urn:disco-cat:problem:email-taken',
      errors: [{ field: 'body.email' }],
    });
    expect(
      (
        await accept(token, {
          displayName: 'Copy',
          email: 'copy@example.org',
          password: 'a long enough password',
        })
      ).status,
    ).toBe(201);
  });

  it('releases the invitation when the ledger refuses the member, so it can be accepted later', async () => {
    // The inviter is a committed member; once they have left, the member cannot be added as them.
    const { token } = await invite();
    const committed = await community.actorOf('committed');
    await changeMemberLevel(community.ctx, await community.actorOf('founder'), {
      memberId: committed.memberId,
      level: 'left',
    });
    const res = await accept(token, {
      displayName: 'Orphan',
      email: 'orphan@example.org',
      password: 'a long enough password',
    });
    expect(res.status).toBe(409);
    expect(await json(res)).toMatchObject({ type: 'urn:disco-cat:problem:invitation-withdrawn' });
    const row = await community.ctx.store.db
      .selectFrom('invitations')
      .select('used_at')
      .where('token_hash', '=', tokenHash(token))
      .executeTakeFirstOrThrow();
    expect(row.used_at).toBeNull();
    expect(
      await community.ctx.store.db
        .selectFrom('accounts')
        .select('email')
        .where('email', '=', 'orphan@example.org')
        .execute(),
    ).toEqual([]);
    await changeMemberLevel(community.ctx, await community.actorOf('founder'), {
      memberId: committed.memberId,
      level: 'casual',
    }).catch(() => undefined);
  });

  it('names each bad field of an invitation and of an acceptance', async () => {
    const bad = await community.app.request(
      '/api/invitations',
      asBearer(
        community.people.founder,
        jsonBody('POST', { level: { level: 'nope' }, constituencyIds: [] }),
      ),
    );
    expect(bad.status).toBe(400);
    expect(
      (await json(bad)).errors.map((e: { field: string }) =>
        e.field.split('.').slice(0, 2).join('.'),
      ),
    ).toEqual(expect.arrayContaining(['body.level', 'body.constituencyIds']));
    const unknown = await community.app.request(
      '/api/invitations',
      asBearer(
        community.people.founder,
        jsonBody('POST', { level: null, constituencyIds: ['no-such-thing'] }),
      ),
    );
    expect(unknown.status).toBe(422);
    expect((await json(unknown)).errors).toEqual([
      {
        field: 'body.constituencyIds.0',
        message: expect.stringContaining('no constituency'),
        code: 'field.no-constituency-id',
        params: { id: 'no-such-thing' },
      },
    ]);
    const { token } = await json(
      await community.app.request(
        '/api/invitations',
        asBearer(
          community.people.founder,
          jsonBody('POST', { level: null, constituencyIds: ['supporters'] }),
        ),
      ),
    );
    const short = await accept(token, {
      displayName: 'X',
      email: 'not an email',
      password: 'short',
    });
    expect((await json(short)).errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['body.password']),
    );
  });

  it('gives the founder their first way in, once', async () => {
    const founderId = community.people.founder.memberId;
    await community.ctx.store.db
      .deleteFrom('accounts')
      .where('member_id', '=', founderId)
      .execute();
    const { token } = await createFounderInvitation(community.ctx, founderId);
    await expect(
      createFounderInvitation(community.ctx, community.people.casual.memberId),
    ).rejects.toThrow(/no founder/);
    expect(await json(await community.app.request(`/api/invitations/${token}`))).toMatchObject({
      kind: 'founder',
      invitedBy: null,
    });
    const res = await accept(token, { email: 'ana@example.org', password: 'the founder password' });
    expect(res.status).toBe(201);
    expect((await json(res)).member).toMatchObject({ memberId: founderId, founder: true });
    await expect(createFounderInvitation(community.ctx, founderId)).rejects.toThrow(
      /already has an account/,
    );
  });

  it('keeps the browser key path: public key on the ledger, encrypted private key per device', async () => {
    const publicKey = generateKeyPairSync('ed25519')
      .publicKey.export({ format: 'der', type: 'spki' })
      .subarray(12)
      .toString('base64url');
    const blob = 'v1.c2FsdA.bm9uY2U.Y2lwaGVydGV4dA';
    const second = generateKeyPairSync('ed25519')
      .publicKey.export({ format: 'der', type: 'spki' })
      .subarray(12)
      .toString('base64url');
    const keep = (deviceId: string, key: string, encryptedPrivateKey: string) =>
      community.app.request(
        `/api/me/devices/${deviceId}/key`,
        asBearer(
          community.people.supporter,
          jsonBody('PUT', { publicKey: key, encryptedPrivateKey }),
        ),
      );
    expect((await keep('laptop', publicKey, blob)).status).toBe(200);
    // A second device keeps its own key; the first one's stays.
    expect((await keep('phone', second, `${blob}-phone`)).status).toBe(200);
    const badDevice = await keep('not a device!', second, blob);
    expect(badDevice.status).toBe(400);
    const read = await json(
      await community.app.request('/api/me/keys', asBearer(community.people.supporter)),
    );
    expect(
      read.keys.map((k: { deviceId: string; publicKey: string; encryptedPrivateKey: string }) => ({
        deviceId: k.deviceId,
        publicKey: k.publicKey,
        encryptedPrivateKey: k.encryptedPrivateKey,
      })),
    ).toEqual([
      { deviceId: 'laptop', publicKey, encryptedPrivateKey: blob },
      { deviceId: 'phone', publicKey: second, encryptedPrivateKey: `${blob}-phone` },
    ]);
    const member = await json(
      await community.app.request(
        `/api/members/${community.people.supporter.memberId}`,
        asBearer(community.people.casual),
      ),
    );
    expect(member.keys.map((k: { publicKey: string }) => k.publicKey)).toEqual(
      expect.arrayContaining([publicKey, second]),
    );
  });
});
