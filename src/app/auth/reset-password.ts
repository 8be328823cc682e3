import { refusal } from '../errors.js';
import { z } from 'zod';
import { parseInput } from '../use-case-steps.js';
import type { AuthContext } from './auth-context.js';
import { passwordResetUsed } from './auth-errors.js';
import { newPasswordField } from './credentials.js';
import { hashPassword } from './passwords.js';
import { openSession, type Session } from './sessions.js';
import { clearAccountFailures } from './sign-in-limits.js';
import { usablePasswordReset } from './usable-password-reset.js';

export const resetPasswordInput = z.strictObject({ password: newPasswordField });
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;

/**
 * A member chooses a new password with the single-use link a founder gave them, and is signed in.
 * Every earlier session ends. A private key kept on the node was encrypted under the lost
 * password, so nobody can decrypt it any more: it is dropped, and the answer says so, so that the
 * member revokes that key and registers a new one. The key on the ledger is untouched.
 *
 * @example const { keyDropped } = await resetPassword(actx, tokenFromLink, { password: 'a new long password' });
 */
export async function resetPassword(
  ctx: AuthContext,
  token: string,
  input: ResetPasswordInput,
): Promise<{ memberId: string; keyDropped: boolean; token: string; session: Session }> {
  const row = await usablePasswordReset(ctx, token);
  const db = ctx.store.db;
  const now = ctx.clock();
  const { password } = parseInput(
    resetPasswordInput,
    input,
    refusal('refusal.new-password-cannot-be-set'),
  );
  const passwordHash = await hashPassword(password, ctx.auth.passwordCost);
  const outcome = await db.transaction().execute(async (tx) => {
    // A conditional claim makes the link single-use even when two tabs submit at once.
    const claimed = await tx
      .updateTable('password_resets')
      .set({ used_at: now.toISOString() })
      .where('id', '=', row.id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (claimed.numUpdatedRows === 0n) return null;
    const account = await tx
      .selectFrom('accounts')
      .select('email')
      .where('member_id', '=', row.member_id)
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('accounts')
      .set({ password_hash: passwordHash })
      .where('member_id', '=', row.member_id)
      .execute();
    const dropped = await tx
      .deleteFrom('device_keys')
      .where('member_id', '=', row.member_id)
      .executeTakeFirst();
    await tx.deleteFrom('sessions').where('member_id', '=', row.member_id).execute();
    return { email: account.email, keyDropped: dropped.numDeletedRows > 0n };
  });
  if (outcome === null) throw passwordResetUsed(now.toISOString());
  await clearAccountFailures(ctx, outcome.email);
  return {
    memberId: row.member_id,
    keyDropped: outcome.keyDropped,
    ...(await openSession(ctx, row.member_id)),
  };
}
