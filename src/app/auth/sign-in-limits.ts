import { createHash } from 'node:crypto';
import type { AuthContext } from './auth-context.js';
import { TooManySignIns } from './auth-errors.js';
import { uuidv7 } from '../ids.js';

/**
 * Failed sign-ins live in the database, not in memory, so that several servers on one
 * PostgreSQL enforce one limit, and a restart does not reset it.
 */

/** The failures table is keyed by a hash of the email: it must not become a list of addresses. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex');
}

/**
 * Refuses with 429 while the account or the client address has used up its failures in the
 * window, naming when the oldest of them leaves it. Checked before the password, so that the
 * right password is refused too: otherwise a guesser would learn when they hit it.
 *
 * @example await checkSignInLimits(actx, 'ana@example.org', '203.0.113.7');
 */
export async function checkSignInLimits(
  ctx: AuthContext,
  email: string,
  address: string,
): Promise<void> {
  const { windowMs, perAccount, perAddress } = ctx.auth.signInLimits;
  const now = ctx.clock().getTime();
  const since = new Date(now - windowMs).toISOString();
  const db = ctx.store.db;
  const checks = [
    {
      reason: 'account' as const,
      column: 'account_key' as const,
      value: accountKey(email),
      limit: perAccount,
    },
    { reason: 'address' as const, column: 'address' as const, value: address, limit: perAddress },
  ];
  for (const { reason, column, value, limit } of checks) {
    const failures = await db
      .selectFrom('sign_in_failures')
      .select('at')
      .where(column, '=', value)
      .where('at', '>', since)
      .orderBy('at', 'desc')
      .limit(limit)
      .execute();
    if (failures.length < limit) continue;
    // The limit-th most recent failure is the one whose leaving the window frees an attempt.
    const freedAt = new Date(failures[limit - 1]!.at).getTime() + windowMs;
    throw new TooManySignIns(
      Math.max(1, Math.ceil((freedAt - now) / 1000)),
      new Date(freedAt).toISOString(),
      reason,
    );
  }
}

/**
 * Counts a failed sign-in, and forgets failures that have left the window.
 *
 * @example await recordSignInFailure(actx, 'ana@example.org', '203.0.113.7');
 */
export async function recordSignInFailure(
  ctx: AuthContext,
  email: string,
  address: string,
): Promise<void> {
  const now = ctx.clock();
  const db = ctx.store.db;
  await db
    .insertInto('sign_in_failures')
    .values({
      id: uuidv7(ctx.clock),
      account_key: accountKey(email),
      address,
      at: now.toISOString(),
    })
    .execute();
  await db
    .deleteFrom('sign_in_failures')
    .where('at', '<=', new Date(now.getTime() - ctx.auth.signInLimits.windowMs).toISOString())
    .execute();
}

/**
 * After a successful sign-in the account starts afresh; the address keeps its count, since one
 * address guessing at many accounts is what that limit is for.
 *
 * @example await clearAccountFailures(actx, 'ana@example.org');
 */
export async function clearAccountFailures(ctx: AuthContext, email: string): Promise<void> {
  await ctx.store.db
    .deleteFrom('sign_in_failures')
    .where('account_key', '=', accountKey(email))
    .execute();
}
