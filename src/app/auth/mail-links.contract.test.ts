import { afterEach, describe, expect, it } from 'vitest';
import { smtpServer } from '../../../test/support/smtp-server.js';
import { dialects, skipping } from '../../../test/support/stores.js';
import { openTestGovernance } from '../governance/test-governance.js';
import { runDueJobs } from '../jobs/job-queue.js';
import { saveSettings } from '../notify/notification-settings.js';
import { JOB_HANDLERS } from '../witnessing/witnessing-tick.js';
import { withAuth } from './auth-context.js';
import { inviteByMail } from './invite-by-mail.js';
import { passwordLinkByMail } from './password-link-by-mail.js';
import { expectRefused } from '../expect-refused.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

for (const d of dialects) {
  describe.skipIf(skipping(d, 'mail links'))(
    `invitations and password links by mail (${d.dialect})`,
    () => {
      it('mails the link in the language asked, once, and says so; without mail, only answers the token', async () => {
        const smtp = await smtpServer();
        closers.push(smtp.close);
        const g = await openTestGovernance(d);
        const mailing = withAuth({
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
        });
        const invitation = await inviteByMail(mailing, g.founder, {
          level: null,
          constituencyIds: ['supporters'],
          mailTo: 'bo@coop.example',
          mailLanguage: 'es',
        });
        expect(invitation).toMatchObject({ mailed: true, mailConfigured: true });
        await expectRefused(
          mailing,
          () =>
            inviteByMail(mailing, g.founder, {
              level: null,
              constituencyIds: ['supporters'],
              mailTo: 'not an address',
            }),
          400,
        );

        const ana = await g.worker('Ana');
        await mailing.store.db
          .insertInto('accounts')
          .values({
            member_id: ana.memberId,
            email: 'ana@coop.example',
            password_hash: 'not used here',
            created_at: g.now().toISOString(),
          })
          .execute();
        await saveSettings(mailing, ana.memberId, { language: 'en' });
        const reset = await passwordLinkByMail(mailing, g.founder, {
          memberId: ana.memberId,
          mail: true,
        });
        expect(reset.mailed).toBe(true);
        await runDueJobs(mailing, JOB_HANDLERS);
        await runDueJobs(mailing, JOB_HANDLERS);

        const byTo = new Map(
          smtp.received.map((m) => [m.to && 'text' in m.to ? m.to.text : '', m] as const),
        );
        expect(smtp.received).toHaveLength(2);
        const invited = byTo.get('bo@coop.example')!;
        expect(invited.subject).toMatch(/^Te invitan a unirte a /);
        expect(invited.text).toContain(`https://coop.example/join#${invitation.token}`);
        expect(invited.headers.get('list-unsubscribe')).toBeUndefined();
        const resetMail = byTo.get('ana@coop.example')!;
        expect(resetMail.subject).toMatch(/^Choose a new password for /);
        expect(resetMail.text).toContain(`https://coop.example/reset-password#${reset.token}`);

        // A node without mail: the token is answered as ever, and nothing is queued.
        const plain = withAuth(g.gov);
        const handOver = await inviteByMail(plain, g.founder, {
          level: null,
          constituencyIds: ['supporters'],
          mailTo: 'cy@coop.example',
        });
        expect(handOver).toMatchObject({ mailed: false, mailConfigured: false });
        expect(handOver.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
        const again = await passwordLinkByMail(plain, g.founder, {
          memberId: ana.memberId,
          mail: true,
        });
        expect(again).toMatchObject({ mailed: false, mailConfigured: false });
        expect(await mailing.store.db.selectFrom('jobs').select('id').execute()).toHaveLength(2);
      });
    },
  );
}
