import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { smtpServer } from '../../../test/support/smtp-server.js';
import { dialects, skipping, testLocation } from '../../../test/support/stores.js';
import type { AppContext } from '../context.js';
import { eventCatalog } from '../event-catalog.js';
import { closeDueProposals } from '../governance/close-due-proposals.js';
import { stateOutcome } from '../governance/state-outcome.js';
import { DAY, HOUR, openTestGovernance } from '../governance/test-governance.js';
import { listJobs, runDueJobs } from '../jobs/job-queue.js';
import { JOB_HANDLERS } from '../witnessing/witnessing-tick.js';
import type { MailSettings, NotifyContext } from './notify-context.js';
import { notifyTick } from './notify-tick.js';
import { saveSettings, showNotificationSettings } from './notification-settings.js';
import { queueMail, withoutSecrets } from './send-mail.js';
import { unsubscribe } from './unsubscribe.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function notifyOf(port: number): NotifyContext {
  const mail: MailSettings = {
    smtpUrl: `smtp://disco:s3cret-pass@127.0.0.1:${port}`,
    from: '"Test DisCO" <disco@coop.example>',
    publicUrl: 'https://coop.example',
    timeoutMs: 2000,
  };
  return { mail, webhookTimeoutMs: 1000, maxAttempts: 5, intervalMs: 1000 };
}

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

/** A header as it was on the wire (mailparser folds the List-* ones into objects). */
const header = (mail: ParsedMail, name: string) => {
  const line = mail.headerLines.find((h) => h.key === name)?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim();
};

