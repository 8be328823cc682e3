import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asBearer,
  asSession,
  json,
  jsonBody,
  openTestCommunity,
  TEST_PASSWORD,
  type TestCommunity,
} from '../test-community.js';

const MINUTE = 60_000;

describe('sign-in, sessions and CSRF', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());

  const signIn = (email: string, password: string, headers: Record<string, string> = {}) => {
    const init = jsonBody('POST', { email, password });
    return community.app.request('/api/auth/sign-in', {
      ...init,
      headers: { ...(init.headers as Record<string, string>), ...headers },
    });
  };

  it('signs in with email and password: an HttpOnly, SameSite cookie and a CSRF token', async () => {
    const res = await signIn('Casual@Example.org ', TEST_PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^disco_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    const body = await json(res);
    expect(body).toMatchObject({
      member: { memberId: community.people.casual.memberId, displayName: 'Casual' },
      via: 'session',
      csrfToken: expect.any(String),
    });

    const token = /^disco_session=([^;]+)/.exec(cookie)![1]!;
    const session = await community.app.request('/api/auth/session', {
      headers: { cookie: `disco_session=${token}` },
    });
    expect(await json(session)).toMatchObject({
      member: { memberId: community.people.casual.memberId },
      csrfToken: body.csrfToken,
    });
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const res = await community.app.request(
      'https://disco.example/api/auth/sign-in',
      jsonBody('POST', { email: 'client@example.org', password: TEST_PASSWORD }),
    );
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('answers anonymous callers with nobody, and bearer callers without a CSRF token', async () => {
    expect(await json(await community.app.request('/api/auth/session'))).toEqual({
      member: null,
      expiresAt: null,
      csrfToken: null,
      via: null,
    });
    const bearer = await json(
      await community.app.request('/api/auth/session', asBearer(community.people.dater)),
    );
    expect(bearer).toMatchObject({
      member: { memberId: community.people.dater.memberId },
      csrfToken: null,
      via: 'api-token',
    });
  });

  it('refuses a wrong password and an unknown email alike, and logs it without the password', async () => {
    for (const [email, password] of [
      ['supporter@example.org', 'wrong password!'],
      ['nobody@example.org', TEST_PASSWORD],
    ] as const) {
      const res = await signIn(email, password, { 'x-forwarded-for': '198.51.100.1' });
      expect(res.status).toBe(401);
      expect(await json(res)).toMatchObject({
        type: 'urn:disco-cat:problem:wrong-credentials',
        detail: 'The email or the password is wrong.',
      });
    }
    const lines = community.logs.filter((l) => l['refusal'] === 'wrong-credentials');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(community.logs)).not.toContain('wrong password!');
  });

  it('names each bad field of a sign-in', async () => {
    const res = await community.app.request(
      '/api/auth/sign-in',
      jsonBody('POST', { email: 5, pass: 'x' }),
    );
    expect(res.status).toBe(400);
    const fields = (await json(res)).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('refuses the 6th attempt for one account with 429, even with the right password, until the window has passed', async () => {
    for (let i = 0; i < 5; i++)
      expect((await signIn('dater@example.org', `wrong ${i} password`)).status).toBe(401);
    const limited = await signIn('dater@example.org', TEST_PASSWORD);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = await json(limited);
    expect(problem).toMatchObject({ type: 'urn:disco-cat:problem:too-many-sign-ins', status: 429 });
    expect(problem.detail).toMatch(/try again after \d{4}-\d\d-\d\dT/);
    expect(community.logs.some((l) => l['refusal'] === 'too-many-sign-ins')).toBe(true);
    // Another account is not held back by this one's failures.
    expect((await signIn('steward@example.org', TEST_PASSWORD)).status).toBe(200);
    community.advance(15 * MINUTE + 1000);
    expect((await signIn('dater@example.org', TEST_PASSWORD)).status).toBe(200);
  });

  it('limits one address guessing at many accounts', async () => {
    const from = { 'x-forwarded-for': '203.0.113.9' };
    const app = await openTestCommunity({
      auth: { signInLimits: { windowMs: 15 * MINUTE, perAccount: 5, perAddress: 3 } },
    });
    try {
      const attempt = (email: string, password: string) => {
        const init = jsonBody('POST', { email, password });
        return app.app.request('/api/auth/sign-in', {
          ...init,
          headers: { ...(init.headers as Record<string, string>), ...from },
        });
      };
      for (const who of ['casual', 'dater', 'client'])
        expect((await attempt(`${who}@example.org`, 'not the password')).status).toBe(401);
      // Without trusting the proxy, every request comes from the same unknown address.
      expect((await attempt('supporter@example.org', TEST_PASSWORD)).status).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('refuses a cookie-authenticated write without the CSRF token, accepts it with, and bearer writes need none', async () => {
    const body = jsonBody('POST', { name: 'csrf test' });
    const without = await community.app.request(
      '/api/tokens',
      asSession(community.people.committed, body, false),
    );
    expect(without.status).toBe(403);
    expect(await json(without)).toMatchObject({ type: 'urn:disco-cat:problem:csrf-token-missing' });
    const wrong = await community.app.request(
      '/api/tokens',
      asSession(
        {
          ...community.people.committed,
          session: { ...community.people.committed.session, csrfToken: 'x'.repeat(43) },
        },
        body,
      ),
    );
    expect((await json(wrong)).type).toBe('urn:disco-cat:problem:csrf-token-mismatch');
    expect(
      (await community.app.request('/api/tokens', asSession(community.people.committed, body)))
        .status,
    ).toBe(201);
    expect(
      (await community.app.request('/api/tokens', asBearer(community.people.committed, body)))
        .status,
    ).toBe(201);
    expect(community.logs.some((l) => l['refusal'] === 'csrf-token-missing')).toBe(true);
  });

  it('lets a browser that holds a session sign in again without the CSRF token: the password proves it', async () => {
    const init = jsonBody('POST', { email: 'client@example.org', password: TEST_PASSWORD });
    const res = await community.app.request(
      '/api/auth/sign-in',
      asSession(community.people.casual, init, false),
    );
    expect(res.status).toBe(200);
    expect((await json(res)).member.memberId).toBe(community.people.client.memberId);
  });

  it('refuses a write whose Origin is another site, even without a session', async () => {
    const init = jsonBody('POST', { email: 'casual@example.org', password: TEST_PASSWORD });
    const res = await community.app.request('/api/auth/sign-in', {
      ...init,
      headers: { ...(init.headers as Record<string, string>), origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const res = await signIn('supporter@example.org', TEST_PASSWORD);
    const token = /^disco_session=([^;]+)/.exec(res.headers.get('set-cookie')!)![1]!;
    const { csrfToken } = await json(res);
    const person = { ...community.people.supporter, session: { token, csrfToken } };
    const out = await community.app.request(
      '/api/auth/sign-out',
      asSession(person, { method: 'POST' }),
    );
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/disco_session=;.*Max-Age=0/);
    const after = await community.app.request('/api/auth/session', asSession(person));
    expect(after.status).toBe(401);
    expect(await json(after)).toMatchObject({ type: 'urn:disco-cat:problem:session-unknown' });
  });

  it('rejects an expired and a forged session with a clear message and a log line, and treats the request as anonymous elsewhere', async () => {
    const forged = await community.app.request('/api/me', {
      headers: { cookie: `disco_session=${'A'.repeat(43)}` },
    });
    expect(forged.status).toBe(401);
    expect(await json(forged)).toMatchObject({
      type: 'urn:disco-cat:problem:session-unknown',
      detail: expect.stringContaining('not valid'),
    });
    const health = await community.app.request('/api/health', {
      headers: { cookie: 'disco_session=garbage' },
    });
    expect(health.status).toBe(200);

    community.advance(8 * 24 * 60 * MINUTE);
    const expired = await community.app.request('/api/me', asSession(community.people.client));
    expect(expired.status).toBe(401);
    expect(await json(expired)).toMatchObject({
      type: 'urn:disco-cat:problem:session-expired',
      detail: expect.stringContaining('expired at'),
    });
    const refusals = community.logs
      .filter((l) => l['msg'] === 'credential refused')
      .map((l) => l['refusal']);
    expect(refusals).toEqual(expect.arrayContaining(['session-unknown', 'session-expired']));
    expect(JSON.stringify(community.logs)).not.toContain(community.people.client.session.token);
  });
});
