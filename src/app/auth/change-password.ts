import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { invalid, notFound } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import type { AuthContext } from './auth-context.js';
import { wrongCredentials } from './auth-errors.js';
import { newPasswordField, passwordField } from './credentials.js';
import { storeMemberKeyInput } from './member-key-vault.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { openSession, type Session } from './sessions.js';
import { releaseSignInAttempt, reserveSignInAttempt, signInSucceeded } from './sign-in-limits.js';

export const changePasswordInput = z.strictObject({
  currentPassword: passwordField,
  newPassword: newPasswordField,
  /** The member's stored private key, re-encrypted by the browser under the new password. */
  encryptedPrivateKey: storeMemberKeyInput.shape.encryptedPrivateKey.optional(),
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

/**
 * A member changes their own password, proving the current one. Wrong current passwords count
 * against the sign-in limits, so a stolen session cannot be used to guess it. Every session of
 * the member ends (a thief's too) and a fresh one is opened for the caller.
 *
 * A private key kept on the node is encrypted under a key derived from the password, which the
 * server never sees; so when one is kept, the browser must send it re-encrypted under the new
 * password, or the member would lose their key.
 *
 * @example const { token, session } = await changePassword(actx, ana, { currentPassword: 'old…', newPassword: 'new…' }, '203.0.113.7');
 */
export async function changePassword(
  ctx: AuthContext,
  actor: Actor | null,
  input: ChangePasswordInput,
  clientAddress: string,
): Promise<{ token: string; session: Session }> {
  ensureAllowed('account.password', actor, { memberId: actor?.memberId });
  const parsed = parseInput(
    changePasswordInput,
    input,
    'The password cannot be changed with these details.',
  );
  const me = actor!;
  const db = ctx.store.db;
  const account = await db
    .selectFrom('accounts')
    .select(['email', 'password_hash', 'encrypted_private_key'])
    .where('member_id', '=', me.memberId)
    .executeTakeFirst();
  if (!account)
    throw notFound(
      'You have no account with a password on this node.',
      'Accounts come from accepting an invitation; API tokens have no password.',
    );
  if (parsed.newPassword === parsed.currentPassword) {
    throw invalid('The new password is the same as the current one.', [
      { field: 'newPassword', message: 'choose a password different from the current one' },
    ]);
  }
  const attempt = await reserveSignInAttempt(ctx, account.email, clientAddress);
  // Counted as a failure already, when it was reserved.
  if (!(await verifyPassword(account.password_hash, parsed.currentPassword)))
    throw wrongCredentials();
  if (account.encrypted_private_key !== null && parsed.encryptedPrivateKey === undefined) {
    await releaseSignInAttempt(ctx, attempt);
    throw invalid('Your signing key is kept on this node encrypted under your current password.', [
      {
        field: 'encryptedPrivateKey',
        message: 'send the key re-encrypted under the new password (the Deck does this for you)',
      },
    ]);
  }
  const passwordHash = await hashPassword(parsed.newPassword, ctx.auth.passwordCost);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('accounts')
      .set({
        password_hash: passwordHash,
        ...(parsed.encryptedPrivateKey !== undefined && account.encrypted_private_key !== null
          ? { encrypted_private_key: parsed.encryptedPrivateKey }
          : {}),
      })
      .where('member_id', '=', me.memberId)
      .execute();
    await tx.deleteFrom('sessions').where('member_id', '=', me.memberId).execute();
  });
  await signInSucceeded(ctx, attempt);
  return openSession(ctx, me.memberId);
}