for (const d of dialects) {
  describe.skipIf(skipping(d, 'mail'))(`mail over SMTP (${d.dialect})`, () => {
    it('mails a vote at once in the member’s language with one-click unsubscribe, once, and digests the rest', async () => {
      const smtp = await smtpServer();
      closers.push(smtp.close);
      const g = await openTestGovernance(d);
      const ctx: AppContext = { ...g.gov, notify: notifyOf(smtp.port) };
      const ana = await g.worker('Ana');
      const bo = await g.worker('Bo');
      await withAccount(ctx, ana.memberId, 'ana@coop.example');
      await withAccount(ctx, bo.memberId, 'bo@coop.example');
      await saveSettings(ctx, ana.memberId, { language: 'es' });
      await saveSettings(ctx, bo.memberId, { kinds: { 'proposal-opened': 'daily' } });

      const deadline = new Date(g.now().getTime() + 3 * DAY).toISOString();
      const proposalId = await g.propose({ title: 'Care rota', deadline });
      await notifyTick(ctx);
      expect(smtp.received.map((m) => [m.to && 'text' in m.to && m.to.text, m.subject])).toEqual([
        ['ana@coop.example', 'Test DisCO: Nueva propuesta: Care rota'],
      ]);
      const [toAna] = smtp.received;
      expect(toAna!.subject).toBe('Test DisCO: Nueva propuesta: Care rota');
      expect(toAna!.text).toContain(`Leer y votar: https://coop.example/proposals/${proposalId}`);
      expect(header(toAna!, 'content-language')).toBe('es');
      expect(header(toAna!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      const unsubscribeUrl =
        /<(https:\/\/coop\.example\/api\/notifications\/unsubscribe\/[^>]+)>/.exec(
          header(toAna!, 'list-unsubscribe') ?? '',
        )?.[1];
      expect(unsubscribeUrl).toBeDefined();

      // Sent once: another sweep, on this server or another, queues nothing new.
      await notifyTick(ctx);
      expect(smtp.received).toHaveLength(1);

      // The next day, Bo's daily digest carries the proposal he chose to read later, in English.
      g.advance(DAY);
      await notifyTick(ctx);
      const digest = smtp.received.find((m) => m.subject?.includes('today'));
      expect(digest?.subject).toBe('Test DisCO: 1 notification today');
      expect(digest?.text).toContain('- New proposal: Care rota');
      expect(header(digest!, 'content-language')).toBe('en');
      expect(header(digest!, 'list-unsubscribe')).toMatch(/^<https:\/\/coop\.example\/api\//);
      const count = smtp.received.length;
      await notifyTick(ctx);
      expect(smtp.received).toHaveLength(count);

      // The one-click link turns Ana's proposal mail off, and only that.
      const token = decodeURIComponent(unsubscribeUrl!.split('/').pop()!);
      expect(await unsubscribe(ctx, token)).toEqual({ kinds: ['proposal-opened'] });
      const settings = await showNotificationSettings(ctx, ana);
      expect(settings.kinds.find((k) => k.kind === 'proposal-opened')?.delivery).toBe('off');
      expect(settings.kinds.find((k) => k.kind === 'deadline-soon')?.delivery).toBe('immediate');
      await expect(unsubscribe(ctx, `${token.slice(0, -2)}xx`)).rejects.toThrow(/not valid/);

      // An outcome goes to the daily digest by default.
      g.advance(2 * DAY + HOUR);
      await closeDueProposals(ctx);
      await stateOutcome(ctx, g.founder, { proposalId, statement: 'Adopted.' });
      await notifyTick(ctx);
      g.advance(DAY);
      await notifyTick(ctx);
      const outcome = smtp.received.find((m) => m.text?.includes('Decidida: Care rota: Adopted.'));
      expect(outcome?.subject).toBe('Test DisCO: 1 aviso de hoy');
    });

    it('keeps mail in the outbox while the SMTP server is down and sends it once when it returns', async () => {
      const probe = await smtpServer();
      const port = probe.port;
      await probe.close();
      const g = await openTestGovernance(d);
      let now = Date.UTC(2026, 0, 6, 9);
      const ctx: AppContext = { ...g.gov, clock: () => new Date(now), notify: notifyOf(port) };
      await queueMail(ctx, 'mail:test:1', {
        to: 'ana@coop.example',
        subject: 'Hello',
        text: 'Once.',
        language: 'en',
        purpose: 'notice',
      });
      expect(await runDueJobs(ctx, JOB_HANDLERS)).toBe(1);
      const [waiting] = await listJobs(ctx, { kind: 'mail' });
      expect(waiting).toMatchObject({ state: 'pending', attempts: 1 });
      expect(waiting!.lastError).toMatch(/^the mail server could not be reached or failed: SMTP: /);
      expect(waiting!.lastErrorSaid).toEqual({ code: 'job.failure.smtp-failed', params: {} });
      expect(waiting!.lastError).not.toContain('s3cret-pass');

      const smtp = await smtpServer(port);
      closers.push(smtp.close);
      expect(await runDueJobs(ctx, JOB_HANDLERS)).toBe(0); // not before its backoff
      now += 1000;
      expect(await runDueJobs(ctx, JOB_HANDLERS)).toBe(1);
      now += 3_600_000;
      await runDueJobs(ctx, JOB_HANDLERS);
      expect(smtp.received.map((m) => m.subject)).toEqual(['Hello']);
      expect(await listJobs(ctx, { kind: 'mail' })).toMatchObject([{ state: 'done', attempts: 2 }]);
    });

    it('sends each mail exactly once with two servers sharing one job table', async () => {
      const smtp = await smtpServer();
      closers.push(smtp.close);
      const place = await testLocation(d);
      const now = Date.UTC(2026, 0, 6, 9);
      // SQLite allows one process per file in tests (see openStore); PostgreSQL shares between two.
      const servers: AppContext[] = [];
      for (let i = 0; i < (d.dialect === 'postgres' ? 2 : 1); i++)
        servers.push({
          store: await place.open(),
          node: null,
          clock: () => new Date(now),
          catalog: eventCatalog,
          checkpointEvery: 1000,
          dataDir: '',
          notify: notifyOf(smtp.port),
        });
      for (let i = 0; i < 12; i++)
        await queueMail(servers[0]!, `mail:test:${i}`, {
          to: `m${i}@coop.example`,
          subject: `Mail ${i}`,
          text: 'Once.',
          language: 'en',
          purpose: 'notice',
        });
      await Promise.all(
        servers.flatMap((ctx) => [runDueJobs(ctx, JOB_HANDLERS), runDueJobs(ctx, JOB_HANDLERS)]),
      );
      expect(smtp.received.map((m) => m.subject).sort()).toEqual(
        Array.from({ length: 12 }, (_, i) => `Mail ${i}`).sort(),
      );
      expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(12);
    });
  });
}

describe('mail secrets', () => {
  it('keeps the SMTP password out of a reason shown to founders', () => {
    expect(
      withoutSecrets('SMTP: auth failed for s3cret%40pass', 'smtp://u:s3cret%2540pass@h:25'),
    ).toBe('SMTP: auth failed for ***');
  });
});
