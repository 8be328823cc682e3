import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { testNode } from '../../../test/support/ledger.js';
import { dialects, skipping, testLocation } from '../../../test/support/stores.js';
import { withAuth } from '../../app/auth/auth-context.js';
import { hashPassword, TEST_PASSWORD_COST } from '../../app/auth/passwords.js';
import type { AppContext } from '../../app/context.js';
import { eventCatalog } from '../../app/event-catalog.js';
import { initLedger } from '../../app/ledger/init-ledger.js';
import { createHttpApp } from '../app.js';
import { jsonBody } from '../test-community.js';

/*
 * The sign-in limits hold under concurrency: a burst of parallel guesses is counted before any
 * password is hashed, so no more guesses are evaluated than the limit allows, on either database
 * and, on PostgreSQL, across two servers sharing it.
 */

const PASSWORD = 'the right password, at last';
const MINUTE = 60_000;

for (const d of dialects) {
  describe.skipIf(skipping(d, 'sign-in limits under concurrency'))(
    `sign-in limits under concurrency (${d.dialect})`,
    () => {
      /** One DisCO whose founder has an account, served by one app (two on PostgreSQL). */
      const open = async () => {
        const place = await testLocation(d);
        let now = Date.UTC(2026, 0, 5, 9);
        const node = testNode().signer;
        const context = async (): Promise<AppContext> => ({
          store: await place.open(),
          node,
          clock: () => new Date(now),
          catalog: eventCatalog,
          checkpointEvery: 1000,
          dataDir: '',
        });
        const first = await context();
        const { founderId } = await initLedger(first, {
          name: 'Limited DisCO',
          currency: 'EUR',
          timeZone: 'UTC',
          founderName: 'Ana',
        });
        await first.store.db
          .insertInto('accounts')
          .values({
            member_id: founderId,
            email: 'ana@example.org',
            password_hash: await hashPassword(PASSWORD, TEST_PASSWORD_COST),
            created_at: new Date(now).toISOString(),
          })
          .execute();
        // Two SQLite connections in one process would wait on each other's lock with the event loop blocked.
        const contexts = d.dialect === 'postgres' ? [first, await context()] : [first];
        const logger = pino({ level: 'silent' });
        const apps = contexts.map((ctx) =>
          createHttpApp(ctx, {
            logger,
            auth: withAuth(ctx, { passwordCost: TEST_PASSWORD_COST }).auth,
          }),
        );
        const signIn = (i: number, email: string, password: string) =>
          apps[i % apps.length]!.request(
            '/api/auth/sign-in',
            jsonBody('POST', { email, password }),
          );
        return { signIn, advance: (ms: number) => void (now += ms) };
      };

      it('evaluates at most 5 of 100 parallel wrong passwords for one account; the rest, and then the right password, get 429 until the window passes', async () => {
        const { signIn, advance } = await open();
        const answers = await Promise.all(
          Array.from({ length: 100 }, (_, i) => signIn(i, 'ana@example.org', `wrong guess ${i}`)),
        );
        const statuses = answers.map((res) => res.status);
        expect(statuses.filter((s) => s === 401)).toHaveLength(5);
        expect(statuses.filter((s) => s === 429)).toHaveLength(95);
        for (const res of answers.filter((r) => r.status === 429))
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);

        const right = await signIn(0, 'ana@example.org', PASSWORD);
        expect(right.status).toBe(429);
        expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
        advance(15 * MINUTE + 1000);
        expect((await signIn(1, 'ana@example.org', PASSWORD)).status).toBe(200);
      });

      it('evaluates at most 20 of 100 parallel guesses at different accounts from one address', async () => {
        const { signIn } = await open();
        const answers = await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            signIn(i, `someone${i}@example.org`, `wrong guess ${i}`),
          ),
        );
        const statuses = answers.map((res) => res.status);
        expect(statuses.filter((s) => s === 401)).toHaveLength(20);
        expect(statuses.filter((s) => s === 429)).toHaveLength(80);
        expect((await signIn(0, 'ana@example.org', PASSWORD)).status).toBe(429);
      });

      it('lets a right password through while the account is under its limit, and forgets its failures then', async () => {
        const { signIn } = await open();
        for (let i = 0; i < 4; i++)
          expect((await signIn(i, 'ana@example.org', `wrong guess ${i}`)).status).toBe(401);
        const both = await Promise.all([
          signIn(0, 'ana@example.org', PASSWORD),
          signIn(1, 'ana@example.org', PASSWORD),
        ]);
        // One attempt was left; the other right password waits its turn as a 429 or signs in after the first cleared the count.
        expect(both.map((r) => r.status)).toContain(200);
        for (let i = 0; i < 5; i++)
          expect((await signIn(i, 'ana@example.org', `wrong again ${i}`)).status).toBe(401);
      });
    },
  );
}
