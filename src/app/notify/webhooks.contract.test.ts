import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import type { AppContext } from '../context.js';
import { expectRefused } from '../expect-refused.js';
import { openTestGovernance } from '../governance/test-governance.js';
import { listJobs } from '../jobs/job-queue.js';
import { notifyTick } from './notify-tick.js';
import { setNotificationSettings } from './notification-settings.js';
import { addWebhook, listWebhooks, webhookSignature } from './webhooks.js';

/** A real HTTP receiver on loopback, answering as told and keeping what it received. */
async function receiver(answer: (req: IncomingMessage, res: ServerResponse) => void) {
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    received,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

for (const d of dialects) {
  describe.skipIf(skipping(d, 'webhooks'))(`outgoing webhooks (${d.dialect})`, () => {
    async function setup() {
      const g = await openTestGovernance(d);
      let now = g.now().getTime();
      const ctx: AppContext = {
        ...g.gov,
        clock: () => new Date(now),
        notify: { webhookTimeoutMs: 300, maxAttempts: 3, intervalMs: 1000 },
      };
      return { g, ctx, advance: (ms: number) => void (now += ms) };
    }

    it('posts chat text and a signed JSON body once per proposal opened', async () => {
      const { g, ctx } = await setup();
      const chat = await receiver((_req, res) => res.writeHead(200).end('ok'));
      const signed = await receiver((_req, res) => res.writeHead(204).end());
      closers.push(chat.close, signed.close);
      await addWebhook(ctx, g.founder, { url: chat.url, format: 'chat' });
      const { secret } = await addWebhook(ctx, g.founder, {
        url: signed.url,
        format: 'signed-json',
      });
      const bo = await g.worker('Bo');
      await expectRefused(ctx, () => addWebhook(ctx, bo, { url: chat.url, format: 'chat' }), 403);
      expect(await listWebhooks(ctx, g.founder)).toHaveLength(2);

      await g.propose({ title: 'Care rota' });
      await notifyTick(ctx);
      await notifyTick(ctx);
      expect(chat.received.map((r) => JSON.parse(r.body))).toEqual([
        { text: 'New proposal: Care rota' },
      ]);
      expect(signed.received).toHaveLength(1);
      const [{ headers, body }] = signed.received as [(typeof signed.received)[0]];
      const t = Number(/t=(\d+)/.exec(String(headers['disco-signature']))?.[1]);
      expect(headers['disco-signature']).toBe(webhookSignature(secret!, t, body));
      expect(JSON.parse(body)).toMatchObject({ type: 'proposal-opened', title: 'Care rota' });
    });

    it('speaks the mail language of the founder who added the hook', async () => {
      const { g, ctx } = await setup();
      const chat = await receiver((_req, res) => res.writeHead(200).end('ok'));
      closers.push(chat.close);
      await setNotificationSettings(ctx, g.founder, { language: 'es' });
      await addWebhook(ctx, g.founder, { url: chat.url, format: 'chat' });
      await g.propose({ title: 'Turnos de cuidados' });
      await notifyTick(ctx);
      await notifyTick(ctx);
      expect(chat.received.map((r) => JSON.parse(r.body))).toEqual([
        { text: 'Nueva propuesta: Turnos de cuidados' },
      ]);
    });

    it('retries a receiver that answers 500 or hangs, within the timeout, and gives up with the reason', async () => {
      const { g, ctx, advance } = await setup();
      const failing = await receiver((_req, res) => res.writeHead(500).end('down'));
      const hanging = await receiver(() => undefined);
      closers.push(failing.close, hanging.close);
      await addWebhook(ctx, g.founder, { url: failing.url, format: 'chat' });
      await addWebhook(ctx, g.founder, { url: hanging.url, format: 'chat' });
      await g.propose({ title: 'Care rota' });
      for (let i = 0; i < 4; i++) {
        await notifyTick(ctx);
        advance(10 * 60_000);
      }
      expect(failing.received).toHaveLength(3);
      expect(hanging.received).toHaveLength(3);
      const jobs = await listJobs(ctx, { kind: 'webhook' });
      expect(jobs.map((j) => [j.state, j.attempts, j.lastError]).sort()).toEqual([
        ['failed', 3, 'no answer within 300 ms'],
        ['failed', 3, 'the receiver answered 500'],
      ]);
    });
  });
}
