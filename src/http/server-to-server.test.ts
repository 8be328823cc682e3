import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isServerToServer, SERVER_TO_SERVER_PREFIXES } from './server-to-server.js';
import {
  asSession,
  json,
  jsonBody,
  openTestCommunity,
  type TestCommunity,
} from './test-community.js';

const FOREIGN = { origin: 'https://other-node.example' };

const post = (path: string, headers: Record<string, string> = {}): [string, RequestInit] => {
  const init = jsonBody('POST', { note: 'hello' });
  return [path, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } }];
};

describe('server-to-server routes', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
    // Throwaway routes, in this test's app only: one where other servers call, one anywhere else.
    community.app.post('/witness/echo', (c) => c.json({ echoed: true }, 200));
    community.app.post('/elsewhere/echo', (c) => c.json({ echoed: true }, 200));
  });
  afterAll(() => community.close());

  it('lists the witness protocol, under whole path segments only', () => {
    expect(SERVER_TO_SERVER_PREFIXES).toContain('/witness/');
    expect(isServerToServer('/witness/add-checkpoint')).toBe(true);
    expect(isServerToServer('/witness')).toBe(false);
    expect(isServerToServer('/witnesses/add-checkpoint')).toBe(false);
    expect(isServerToServer('/api/witness/add-checkpoint')).toBe(false);
    expect(isServerToServer('/api/tokens')).toBe(false);
  });

  it('does not refuse a write under a server-to-server prefix for its Origin or a missing CSRF token', async () => {
    expect((await community.app.request(...post('/witness/echo', FOREIGN))).status).toBe(200);
    const [path, init] = post('/witness/echo', FOREIGN);
    const withCookie = await community.app.request(
      path,
      asSession(community.people.founder, init, false),
    );
    expect(withCookie.status).toBe(200);
    expect(await json(withCookie)).toEqual({ echoed: true });
  });

  it('still refuses a write from another site anywhere else, inside /api and out', async () => {
    const elsewhere = await community.app.request(...post('/elsewhere/echo', FOREIGN));
    expect(elsewhere.status).toBe(403);
    expect(await json(elsewhere)).toMatchObject({
      type: 'urn:disco-cat:problem:csrf-token-mismatch',
    });
    const [path, init] = post('/api/tokens', FOREIGN);
    expect(
      (await community.app.request(path, asSession(community.people.founder, init))).status,
    ).toBe(403);
    const [own, sameSite] = post('/api/tokens');
    const noToken = await community.app.request(
      own,
      asSession(community.people.founder, sameSite, false),
    );
    expect(noToken.status).toBe(403);
    expect(await json(noToken)).toMatchObject({ type: 'urn:disco-cat:problem:csrf-token-missing' });
  });
});
