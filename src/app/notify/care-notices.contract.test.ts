import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { smtpServer } from '../../../test/support/smtp-server.js';
import { dialects, skipping } from '../../../test/support/stores.js';
import { giveThanks } from '../appreciation/give-thanks.js';
import { writeCheckin } from '../checkins/write-checkin.js';
import type { AppContext } from '../context.js';
import { HOUR, DAY, openTestGovernance } from '../governance/test-governance.js';
import { listNotifications } from '../governance/list-notifications.js';
import { createRhythm } from '../rhythms/create-rhythm.js';
import { RESWEEP_MS } from './mail-sweep.js';
import { notifyTick } from './notify-tick.js';
import { saveSettings, showNotificationSettings } from './notification-settings.js';
import { addWebhook, webhookSignature } from './webhooks.js';

/** A real HTTP receiver on loopback, answering 200 and keeping the bodies. */
async function receiver() {
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    received,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
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

async function withAccount(ctx: AppContext, memberId: string, email: string) {
  await ctx.store.db
    .insertInto('accounts')
    .values({
      member_id: memberId,
      email,
      password_hash: 'not used here',
      created_at: ctx.clock().toISOString(),
    })
    .execute();
}

for (const d of dialects) {
  describe.skipIf(skipping(d, 'care notices'))(`care notices (${d.dialect})`, () => {
    async function setup() {
      const smtp = await smtpServer();
      closers.push(smtp.close);
      const g = await openTestGovernance(d);
      const ctx: AppContext = {
        ...g.gov,
        notify: {
          mail: {
            smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
            from: '"Test DisCO" <disco@coop.example>',
            publicUrl: 'https://coop.example',
            timeoutMs: 2000,
          },
          webhookTimeoutMs: 1000,
          maxAttempts: 3,
          intervalMs: 1000,
        },
      };
      return { g, ctx, smtp };
    }

    it('tells of gatherings, check-ins due, thanks and ledger alarms, by mail and to the DisCO’s hooks', async () => {
      const { g, ctx, smtp } = await setup();
      const chat = await receiver();
      const signed = await receiver();
      closers.push(chat.close, signed.close);
      await addWebhook(ctx, g.founder, { url: chat.url, format: 'chat' });
      const { secret } = await addWebhook(ctx, g.founder, {
        url: signed.url,
        format: 'signed-json',
      });
      const ana = await g.worker('Ana');
      const bo = await g.worker('Bo');
      const client = await g.add({ displayName: 'Client Co', constituencyIds: ['supporters'] });
      await withAccount(ctx, ana.memberId, 'ana@coop.example');
      await withAccount(ctx, bo.memberId, 'bo@coop.example');
      await saveSettings(ctx, ana.memberId, {
        language: 'es',
        kinds: { 'rhythm-starting': 'immediate', 'appreciation-received': 'immediate' },
      });

      // The clock stands at Tuesday 2026-01-06 09:00 UTC: a daily check-in at 10:00 is an hour away.
      const { rhythmId } = await createRhythm(ctx, g.founder, {
        kind: 'daily-check-in',
        name: 'Morning check-in',
        start: '2026-01-06T10:00',
        durationMinutes: 15,
        rrule: 'FREQ=DAILY',
        timeZone: 'UTC',
      });
      await giveThanks(ctx, bo, {
        memberId: ana.memberId,
        from: '2026-01-01',
        to: '2026-01-05',
        note: 'for the soup rota',
      });
      await writeCheckin(ctx, bo, { feeling: 'fine', capacity: 80, audience: 'self' });
      await notifyTick(ctx);

      const kindsOf = async (who: typeof ana) =>
        (await listNotifications(ctx, who)).map((n) => n.kind).sort();
      // Tomorrow's 10:00 is 25 hours away: not yet. Five days into the quarter, nobody is told
      // they are behind on their duties.
      expect(await kindsOf(ana)).toEqual([
        'appreciation-received',
        'checkin-due',
        'rhythm-starting',
      ]);
      // Bo checked in this week; the client is neither asked to nor held to duties.
      expect(await kindsOf(bo)).toEqual(['rhythm-starting']);
      expect(await kindsOf(client)).toEqual(['rhythm-starting']);
      const clientKinds = (await showNotificationSettings(ctx, client)).kinds.map((k) => k.kind);
      expect(clientKinds).not.toContain('validations-waiting');
      expect(clientKinds).not.toContain('checkin-due');
      expect((await showNotificationSettings(ctx, ana)).kinds.map((k) => k.kind)).toContain(
        'validations-waiting',
      );

      const toAna = smtp.received
        .filter((m) => m.to && 'text' in m.to && m.to.text === 'ana@coop.example')
        .map((m) => m.subject)
        .sort();
      expect(toAna).toEqual([
        'Test DisCO: Encuentro próximo: Morning check-in (2026-01-06 10:00)',
        'Test DisCO: Te ha dado las gracias Bo: for the soup rota',
      ]);
      expect(chat.received.map((r) => (JSON.parse(r.body) as { text: string }).text)).toEqual([
        'Gathering soon: Morning check-in (2026-01-06 10:00, UTC) https://coop.example/rhythms',
      ]);
      const first = signed.received[0]!;
      const t = Number(/t=(\d+)/.exec(String(first.headers['disco-signature']))?.[1]);
      expect(first.headers['disco-signature']).toBe(webhookSignature(secret!, t, first.body));
      expect(JSON.parse(first.body)).toMatchObject({ type: 'rhythm-starting', rhythmId });

      // A witness refuses the checkpoint: every member is told at once, and the DisCO's room too,
      // naming the witness; why it refused is worded on the ledger page the notice links to.
      const sent = smtp.received.length;
      await ctx.store.db
        .insertInto('witness_progress')
        .values({
          witness_key: 'w1',
          url: 'https://witness.example',
          cosigned_size: 3,
          cosigned_at: null,
          refusal: 'inconsistent with size 3',
          refused_at: new Date(g.now().getTime() + HOUR).toISOString(),
        })
        .execute();
      g.advance(HOUR);
      await notifyTick(ctx);
      const alarms = smtp.received.slice(sent).filter((m) => m.subject?.includes('arm'));
      expect(alarms.map((m) => m.subject).sort()).toEqual(
        [
          'Test DisCO: Ledger alarm: a witness refused the node’s checkpoint (https://witness.example)',
          'Test DisCO: Alarma del registro: un testigo rechazó el punto de control del nodo (https://witness.example)',
        ].sort(),
      );
      expect(
        chat.received.map((r) => r.body).filter((b) => b.includes('Ledger alarm')),
      ).toHaveLength(1);
      expect(
        signed.received.map((r) => JSON.parse(r.body) as { type: string }).map((b) => b.type),
      ).toContain('ledger-alarm');

      // Sent once: later ticks add nothing.
      const total = [smtp.received.length, chat.received.length];
      await notifyTick(ctx);
      await notifyTick(ctx);
      expect([smtp.received.length, chat.received.length]).toEqual(total);

      // A third into the quarter with no work logged, the test DisCO's duties find both behind.
      g.advance(30 * 24 * HOUR);
      expect(await kindsOf(bo)).toContain('duties-behind');
      expect(await kindsOf(client)).not.toContain('duties-behind');
    });

    it('skips deriving everyone’s notices when nothing changed, and sees news at once when something did', async () => {
      const { g, ctx } = await setup();
      const ana = await g.worker('Ana');
      await withAccount(ctx, ana.memberId, 'ana@coop.example');
      await notifyTick(ctx);
      const swept = await ctx.store.db.selectFrom('notify_sweeps').selectAll().execute();
      expect(swept).toHaveLength(1);
      await g.propose({ title: 'Care rota' });
      expect((await notifyTick(ctx)).recorded).toBeGreaterThan(0);
      // The same sources a second later: nothing is derived (the log, emptied here, stays empty)…
      await ctx.store.db.deleteFrom('notification_log').execute();
      g.advance(1000);
      expect((await notifyTick(ctx)).recorded).toBe(0);
      expect(await ctx.store.db.selectFrom('notification_log').selectAll().execute()).toEqual([]);
      // …until the quarter hour turns, when time alone may have made news.
      g.advance(RESWEEP_MS);
      await notifyTick(ctx);
      expect(
        (await ctx.store.db.selectFrom('notification_log').select('kind').execute()).map(
          (r) => r.kind,
        ),
      ).toContain('proposal-opened');
    });

    it('deletes check-ins past the DisCO’s retention period on the tick', async () => {
      const { g, ctx } = await setup();
      const ana = await g.worker('Ana');
      await writeCheckin(ctx, ana, { feeling: 'tired', capacity: 120, audience: 'circle' });
      expect((await notifyTick(ctx)).checkinsDeleted).toBe(0);
      g.advance(57 * DAY);
      expect((await notifyTick(ctx)).checkinsDeleted).toBe(1);
      expect(await ctx.store.db.selectFrom('checkins').selectAll().execute()).toEqual([]);
    });
  });
}
