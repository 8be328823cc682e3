import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asBearer, json, openTestCommunity, type TestCommunity } from '../test-community.js';

describe('GET /api/activity and GET /api/search', () => {
  let community: TestCommunity;
  const get = (path: string, as?: 'committed' | 'left') =>
    community.app.request(path, as ? asBearer(community.people[as]) : {});
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());

  it('pages the feed newest first by cursor, with each line’s code, English text and event', async () => {
    const { size } = await community.ctx.store.head();
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(
        `/api/activity?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
        'committed',
      );
      expect(res.status).toBe(200);
      const body = await json(res);
      seen.push(...body.items.map((i: { seq: number }) => i.seq));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: size }, (_, i) => size - i));
    const first = await json(await get('/api/activity?limit=1&kind=people', 'committed'));
    expect(first.items[0]).toMatchObject({
      kind: 'people',
      message: { code: expect.stringMatching(/^activity\./) },
      text: expect.any(String),
    });
  });

  it('keeps the feed for members and answers a bad filter or cursor with 400', async () => {
    expect((await get('/api/activity')).status).toBe(401);
    expect((await get('/api/activity', 'left')).status).toBe(403);
    for (const query of ['kind=gossip', 'cursor=nope', 'limit=0'])
      expect((await get(`/api/activity?${query}`, 'committed')).status).toBe(400);
  });

  it('answers every query a search box can send with 200 or a clear 400, never a 500', async () => {
    for (const q of ['care', 'care*', '"care', 'NEAR(care', 'care & !x', 'ca:*', "c'a"]) {
      const res = await get(`/api/search?q=${encodeURIComponent(q)}`, 'committed');
      expect(res.status, q).toBe(200);
    }
    for (const q of ['', '"', '*:&|!()', 'x'.repeat(201)]) {
      const res = await get(`/api/search?q=${encodeURIComponent(q)}`, 'committed');
      expect(res.status, q).toBe(400);
      expect(await json(res)).toMatchObject({ errors: [{ field: 'query.q' }] });
    }
    expect((await get('/api/search')).status).toBe(400);
  });

  it('finds members for a member and nothing but commons for a visitor', async () => {
    const member = await json(await get('/api/search?q=casual', 'committed'));
    expect(member.items).toContainEqual(
      expect.objectContaining({ kind: 'member', id: community.people.casual.memberId }),
    );
    expect((await json(await get('/api/search?q=casual'))).items).toEqual([]);
    expect((await json(await get('/api/search?q=casual', 'left'))).items).toEqual([]);
  });
});
