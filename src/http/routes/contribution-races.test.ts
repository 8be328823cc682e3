import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { pino } from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import { testNode } from '../../../test/support/ledger.js';
import { dialects, skipping, testLocation } from '../../../test/support/stores.js';
import { withAuth } from '../../app/auth/auth-context.js';
import { createApiToken } from '../../app/auth/create-api-token.js';
import { TEST_PASSWORD_COST } from '../../app/auth/passwords.js';
import type { AppContext } from '../../app/context.js';
import { eventCatalog } from '../../app/event-catalog.js';
import { initLedger } from '../../app/ledger/init-ledger.js';
import { loadActor } from '../../app/members/load-actor.js';
import { createHttpApp } from '../app.js';

const PARALLEL = 10;

/** A node listening on a real port over a fresh store of the dialect, and a founder's API token. */
async function listeningNode(d: (typeof dialects)[number]) {
  const place = await testLocation(d);
  const base: AppContext = {
    store: await place.open(),
    node: testNode().signer,
    clock: () => new Date(Date.UTC(2026, 0, 10, 9)),
    catalog: eventCatalog,
    checkpointEvery: 1000,
    dataDir: '',
  };
  const ctx = withAuth(base, { passwordCost: TEST_PASSWORD_COST });
  const { founderId } = await initLedger(ctx, {
    name: 'Race DisCO',
    currency: 'EUR',
    timeZone: 'UTC',
    founderName: 'Ana',
  });
  const { token } = await createApiToken(ctx, await loadActor(ctx, founderId), { name: 'race' });
  const app = createHttpApp(ctx, { logger: pino({ level: 'silent' }), auth: ctx.auth });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(url + path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of every shape
    return { status: res.status, body: (await res.json()) as any };
  };
  expect(
    (
      await call('POST', '/api/rates', {
        stream: 'care',
        taskKind: 'meeting',
        per: 'hour',
        amount: '1500',
        effectiveFrom: '2026-01-01',
      })
    ).status,
  ).toBe(201);
  const hoursOn = async (date: string) => {
    const rows = await ctx.store.db
      .selectFrom('value_contributions')
      .select(['quantity_milli', 'status'])
      .where('member_id', '=', founderId)
      .where('date', '=', date)
      .execute();
    return rows
      .filter((r) => r.status !== 'superseded' && r.status !== 'void')
      .reduce((sum, r) => sum + Number(r.quantity_milli) / 1000, 0);
  };
  const events = async () => (await ctx.store.head()).size;
  return { call, hoursOn, events };
}

const work = (quantity: string) => ({
  stream: 'care',
  quantity,
  taskKind: 'meeting',
  circle: 'care',
  date: '2026-01-08',
});

for (const d of dialects) {
  describe.skipIf(skipping(d, 'contribution races'))(
    `contributions written in parallel (${d.dialect})`,
    () => {
      it('never records more than 24 hours for one member and day', async () => {
        const node = await listeningNode(d);
        const answers = await Promise.all(
          Array.from({ length: PARALLEL }, () =>
            node.call('POST', '/api/contributions', work('6')),
          ),
        );
        const statuses = answers.map((a) => a.status).sort();
        expect(statuses).toEqual([201, 201, 201, 201, 400, 400, 400, 400, 400, 400]);
        for (const refused of answers.filter((a) => a.status === 400)) {
          expect(refused.body.errors).toEqual([
            expect.objectContaining({
              field: 'body.quantity',
              message: expect.stringMatching(/limit of 24 hours/),
            }),
          ]);
        }
        expect(await node.hoursOn('2026-01-08')).toBe(24);
      });

      it('never lets parallel edits that raise the hours pass 24 in a day', async () => {
        const node = await listeningNode(d);
        const ids: string[] = [];
        for (let i = 0; i < 4; i++)
          ids.push((await node.call('POST', '/api/contributions', work('3'))).body.contributionId);
        // Each edit alone fits (12 + 6 - 3 = 15 hours); all four together would make 36.
        const answers = await Promise.all(
          ids.map((id) => node.call('POST', `/api/contributions/${id}/edits`, { quantity: '9' })),
        );
        expect(answers.filter((a) => a.status === 201)).toHaveLength(2);
        for (const refused of answers.filter((a) => a.status !== 201)) {
          expect(refused.status).toBe(400);
          expect(refused.body.errors[0]).toMatchObject({ field: 'body.quantity' });
        }
        expect(await node.hoursOn('2026-01-08')).toBe(24);
      });

      it('lets one of six parallel edits of a contribution win and tells the others to reload', async () => {
        const node = await listeningNode(d);
        const { contributionId } = (await node.call('POST', '/api/contributions', work('2'))).body;
        const before = await node.events();
        const answers = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            node.call('POST', `/api/contributions/${contributionId}/edits`, {
              description: `take ${i}`,
            }),
          ),
        );
        expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
        for (const lost of answers.filter((a) => a.status === 409)) {
          expect(lost.body.detail).toMatch(/changed meanwhile/);
          expect(lost.body.hint).toMatch(/reload/i);
        }
        expect(await node.events()).toBe(before + 1);
        const list = await node.call('GET', '/api/contributions?status=pending');
        expect(list.body.items).toHaveLength(1);
        expect(list.body.items[0].supersedes).toBe(contributionId);
      });
    },
  );
}
