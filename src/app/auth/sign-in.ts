import { z } from 'zod';
import { invalid, refusal } from '../errors.js';
import { problemsOf } from '../problems.js';
import type { AuthContext } from './auth-context.js';
import { wrongCredentials } from './auth-errors.js';
import { emailField, passwordField } from './credentials.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { openSession, type Session } from './sessions.js';
import { reserveSignInAttempt, signInSucceeded } from './sign-in-limits.js';

export const signInInput = z.strictObject({ email: emailField, password: passwordField });
export type SignInInput = z.input<typeof signInInput>;

/**
 * Email and password in, a session out. Refused with 429 while the account or the client address
 * has too many recent failures, even for the right password; a wrong email and a wrong password
 * get the same answer in the same time.
 *
 * @example const { token, session } = await signIn(actx, { email: 'ana@example.org', password: '…' }, '203.0.113.7');
 */
export async function signIn(
  ctx: AuthContext,
  input: SignInInput,
  clientAddress: string,
): Promise<{ token: string; session: Session }> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success)
    throw invalid(refusal('refusal.sign-in-needs-email-and-password'), problemsOf(parsed.error));
  const { email, password } = parsed.data;
  const attempt = await reserveSignInAttempt(ctx, email, clientAddress);
  const account = await ctx.store.db
    .selectFrom('accounts')
    .select(['member_id', 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();
  const matches = await verifyPassword(
    account?.password_hash ?? (await decoyHash(ctx.auth.passwordCost)),
    password,
  );
  // Counted as a failure already, when it was reserved.
  if (!account || !matches) throw wrongCredentials();
  await signInSucceeded(ctx, attempt);
  return openSession(ctx, account.member_id);
}
