import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setFirstCatParameters } from '../app/distribution/set-cat-parameters.js';
import { openProposal } from '../app/governance/open-proposal.js';
import { sampleParameters } from '../core/distribution/sample-parameters.js';
import { answerShape, conditionalGet, entityTag, matchesIfNoneMatch } from './conditional-get.js';
import type { HttpEnv } from './env.js';
import { asBearer, asSession, openTestCommunity, type TestCommunity } from './test-community.js';

describe('conditional GET of the dashboard and the flows', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(async () => {
    await community.close();
  });

  const get = (path: string, init: RequestInit) => community.app.request(path, init);
  const ifNoneMatch = (tag: string, init: RequestInit): RequestInit => ({
    ...init,
    headers: { ...(init.headers as Record<string, string>), 'if-none-match': tag },
  });
  const founder = () => asSession(community.people.founder, {}, false);

  let proposals = 0;
  /** Any event will do: every one moves the chain head. */
  async function appendAnEvent(): Promise<void> {
    await openProposal(community.ctx, await community.actorOf('committed'), {
      title: `Proposal ${++proposals}`,
      body: 'To move the head.',
      method: 'majority',
      deadline: '2027-01-01T00:00:00Z',
    });
  }

  for (const path of ['/api/dashboard', '/api/distribution/flows']) {
    describe(path, () => {
      beforeAll(async () => {
        if (path === '/api/distribution/flows')
          await setFirstCatParameters(
            community.ctx,
            await community.actorOf('founder'),
            sampleParameters(),
          );
      });

      it('answers 304 with no body while the version holds, and 200 with a new tag after an append', async () => {
        const first = await get(path, founder());
        expect(first.status).toBe(200);
        const tag = first.headers.get('etag')!;
        expect(tag).toMatch(/^"[\w-]+"$/);
        expect(first.headers.get('vary')).toBe('Cookie, Authorization');
        expect(first.headers.get('cache-control')).toBe('private, no-cache');

        const again = await get(path, ifNoneMatch(tag, founder()));
        expect(again.status).toBe(304);
        expect(await again.text()).toBe('');
        expect(again.headers.get('etag')).toBe(tag);
        expect(again.headers.get('vary')).toBe('Cookie, Authorization');

        await appendAnEvent();
        const after = await get(path, ifNoneMatch(tag, founder()));
        expect(after.status).toBe(200);
        expect(after.headers.get('etag')).not.toBe(tag);
        expect(await after.json()).toEqual(await (await get(path, founder())).json());
      });

      it('gives each member a tag of their own, by cookie or by token', async () => {
        const tags = new Set<string>();
        for (const persona of ['founder', 'casual', 'committed'] as const) {
          const person = community.people[persona];
          const bySession = await get(path, asSession(person, {}, false));
          const byToken = await get(path, asBearer(person));
          expect([bySession.status, byToken.status]).toEqual([200, 200]);
          expect(bySession.headers.get('etag')).toBe(byToken.headers.get('etag'));
          tags.add(bySession.headers.get('etag')!);
          // Another member's tag is never taken for one's own.
          if (persona !== 'founder') {
            const founderTag = (await get(path, founder())).headers.get('etag')!;
            expect((await get(path, ifNoneMatch(founderTag, asBearer(person)))).status).toBe(200);
          }
        }
        expect(tags.size).toBe(3);
      });

      it('refuses a guest with a tag as it refuses one without: 401, no tag', async () => {
        const tag = (await get(path, founder())).headers.get('etag')!;
        const guest = await get(path, { headers: { 'if-none-match': tag } });
        expect(guest.status).toBe(401);
        expect(guest.headers.get('etag')).toBeNull();
      });
    });
  }

  it('changes the dashboard’s tag when the DisCO’s day turns and when an open deadline passes', async () => {
    const tagNow = async () => (await get('/api/dashboard', founder())).headers.get('etag')!;
    const before = await tagNow();
    community.advance(60_000);
    // The clock moved but nothing the dashboard shows did.
    expect(await tagNow()).toBe(before);

    const deadline = new Date(community.ctx.clock().getTime() + 3_600_000).toISOString();
    await openProposal(community.ctx, await community.actorOf('founder'), {
      title: 'Buy a kettle',
      body: 'For the office.',
      method: 'majority',
      deadline,
    });
    const open = await tagNow();
    expect(open).not.toBe(before);
    const dashboard = async () =>
      (await (await get('/api/dashboard', founder())).json()) as {
        proposalsAwaitingMyVote: unknown[];
      };
    const awaiting = (await dashboard()).proposalsAwaitingMyVote.length;
    // The deadline passes before the scheduler closes the proposal: no event, another answer.
    community.advance(3_600_000 + 1_000);
    expect((await dashboard()).proposalsAwaitingMyVote).toHaveLength(awaiting - 1);
    const passed = await tagNow();
    expect(passed).not.toBe(open);

    community.advance(24 * 3_600_000);
    expect(await tagNow()).not.toBe(passed);
  });

  describe('the answer’s shape in the tag', () => {
    /** A route answering `schema`, its version fixed: only the shape can move its tag. */
    function routeAnswering(schema: z.ZodType, description = 'The thing.') {
      const route = createRoute({
        method: 'get',
        path: '/thing',
        responses: { 200: { description, content: { 'application/json': { schema } } } },
      });
      const app = new OpenAPIHono<HttpEnv>();
      app.use(
        '/thing',
        conditionalGet(route, () => Promise.resolve('the same version')),
      );
      app.openapi(route, (c) => c.json({ week: '2026-03-02', care: '100' }, 200));
      return { route, app };
    }
    const tagOf = async (app: OpenAPIHono<HttpEnv>) =>
      (await app.request('/thing')).headers.get('etag')!;
    const week = z.object({ week: z.string(), care: z.string() });

    it('changes every tag when a field of the answer is added, removed or retyped, with the version unchanged', async () => {
      const before = routeAnswering(week);
      const tag = await tagOf(before.app);
      const shapes = [
        week.extend({ love: z.string() }),
        z.object({ week: z.string() }),
        z.object({ week: z.string(), care: z.number() }),
        z.object({ week: z.string(), care: z.string().optional() }),
        z.array(week),
      ];
      const tags = new Set([tag]);
      for (const schema of shapes) {
        const after = routeAnswering(schema);
        expect(answerShape(after.route)).not.toBe(answerShape(before.route));
        const newTag = await tagOf(after.app);
        tags.add(newTag);
        // A browser holding the old node's tag gets the new shape's body, never a 304.
        const again = await after.app.request('/thing', { headers: { 'if-none-match': tag } });
        expect(again.status).toBe(200);
      }
      expect(tags.size).toBe(shapes.length + 1);
    });

    it('keeps the tags when only the documentation changes', async () => {
      const documented = week.extend({
        care: z.string().openapi({ description: 'Minor units.', example: '40000' }),
      });
      expect(await tagOf(routeAnswering(documented, 'Another description.').app)).toBe(
        await tagOf(routeAnswering(week).app),
      );
    });

    it('refuses, as the node starts, a route whose 200 answer is not a zod JSON schema', () => {
      const route = createRoute({
        method: 'get',
        path: '/thing',
        responses: { 200: { description: 'No body.' } },
      });
      expect(() => conditionalGet(route, () => Promise.resolve('v'))).toThrow(
        "GET /thing: conditionalGet needs the route's 200 answer as a zod JSON schema",
      );
    });
  });

  describe('answers kept by version', () => {
    /** A route whose version is `version.now` and whose answer says how often it was computed. */
    function countingRoute(keep: number) {
      const route = createRoute({
        method: 'get',
        path: '/thing',
        responses: {
          200: {
            description: 'The thing.',
            content: { 'application/json': { schema: z.object({ computed: z.number() }) } },
          },
        },
      });
      const state = { version: 'v1', computed: 0, refuse: false };
      const app = new OpenAPIHono<HttpEnv>();
      app.use(
        '/thing',
        conditionalGet(route, () => Promise.resolve(state.version), { keep }),
      );
      app.openapi(route, (c) => {
        state.computed++;
        if (state.refuse) return c.json({ computed: -1 }, 503 as 200);
        return c.json({ computed: state.computed }, 200);
      });
      return { app, state };
    }
    const answer = async (app: OpenAPIHono<HttpEnv>) => {
      const res = await app.request('/thing');
      return { status: res.status, tag: res.headers.get('etag'), body: await res.text() };
    };

    it('sends the answer of a version computed before to a request without If-None-Match, with its tag, computing it once', async () => {
      const { app, state } = countingRoute(2);
      const first = await answer(app);
      const again = await answer(app);
      expect(again).toEqual(first);
      expect(JSON.parse(again.body)).toEqual({ computed: 1 });
      expect(state.computed).toBe(1);
      const res = await app.request('/thing');
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('cache-control')).toBe('private, no-cache');

      state.version = 'v2';
      const moved = await answer(app);
      expect(moved.tag).not.toBe(first.tag);
      expect(JSON.parse(moved.body)).toEqual({ computed: 2 });
    });

    it('keeps at most `keep` answers, the least recently used going first, and never a refusal', async () => {
      const { app, state } = countingRoute(2);
      for (const version of ['a', 'b', 'a', 'c']) {
        state.version = version;
        await answer(app);
      }
      // a, b, a (kept), c: b was the least recently used, so it went.
      expect(state.computed).toBe(3);
      state.version = 'a';
      await answer(app);
      expect(state.computed).toBe(3);
      state.version = 'b';
      await answer(app);
      expect(state.computed).toBe(4);

      state.version = 'refused';
      state.refuse = true;
      expect((await answer(app)).status).toBe(503);
      state.refuse = false;
      expect(await answer(app)).toMatchObject({ status: 200, body: '{"computed":6}' });
    });

    it('keeps nothing unless asked to', async () => {
      const { app, state } = countingRoute(0);
      await answer(app);
      await answer(app);
      expect(state.computed).toBe(2);
    });
  });

  it('compares entity tags as RFC 9110 says: a list, weak prefixes and * match', () => {
    const tag = entityTag('v1');
    expect(tag).not.toContain('v1');
    expect(matchesIfNoneMatch(undefined, tag)).toBe(false);
    expect(matchesIfNoneMatch(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch(entityTag('v2'), tag)).toBe(false);
  });
});
