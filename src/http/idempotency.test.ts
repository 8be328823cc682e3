import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { dialects, skipping, testStore } from '../../test/support/stores.js';
import { withAuth } from '../app/auth/auth-context.js';
import type { AppContext } from '../app/context.js';
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

for (const d of dialects) {
  describe.skipIf(skipping(d, 'idempotency'))(`idempotency (${d.dialect})`, () => {
    it('runs a write once per (member, Idempotency-Key) and replays its answer', async () => {
      const store = await testStore(d);
      const ctx = withAuth({
        store,
        node: null,
        clock: () => new Date(),
        catalog: eventCatalog,
        checkpointEvery: 1000,
        dataDir: '',
      } satisfies AppContext);
      let runs = 0;
      const app = new Hono<HttpEnv>();
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
      const send = () =>
        app.request('/thing', { method: 'POST', body: '{}', headers: { 'idempotency-key': 'k' } });
      expect(await (await send()).json()).toEqual({ run: 1 });
      const again = await send();
      expect(again.status).toBe(201);
      expect(await again.json()).toEqual({ run: 1 });
      expect(runs).toBe(1);
    });
  });
}
