import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asBearer,
  asSession,
  json,
  jsonBody,
  openTestCommunity,
  type TestCommunity,
} from './test-community.js';

const FOREIGN = { origin: 'https://evil.example' };

/** A write of a new API token, with extra headers. */
const tokenWrite = (headers: Record<string, string> = {}): RequestInit => {
  const init = jsonBody('POST', { name: 'origin test' });
  return { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } };
};

describe('Origin checks and bearer tokens', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());

  it('accepts a bearer-token write whatever its Origin: a browser never attaches the token by itself', async () => {
    const res = await community.app.request(
      '/api/tokens',
      asBearer(community.people.committed, tokenWrite(FOREIGN)),
    );
    expect(res.status).toBe(201);
  });

  it('refuses a cookie write from another site, even with the right CSRF token', async () => {
    const size = (await community.ctx.store.head()).size;
    const res = await community.app.request(
      '/api/tokens',
      asSession(community.people.committed, tokenWrite(FOREIGN)),
    );
    expect(res.status).toBe(403);
    const problem = await json(res);
    expect(problem).toMatchObject({ type: 'urn:disco-cat:problem:csrf-token-mismatch' });
    expect(problem.detail).toContain('https://evil.example');
    expect((await community.ctx.store.head()).size).toBe(size);
  });

  it('accepts the same cookie write from its own origin', async () => {
    const res = await community.app.request(
      'http://localhost/api/tokens',
      asSession(community.people.committed, tokenWrite({ origin: 'http://localhost' })),
    );
    expect(res.status).toBe(201);
  });

  it('reads the Bearer scheme in any case', async () => {
    const token = community.people.dater.apiToken;
    for (const scheme of ['bearer', 'BEARER', 'Bearer', 'bEaReR']) {
      const res = await community.app.request('/api/auth/session', {
        headers: { authorization: `${scheme} ${token}` },
      });
      expect(res.status, scheme).toBe(200);
      expect((await json(res)).member.memberId).toBe(community.people.dater.memberId);
    }
    const write = await community.app.request(
      '/api/tokens',
      tokenWrite({ authorization: `bearer ${token}` }),
    );
    expect(write.status).toBe(201);
  });

  it('still refuses an Authorization header that is not a bearer token, naming the form it needs', async () => {
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', 'Bearertoken']) {
      const res = await community.app.request('/api/auth/session', {
        headers: { authorization: header },
      });
      expect(res.status, header).toBe(401);
      expect((await json(res)).detail).toContain('Bearer <api token>');
    }
  });
});
