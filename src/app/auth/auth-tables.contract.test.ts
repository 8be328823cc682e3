import { describe, expect, it } from 'vitest';
import { dialects, skipping, testStore } from '../../../test/support/stores.js';
import type { Actor } from '../../core/access/actor.js';
import type { AppContext } from '../context.js';
import { eventCatalog } from '../event-catalog.js';
import { acceptInvitation } from './accept-invitation.js';
import { withAuth } from './auth-context.js';
import { createApiToken } from './create-api-token.js';
import { storeInvitation } from './issue-invitation.js';
import { listApiTokens } from './list-api-tokens.js';
import { TEST_PASSWORD_COST } from './passwords.js';
import { resetPassword } from './reset-password.js';
import { resolveApiToken } from './resolve-api-token.js';
import { newSecretToken, tokenHash } from './secret-token.js';
import { revokeApiToken } from './revoke-api-token.js';
import { currentSession, signOut } from './sessions.js';
import { signIn } from './sign-in.js';

/*
 * The off-ledger tables behave alike on SQLite and PostgreSQL: conditional claims, conflicts,
 * counts in the rate-limit window, and `replay` leaves them alone.
 */

const member = (memberId: string): Actor => ({
  memberId,
  displayName: 'Ana',
  founder: true,
  status: 'active',
  level: 'committed',
  datingStage: null,
  constituencies: [],
  circles: [],
});

for (const d of dialects) {
  describe.skipIf(skipping(d, 'auth tables'))(`auth tables (${d.dialect})`, () => {
    const open = async () => {
      let now = Date.UTC(2026, 0, 5, 9);
      const store = await testStore(d);
      const base: AppContext = {
        store,
        node: null,
        clock: () => new Date(now),
        catalog: eventCatalog,
        checkpointEvery: 1000,
        dataDir: '',
      };
      return {
        ctx: withAuth(base, { passwordCost: TEST_PASSWORD_COST }),
        advance: (ms: number) => void (now += ms),
      };
    };

    it('turns a founder invitation into an account once, signs in, rate-limits, and survives replay', async () => {
      const { ctx, advance } = await open();
      const memberId = '019b0000-0000-7000-8000-000000000001';
      const { token } = await storeInvitation(ctx, { kind: 'founder', memberId }, null);
      const accepted = await acceptInvitation(ctx, token, {
        email: 'ana@example.org',
        password: 'the founder password',
      });
      expect(accepted.memberId).toBe(memberId);
      await expect(
        acceptInvitation(ctx, token, {
          email: 'other@example.org',
          password: 'the founder password',
        }),
      ).rejects.toMatchObject({ code: 'invitation-used' });
      expect((await currentSession(ctx, accepted.token)).memberId).toBe(memberId);
      await signOut(ctx, accepted.token);
      await expect(currentSession(ctx, accepted.token)).rejects.toMatchObject({
        code: 'session-unknown',
      });

      for (let i = 0; i < 5; i++)
        await expect(
          signIn(ctx, { email: 'ana@example.org', password: `wrong ${i}` }, '192.0.2.1'),
        ).rejects.toMatchObject({ code: 'wrong-credentials' });
      await expect(
        signIn(ctx, { email: 'ana@example.org', password: 'the founder password' }, '192.0.2.1'),
      ).rejects.toMatchObject({ status: 429 });
      advance(15 * 60_000 + 1);
      expect(
        (
          await signIn(
            ctx,
            { email: 'ANA@example.org', password: 'the founder password' },
            '192.0.2.1',
          )
        ).session.memberId,
      ).toBe(memberId);

      await ctx.store.replay();
      expect(await ctx.store.db.selectFrom('accounts').select('email').execute()).toEqual([
        { email: 'ana@example.org' },
      ]);
    });

    it('creates, resolves and revokes API tokens', async () => {
      const { ctx } = await open();
      const ana = member('019b0000-0000-7000-8000-000000000002');
      const { id, token } = await createApiToken(ctx, ana, { name: 'cli' });
      expect(await resolveApiToken(ctx, token)).toEqual({ memberId: ana.memberId, tokenId: id });
      await revokeApiToken(ctx, ana, id);
      await expect(resolveApiToken(ctx, token)).rejects.toMatchObject({ code: 'token-revoked' });
      expect((await listApiTokens(ctx, ana))[0]).toMatchObject({
        id,
        revokedAt: expect.any(String),
      });
    });

    it('lets a password link work once when two submissions race, ending the sessions of the account', async () => {
      const { ctx } = await open();
      const memberId = '019b0000-0000-7000-8000-000000000003';
      const { token: invitation } = await storeInvitation(ctx, { kind: 'founder', memberId }, null);
      const accepted = await acceptInvitation(ctx, invitation, {
        email: 'bo@example.org',
        password: 'the lost password',
      });
      const link = newSecretToken();
      const now = ctx.clock().toISOString();
      await ctx.store.db
        .insertInto('password_resets')
        .values({
          id: 'reset-1',
          token_hash: tokenHash(link),
          member_id: memberId,
          issued_by: memberId,
          created_at: now,
          expires_at: '2026-01-07T09:00:00.000Z',
          used_at: null,
        })
        .execute();
      const outcomes = await Promise.allSettled([
        resetPassword(ctx, link, { password: 'the first new password' }),
        resetPassword(ctx, link, { password: 'the second new password' }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
        reason: { code: 'password-reset-used' },
      });
      await expect(currentSession(ctx, accepted.token)).rejects.toMatchObject({
        code: 'session-unknown',
      });
      const winner = outcomes.findIndex((o) => o.status === 'fulfilled');
      const password = winner === 0 ? 'the first new password' : 'the second new password';
      expect(
        (await signIn(ctx, { email: 'bo@example.org', password }, '192.0.2.9')).session.memberId,
      ).toBe(memberId);
    });
  });
}
