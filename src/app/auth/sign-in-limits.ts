import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { EXCLUSIVE_LOCKS, exclusiveTransaction } from '../../store/exclusive-transaction.js';
import type { Database } from '../../store/schema.js';
import { uuidv7 } from '../ids.js';
import type { AuthContext } from './auth-context.js';
import { TooManySignIns } from './auth-errors.js';

/**
 * Failed sign-ins live in the database, not in memory, so that several servers on one
 * PostgreSQL enforce one limit, and a restart does not reset it.
 */

/** The failures table is keyed by a hash of the email: it must not become a list of addresses. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex');
}

/** Stands in for the account key of failures the account was forgiven; no SHA-256 looks like it. */
const FORGIVEN = 'forgiven';

/** A password check that has been counted and may go ahead. */
export interface SignInAttempt {
  readonly id: string;
  readonly email: string;
}

/**
 * Counts an attempt before its password is hashed, refusing with 429 while the account or the
 * client address has used up its attempts in the window (naming when the oldest of them leaves
 * it). The attempt is recorded as a failure in the same serialized transaction as the count, and
 * stays one unless `signInSucceeded` or `releaseSignInAttempt` says otherwise: so a burst of
 * parallel guesses gets no more evaluations than the limit, and the right password is refused
 * too while the limit holds (otherwise a guesser would learn when they hit it).
 *
 * @example const attempt = await reserveSignInAttempt(actx, 'ana@example.org', '203.0.113.7');
 */
export async function reserveSignInAttempt(
  ctx: AuthContext,
  email: string,
  address: string,
): Promise<SignInAttempt> {
  const now = ctx.clock();
  const id = uuidv7(ctx.clock);
  await exclusiveTransaction(ctx.store, EXCLUSIVE_LOCKS.signInAttempts, async (db) => {
    await refuseBeyondLimits(ctx, db, email, address, now.getTime());
    await db
      .insertInto('sign_in_failures')
      .values({ id, account_key: accountKey(email), address, at: now.toISOString() })
      .execute();
    await db
      .deleteFrom('sign_in_failures')
      .where('at', '<=', new Date(now.getTime() - ctx.auth.signInLimits.windowMs).toISOString())
      .execute();
  });
  return { id, email };
}

async function refuseBeyondLimits(
  ctx: AuthContext,
  db: Kysely<Database>,
  email: string,
  address: string,
  now: number,
): Promise<void> {
  const { windowMs, perAccount, perAddress } = ctx.auth.signInLimits;
  const since = new Date(now - windowMs).toISOString();
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
 * The password was right: the attempt was no failure, and the account starts afresh.
 *
 * @example await signInSucceeded(actx, attempt);
 */
export async function signInSucceeded(ctx: AuthContext, attempt: SignInAttempt): Promise<void> {
  await releaseSignInAttempt(ctx, attempt);
  await clearAccountFailures(ctx, attempt.email);
}

/**
 * The password was right but the request was refused for another reason: nothing was guessed, so
 * the attempt counts for nothing.
 *
 * @example await releaseSignInAttempt(actx, attempt);
 */
export async function releaseSignInAttempt(
  ctx: AuthContext,
  attempt: SignInAttempt,
): Promise<void> {
  await ctx.store.db.deleteFrom('sign_in_failures').where('id', '=', attempt.id).execute();
}

/**
 * The account starts afresh; the address keeps its count, since one address guessing at many
 * accounts is what that limit is for.
 *
 * @example await clearAccountFailures(actx, 'ana@example.org');
 */
export async function clearAccountFailures(ctx: AuthContext, email: string): Promise<void> {
  await ctx.store.db
    .updateTable('sign_in_failures')
    .set({ account_key: FORGIVEN })
    .where('account_key', '=', accountKey(email))
    .execute();
}
