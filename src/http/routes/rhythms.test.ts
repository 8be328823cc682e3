import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asBearer,
  json,
  jsonBody,
  openTestCommunity,
  STEWARDED_CIRCLE,
  type TestCommunity,
} from '../test-community.js';

/*
 * Rhythms, check-ins and thanks through HTTP: refusals name the field, a check-in outside its
 * audience is a 404, and the calendar feed is RFC 5545 text at a revocable secret URL.
 */
describe('rhythms, check-ins and thanks over HTTP', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());
  const call = (who: keyof TestCommunity['people'], method: string, path: string, body?: unknown) =>
    community.app.request(
      path,
      asBearer(community.people[who], body === undefined ? { method } : jsonBody(method, body)),
    );

  const support = {
    circle: STEWARDED_CIRCLE,
    kind: 'mutual-support-call',
    name: 'Support call',
    start: '2026-01-05T09:30',
    durationMinutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
  };

  it('answers 400 naming the RRULE or the time zone', async () => {
    const badRule = await call('steward', 'POST', '/api/rhythms', {
      ...support,
      rrule: 'FREQ=NEVER',
    });
    expect(badRule.status).toBe(400);
    expect((await json(badRule)).errors.map((e: { field: string }) => e.field)).toContain(
      'body.rrule',
    );
    const badZone = await call('steward', 'POST', '/api/rhythms', {
      ...support,
      timeZone: 'Mars/Base',
    });
    expect(badZone.status).toBe(400);
    expect((await json(badZone)).errors.map((e: { field: string }) => e.field)).toContain(
      'body.timeZone',
    );
    expect((await call('committed', 'POST', '/api/rhythms', support)).status).toBe(403);
  });

  it('creates a rhythm, records a gathering and serves a revocable feed', async () => {
    const made = await call('steward', 'POST', '/api/rhythms', support);
    expect(made.status).toBe(201);
    const { rhythmId } = await json(made);
    const listed = await json(await call('casual', 'GET', '/api/rhythms?days=8'));
    expect(listed.items.find((r: { rhythmId: string }) => r.rhythmId === rhythmId).next).toEqual([
      { at: '2026-01-12T08:30:00Z', local: '2026-01-12T09:30' },
    ]);
    const occurrence = '2026-01-05T08:30:00Z';
    const steward = community.people.steward.memberId;
    expect(
      (
        await call('steward', 'PUT', `/api/rhythms/${rhythmId}/gatherings/${occurrence}`, {
          participants: [steward],
        })
      ).status,
    ).toBe(200);
    const feedLink = await json(await call('steward', 'POST', '/api/me/calendar-feed'));
    const feed = await community.app.request(feedLink.path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await feed.text();
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO\r\n');
    expect(text).toContain('SUMMARY:Support call (Care)\r\n');
    expect((await call('steward', 'DELETE', '/api/me/calendar-feed')).status).toBe(200);
    expect((await community.app.request(feedLink.path)).status).toBe(404);
  });

  it('keeps a check-in from anyone outside its audience (404) and lets its author delete it', async () => {
    const written = await call('casual', 'POST', '/api/checkins', {
      feeling: 'fine',
      capacity: 80,
      audience: 'self',
    });
    expect(written.status).toBe(201);
    const { checkinId } = await json(written);
    expect((await call('casual', 'GET', `/api/checkins/${checkinId}`)).status).toBe(200);
    for (const outsider of ['founder', 'steward', 'committed'] as const) {
      expect((await call(outsider, 'GET', `/api/checkins/${checkinId}`)).status).toBe(404);
      expect((await call(outsider, 'DELETE', `/api/checkins/${checkinId}`)).status).toBe(404);
      const list = await json(await call(outsider, 'GET', '/api/checkins'));
      expect(JSON.stringify(list)).not.toContain(checkinId);
    }
    const capacity = await json(await call('committed', 'GET', '/api/care/capacity'));
    expect(capacity).toMatchObject({ overloaded: 0, threshold: 100 });
    expect((await call('casual', 'DELETE', `/api/checkins/${checkinId}`)).status).toBe(204);
    expect((await call('casual', 'GET', `/api/checkins/${checkinId}`)).status).toBe(404);
  });

  it('refuses thanking oneself with a 422 and records thanks to others', async () => {
    const self = await call('casual', 'POST', '/api/appreciations', {
      memberId: community.people.casual.memberId,
      from: '2026-01-01',
      to: '2026-01-04',
      note: 'me',
    });
    expect(self.status).toBe(422);
    const thanks = await call('casual', 'POST', '/api/appreciations', {
      memberId: community.people.steward.memberId,
      from: '2026-01-01',
      to: '2026-01-04',
      note: 'Thank you for holding the call.',
    });
    expect(thanks.status).toBe(201);
    const listed = await json(
      await call(
        'founder',
        'GET',
        `/api/appreciations?memberId=${community.people.steward.memberId}`,
      ),
    );
    expect(listed.items.map((a: { note: string }) => a.note)).toEqual([
      'Thank you for holding the call.',
    ]);
  });
});
