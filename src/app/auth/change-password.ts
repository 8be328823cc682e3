import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { invalid, notFound, refusal } from '../errors.js';
import { ensureAllowed, parseInput } from '../use-case-steps.js';
import type { AuthContext } from './auth-context.js';
import { wrongCredentials } from './auth-errors.js';
import { newPasswordField, passwordField } from './credentials.js';
import { deviceIdField, encryptedPrivateKeyField, keptKeysOf } from './member-key-vault.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { openSession, type Session } from './sessions.js';
import { releaseSignInAttempt, reserveSignInAttempt, signInSucceeded } from './sign-in-limits.js';

export const changePasswordInput = z.strictObject({
  currentPassword: passwordField,
  newPassword: newPasswordField,
  /** Every private key kept for the member, by device, re-encrypted by the browser under the new password. */
  encryptedPrivateKeys: z.record(deviceIdField, encryptedPrivateKeyField).optional(),
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

/**
 * A member changes their own password, proving the current one. Wrong current passwords count
 * against the sign-in limits, so a stolen session cannot be used to guess it. Every session of
 * the member ends (a thief's too) and a fresh one is opened for the caller.
 *
 * Private keys kept on the node (one per device) are encrypted under a key derived from the
 * password, which the server never sees; so the browser must send every one of them re-encrypted
 * under the new password, or the member would lose the devices it left out.
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
    refusal('refusal.password-cannot-be-changed'),
  );
  const me = actor!;
  const db = ctx.store.db;
  const account = await db
    .selectFrom('accounts')
    .select(['email', 'password_hash'])
    .where('member_id', '=', me.memberId)
    .executeTakeFirst();
  if (!account)
    throw notFound(
      refusal('refusal.no-account-with-password'),
      refusal('hint.accounts-come-from-accepting-invitation-api'),
    );
  if (parsed.newPassword === parsed.currentPassword) {
    throw invalid(refusal('refusal.new-password-same-as-current'), [
      { field: 'newPassword', message: 'choose a password different from the current one' },
    ]);
  }
  const attempt = await reserveSignInAttempt(ctx, account.email, clientAddress);
  // Counted as a failure already, when it was reserved.
  if (!(await verifyPassword(account.password_hash, parsed.currentPassword)))
    throw wrongCredentials();
  const kept = await keptKeysOf(db, me.memberId);
  const sent = parsed.encryptedPrivateKeys ?? {};
  const missing = kept.filter((k) => sent[k.deviceId] === undefined).map((k) => k.deviceId);
  const unknown = Object.keys(sent).filter((id) => !kept.some((k) => k.deviceId === id));
  if (missing.length > 0 || unknown.length > 0) {
    await releaseSignInAttempt(ctx, attempt);
    throw invalid(refusal('refusal.kept-keys-need-re-encrypting'), [
      {
        field: 'encryptedPrivateKeys',
        message:
          missing.length > 0
            ? `send every kept key re-encrypted under the new password; missing device ${missing.join(', ')} (the Deck does this for you)`
            : `no key is kept for device ${unknown.join(', ')}; send only the kept ones (GET /api/me/keys)`,
      },
    ]);
  }
  const passwordHash = await hashPassword(parsed.newPassword, ctx.auth.passwordCost);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('accounts')
      .set({ password_hash: passwordHash })
      .where('member_id', '=', me.memberId)
      .execute();
    for (const key of kept) {
      await tx
        .updateTable('device_keys')
        .set({ encrypted_private_key: sent[key.deviceId]! })
        .where('member_id', '=', me.memberId)
        .where('device_id', '=', key.deviceId)
        .execute();
    }
    await tx.deleteFrom('sessions').where('member_id', '=', me.memberId).execute();
  });
  await signInSucceeded(ctx, attempt);
  return openSession(ctx, me.memberId);
}
