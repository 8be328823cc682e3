import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeMemberKey } from '../../app/auth/member-key-vault.js';
import {
  asBearer,
  asSession,
  json,
  jsonBody,
  openTestCommunity,
  TEST_PASSWORD,
  type TestCommunity,
} from '../test-community.js';

const HOUR = 3_600_000;
const NEW_PASSWORD = 'a brand new long password';
const PUBLIC_KEY = 'A'.repeat(42) + 'E';

describe('passwords', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());

  const signIn = (email: string, password: string) =>
    community.app.request('/api/auth/sign-in', jsonBody('POST', { email, password }));
  const sessionCookie = (res: Response) =>
    /^disco_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  const sessionsOf = async (memberId: string) =>
    (
      await community.ctx.store.db
        .selectFrom('sessions')
        .select('token_hash')
        .where('member_id', '=', memberId)
        .execute()
    ).length;
  const hashOf = async (memberId: string) =>
    (
      await community.ctx.store.db
        .selectFrom('accounts')
        .select('password_hash')
        .where('member_id', '=', memberId)
        .executeTakeFirstOrThrow()
    ).password_hash;

  it('is changed with the current password; every other session ends and the caller gets a fresh one', async () => {
    const dater = community.people.dater;
    const other = sessionCookie(await signIn(dater.email, TEST_PASSWORD))!;
    expect(await sessionsOf(dater.memberId)).toBe(2);
    const size = (await community.ctx.store.head()).size;

    const res = await community.app.request(
      '/api/auth/password',
      asSession(
        dater,
        jsonBody('POST', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
      ),
    );
    expect(res.status).toBe(200);
    const fresh = sessionCookie(res)!;
    expect(await json(res)).toMatchObject({
      member: { memberId: dater.memberId },
      via: 'session',
      csrfToken: expect.any(String),
    });
    expect(await sessionsOf(dater.memberId)).toBe(1);
    for (const token of [dater.session.token, other]) {
      expect(
        (
          await community.app.request('/api/auth/session', {
            headers: { cookie: `disco_session=${token}` },
          })
        ).status,
      ).toBe(401);
    }
    expect(
      await json(
        await community.app.request('/api/auth/session', {
          headers: { cookie: `disco_session=${fresh}` },
        }),
      ),
    ).toMatchObject({ member: { memberId: dater.memberId } });
    expect((await signIn(dater.email, TEST_PASSWORD)).status).toBe(401);
    expect((await signIn(dater.email, NEW_PASSWORD)).status).toBe(200);
    // Passwords are account data, never ledger events.
    expect((await community.ctx.store.head()).size).toBe(size);
  });

  it('refuses a wrong current password, a short or unchanged new one, and a kept key left unwrapped, changing nothing', async () => {
    const casual = community.people.casual;
    const before = await hashOf(casual.memberId);
    const change = (body: unknown) =>
      community.app.request('/api/auth/password', asBearer(casual, jsonBody('POST', body)));

    const wrong = await change({ currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(wrong.status).toBe(401);
    expect(await json(wrong)).toMatchObject({ type: 'urn:disco-cat:problem:wrong-credentials' });
    const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(await json(short)).toMatchObject({
      errors: [
        expect.objectContaining({
          field: 'body.newPassword',
          message: 'must be at least 10 characters',
        }),
      ],
    });
    const same = await change({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
    expect(same.status).toBe(400);
    expect(await json(same)).toMatchObject({
      errors: [expect.objectContaining({ field: 'body.newPassword' })],
    });

    await storeMemberKey(community.ctx, await community.actorOf('casual'), {
      deviceId: 'laptop',
      publicKey: PUBLIC_KEY,
      encryptedPrivateKey: 'v1.salt.nonce.under-the-old-password',
    });
    await storeMemberKey(community.ctx, await community.actorOf('casual'), {
      deviceId: 'phone',
      publicKey: PUBLIC_KEY.replace('A', 'C'),
      encryptedPrivateKey: 'v1.salt.nonce.phone-under-the-old-password',
    });
    const unwrapped = await change({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(unwrapped.status).toBe(400);
    expect(await json(unwrapped)).toMatchObject({
      errors: [expect.objectContaining({ field: 'body.encryptedPrivateKeys' })],
    });
    // Leaving one device out would lose its key: refused, naming the device.
    const partial = await change({
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      encryptedPrivateKeys: { laptop: 'v1.salt.nonce.under-the-new-password' },
    });
    expect(partial.status).toBe(400);
    expect(await json(partial)).toMatchObject({
      errors: [
        expect.objectContaining({
          field: 'body.encryptedPrivateKeys',
          message: expect.stringContaining('missing device phone'),
        }),
      ],
    });
    expect(await hashOf(casual.memberId)).toBe(before);

    expect(
      (
        await change({
          currentPassword: TEST_PASSWORD,
          newPassword: NEW_PASSWORD,
          encryptedPrivateKeys: {
            laptop: 'v1.salt.nonce.under-the-new-password',
            phone: 'v1.salt.nonce.phone-under-the-new-password',
          },
        })
      ).status,
    ).toBe(200);
    const kept = await community.ctx.store.db
      .selectFrom('device_keys')
      .select(['device_id', 'key_public', 'encrypted_private_key'])
      .where('member_id', '=', casual.memberId)
      .orderBy('device_id')
      .execute();
    expect(kept).toEqual([
      {
        device_id: 'laptop',
        key_public: PUBLIC_KEY,
        encrypted_private_key: 'v1.salt.nonce.under-the-new-password',
      },
      {
        device_id: 'phone',
        key_public: PUBLIC_KEY.replace('A', 'C'),
        encrypted_private_key: 'v1.salt.nonce.phone-under-the-new-password',
      },
    ]);
  });

  it('counts wrong current passwords against the sign-in limit', async () => {
    const steward = community.people.steward;
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await community.app.request(
            '/api/auth/password',
            asBearer(
              steward,
              jsonBody('POST', { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD }),
            ),
          )
        ).status,
      ).toBe(401);
    }
    const limited = await community.app.request(
      '/api/auth/password',
      asBearer(
        steward,
        jsonBody('POST', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
      ),
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    community.advance(HOUR);
  });

  it('is reset by a founder’s single-use link: the newest link works once, sessions end, a kept key is dropped', async () => {
    const committed = community.people.committed;
    const issue = () =>
      community.app.request(
        `/api/members/${committed.memberId}/password-reset`,
        asBearer(community.people.founder, { method: 'POST' }),
      );
    const refused = await community.app.request(
      `/api/members/${committed.memberId}/password-reset`,
      asBearer(community.people.steward, { method: 'POST' }),
    );
    expect(refused.status).toBe(403);

    const first = (await json(await issue())) as { token: string; expiresAt: string };
    const second = await issue();
    expect(second.status).toBe(201);
    const { token, expiresAt } = (await json(second)) as { token: string; expiresAt: string };
    expect(Date.parse(expiresAt) - community.ctx.clock().getTime()).toBe(48 * HOUR);
    expect(
      JSON.stringify(
        await community.ctx.store.db.selectFrom('password_resets').selectAll().execute(),
      ),
    ).not.toContain(token);
    // Issuing a new link voided the first.
    expect(
      await json(await community.app.request(`/api/auth/password-resets/${first.token}`)),
    ).toMatchObject({ type: 'urn:disco-cat:problem:password-reset-used' });
    expect(await json(await community.app.request(`/api/auth/password-resets/${token}`))).toEqual({
      memberId: committed.memberId,
      displayName: 'Committed',
      expiresAt,
    });

    await storeMemberKey(community.ctx, await community.actorOf('committed'), {
      deviceId: 'laptop',
      publicKey: PUBLIC_KEY.replace('A', 'B'),
      encryptedPrivateKey: 'v1.salt.nonce.under-the-lost-password',
    });
    const tooShort = await community.app.request(
      `/api/auth/password-resets/${token}`,
      jsonBody('POST', { password: 'short' }),
    );
    expect(tooShort.status).toBe(400);
    // Whatever session cookie the browser carries, the link proves itself without a CSRF token.
    const reset = await community.app.request(
      `/api/auth/password-resets/${token}`,
      asSession(community.people.client, jsonBody('POST', { password: NEW_PASSWORD }), false),
    );
    expect(reset.status).toBe(200);
    expect(await json(reset)).toMatchObject({
      member: { memberId: committed.memberId },
      via: 'session',
      keyDropped: true,
    });
    expect(sessionCookie(reset)).toBeDefined();
    expect(
      (
        await community.app.request('/api/auth/session', {
          headers: { cookie: `disco_session=${committed.session.token}` },
        })
      ).status,
    ).toBe(401);
    expect(
      await community.ctx.store.db
        .selectFrom('device_keys')
        .select('device_id')
        .where('member_id', '=', committed.memberId)
        .execute(),
    ).toEqual([]);
    expect((await signIn(committed.email, NEW_PASSWORD)).status).toBe(200);

    const again = await community.app.request(
      `/api/auth/password-resets/${token}`,
      jsonBody('POST', { password: 'yet another long password' }),
    );
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({
      type: 'urn:disco-cat:problem:password-reset-used',
      detail: expect.stringContaining('works once'),
    });
    expect((await signIn(committed.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('refuses a forged or expired link and a member without an account, and logs the forged one', async () => {
    const forged = await community.app.request(
      `/api/auth/password-resets/${'C'.repeat(43)}`,
      jsonBody('POST', { password: NEW_PASSWORD }),
    );
    expect(forged.status).toBe(404);
    expect(await json(forged)).toMatchObject({
      type: 'urn:disco-cat:problem:password-reset-unknown',
    });
    expect(
      community.logs.some(
        (l) => l['msg'] === 'credential refused' && l['refusal'] === 'password-reset-unknown',
      ),
    ).toBe(true);

    const { token } = (await json(
      await community.app.request(
        `/api/members/${community.people.dater.memberId}/password-reset`,
        asBearer(community.people.founder, { method: 'POST' }),
      ),
    )) as { token: string };
    community.advance(48 * HOUR);
    const expired = await community.app.request(
      `/api/auth/password-resets/${token}`,
      jsonBody('POST', { password: NEW_PASSWORD }),
    );
    expect(expired.status).toBe(409);
    expect(await json(expired)).toMatchObject({
      type: 'urn:disco-cat:problem:password-reset-expired',
    });

    const nobody = await community.app.request(
      '/api/members/019b0000-0000-7000-8000-00000000dead/password-reset',
      asBearer(community.people.founder, { method: 'POST' }),
    );
    expect(nobody.status).toBe(404);
  });
});
