import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { dialects, skipping, testStore } from '../../test/support/stores.js';
import { withAuth } from '../app/auth/auth-context.js';
import type { AppContext } from '../app/context.js';
import { AppError } from '../app/errors.js';
import { eventCatalog } from '../app/event-catalog.js';
import type { Actor } from '../core/access/actor.js';
import type { HttpEnv } from './env.js';
import { idempotency } from './idempotency.js';

const ana: Actor = {
  memberId: '019b0000-0000-7000-8000-000000000003',
  displayName: 'Ana',
  founder: true,
  status: 'active',
  level: 'committed',
  datingStage: null,
  constituencies: [],
  circles: [],
};

const DAY = 24 * 60 * 60 * 1000;

/** A counting write behind the middleware, on a store of the dialect, at a clock the test moves. */
async function countingApp(d: (typeof dialects)[number]) {
  const store = await testStore(d);
  let now = new Date('2026-03-01T09:00:00Z');
  const ctx = withAuth({
    store,
    node: null,
    clock: () => now,
    catalog: eventCatalog,
    checkpointEvery: 1000,
    dataDir: '',
  } satisfies AppContext);
  let runs = 0;
  const app = new Hono<HttpEnv>();
  app.onError((err, c) =>
    err instanceof AppError
      ? c.json({ code: err.code }, err.status as 400)
      : c.json({ code: 'unexpected' }, 500),
  );
  app.use('*', async (c, next) => {
    c.set('actor', ana);
    c.set('log', pino({ level: 'silent' }));
    await next();
  });
  app.use(
    '*',
    idempotency(ctx, () => false),
  );
  app.post('/thing', (c) => c.json({ run: ++runs }, 201));
  return {
    app,
    runs: () => runs,
    later: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

for (const d of dialects) {
  describe.skipIf(skipping(d, 'idempotency'))(`idempotency (${d.dialect})`, () => {
    it('runs a write once per (member, Idempotency-Key) and replays its answer', async () => {
      const { app, runs } = await countingApp(d);
      const send = () =>
        app.request('/thing', { method: 'POST', body: '{}', headers: { 'idempotency-key': 'k' } });
      expect(await (await send()).json()).toEqual({ run: 1 });
      const again = await send();
      expect(again.status).toBe(201);
      expect(await again.json()).toEqual({ run: 1 });
      expect(runs()).toBe(1);
    });

    it('forgets a key after a day unless the client asked to keep it longer', async () => {
      const { app, runs, later } = await countingApp(d);
      const send = (key: string, keep?: string) =>
        app.request('/thing', {
          method: 'POST',
          body: '{}',
          headers: {
            'idempotency-key': key,
            ...(keep === undefined ? {} : { 'idempotency-keep-days': keep }),
          },
        });
      await send('daily');
      await send('queued', '90');
      later(30 * DAY);
      // The phone was offline a month: its queued item is replayed, not recorded again.
      const replayed = await send('queued', '90');
      expect(replayed.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await replayed.json()).toEqual({ run: 2 });
      expect(runs()).toBe(2);
      // A key kept for a day only runs again a month on.
      expect(await (await send('daily')).json()).toEqual({ run: 3 });
      later(61 * DAY);
      expect(await (await send('queued', '90')).json()).toEqual({ run: 4 });
    });

    it('refuses a keep that is not 1 to 180 days, recording nothing', async () => {
      const { app, runs } = await countingApp(d);
      for (const keep of ['0', '181', 'a week', '-3', '1.5']) {
        const refused = await app.request('/thing', {
          method: 'POST',
          body: '{}',
          headers: { 'idempotency-key': `k-${keep}`, 'idempotency-keep-days': keep },
        });
        expect(refused.status, keep).toBe(400);
        expect(await refused.json()).toEqual({ code: 'invalid-input' });
      }
      expect(runs()).toBe(0);
    });
  });
}
