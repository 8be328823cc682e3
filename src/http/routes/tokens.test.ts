import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asBearer,
  asSession,
  json,
  jsonBody,
  openTestCommunity,
  type TestCommunity,
} from '../test-community.js';

const DAY = 24 * 60 * 60 * 1000;

describe('API tokens', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());

  const refusals = () =>
    community.logs.filter((l) => l['msg'] === 'credential refused').map((l) => l['refusal']);

  it('creates a token shown once, lists it without its secret, and stores only its hash', async () => {
    const created = await community.app.request(
      '/api/tokens',
      asBearer(
        community.people.casual,
        jsonBody('POST', { name: 'laptop CLI', expiresInDays: 30 }),
      ),
    );
    expect(created.status).toBe(201);
    const token = await json(created);
    expect(token).toMatchObject({
      name: 'laptop CLI',
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      revokedAt: null,
    });
    expect(Date.parse(token.expiresAt) - Date.parse(token.createdAt)).toBe(30 * DAY);

    const list = await json(
      await community.app.request('/api/tokens', asBearer(community.people.casual)),
    );
    expect(list.items.map((t: { id: string }) => t.id)).toContain(token.id);
    expect(JSON.stringify(list)).not.toContain(token.token);
    const rows = await community.ctx.store.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token.token);

    const me = await json(
      await community.app.request('/api/me', {
        headers: { authorization: `Bearer ${token.token}` },
      }),
    );
    expect(me).toMatchObject({
      email: 'casual@example.org',
      member: { memberId: community.people.casual.memberId },
    });
  });

  it('names each bad field of a new token', async () => {
    const res = await community.app.request(
      '/api/tokens',
      asBearer(community.people.casual, jsonBody('POST', { name: '', expiresInDays: 0, extra: 1 })),
    );
    expect(res.status).toBe(400);
    expect((await json(res)).errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['body.name', 'body.expiresInDays']),
    );
  });

  it('rejects a revoked, an expired and a forged token with a clear message and a log line', async () => {
    const made = await json(
      await community.app.request(
        '/api/tokens',
        asBearer(
          community.people.dater,
          jsonBody('POST', { name: 'short-lived', expiresInDays: 1 }),
        ),
      ),
    );
    const revoked = await json(
      await community.app.request(
        '/api/tokens',
        asBearer(community.people.dater, jsonBody('POST', { name: 'to revoke' })),
      ),
    );
    expect(
      (
        await community.app.request(
          `/api/tokens/${revoked.id}`,
          asBearer(community.people.dater, { method: 'DELETE' }),
        )
      ).status,
    ).toBe(204);
    // Revoking again changes nothing.
    expect(
      (
        await community.app.request(
          `/api/tokens/${revoked.id}`,
          asBearer(community.people.dater, { method: 'DELETE' }),
        )
      ).status,
    ).toBe(204);

    const use = (token: string) =>
      community.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
    const afterRevoke = await use(revoked.token);
    expect(afterRevoke.status).toBe(401);
    expect(await json(afterRevoke)).toMatchObject({
      type: 'urn:disco-cat:problem:token-revoked',
      detail: expect.stringContaining('revoked at'),
    });

    const forged = await use('B'.repeat(43));
    expect(await json(forged)).toMatchObject({
      type: 'urn:disco-cat:problem:token-unknown',
      status: 401,
    });
    expect((await use('not even a token')).status).toBe(401);
    expect(
      (await community.app.request('/api/health', { headers: { authorization: 'Basic abc' } }))
        .status,
    ).toBe(401);

    community.advance(DAY + 1);
    const expired = await use(made.token);
    expect(await json(expired)).toMatchObject({
      type: 'urn:disco-cat:problem:token-expired',
      detail: expect.stringContaining('expired at'),
    });

    expect(refusals()).toEqual(
      expect.arrayContaining(['token-revoked', 'token-unknown', 'token-expired']),
    );
    const text = JSON.stringify(community.logs);
    for (const secret of [made.token, revoked.token]) expect(text).not.toContain(secret);
  });

  it("lets founders revoke anyone's token, and answers another's unknown token id with 404", async () => {
    const made = await json(
      await community.app.request(
        '/api/tokens',
        asBearer(community.people.client, jsonBody('POST', { name: 'integration' })),
      ),
    );
    expect(
      (
        await community.app.request(
          `/api/tokens/${made.id}`,
          asBearer(community.people.supporter, { method: 'DELETE' }),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await community.app.request(
          `/api/tokens/${made.id}`,
          asBearer(community.people.founder, { method: 'DELETE' }),
        )
      ).status,
    ).toBe(204);
    expect(
      (
        await community.app.request(
          '/api/tokens/nope',
          asBearer(community.people.founder, { method: 'DELETE' }),
        )
      ).status,
    ).toBe(404);
    const listed = await json(
      await community.app.request(
        `/api/tokens?memberId=${community.people.client.memberId}`,
        asBearer(community.people.founder),
      ),
    );
    expect(listed.items.find((t: { id: string }) => t.id === made.id).revokedAt).not.toBeNull();
  });

  it('replays a write retried with the same Idempotency-Key, and refuses the key for another request', async () => {
    const person = community.people.founder;
    const send = (body: unknown, key: string) =>
      community.app.request(
        '/api/constituencies',
        asSession(person, {
          ...jsonBody('POST', body),
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
        }),
      );
    const body = {
      slug: 'environment',
      name: 'Environment proxy',
      rights: { propose: true, comment: true, vote: false, bindingVote: false },
    };
    const size = (await community.ctx.store.head()).size;
    const first = await send(body, 'key-1');
    expect(first.status).toBe(201);
    const again = await send(body, 'key-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await json(again)).toEqual(await json(first));
    expect((await community.ctx.store.head()).size).toBe(size + 1);
    const other = await send({ ...body, slug: 'river' }, 'key-1');
    expect(other.status).toBe(422);
    expect((await json(other)).type).toBe('urn:disco-cat:problem:idempotency-key-reused');
    // A refused request keeps no answer: the same key works once the request is fixed.
    expect((await send({ ...body, slug: 'BAD' }, 'key-2')).status).toBe(400);
    expect((await send({ ...body, slug: 'forest' }, 'key-2')).status).toBe(201);
  });
});
