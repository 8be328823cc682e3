import type { AuthContext } from './auth-context.js';
import { sessionExpired, sessionUnknown } from './auth-errors.js';
import { csrfTokenFor } from './csrf-token.js';
import { isTokenShaped, newSecretToken, tokenHash } from './secret-token.js';

/** A session as its holder sees it: the cookie's secret is only in `token`, once, at sign-in. */
export interface Session {
  memberId: string;
  expiresAt: string;
  /** Send back in `X-CSRF-Token` on every write authenticated by the session cookie. */
  csrfToken: string;
}

/** A client that touches a session often need not write to the database each time. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Opens a session for a member who has just proven who they are.
 *
 * @example const { token, session } = await openSession(actx, memberId); // token goes in the cookie
 */
export async function openSession(
  ctx: AuthContext,
  memberId: string,
): Promise<{ token: string; session: Session }> {
  const token = newSecretToken();
  const now = ctx.clock();
  const expiresAt = new Date(now.getTime() + ctx.auth.sessionLifetimeMs).toISOString();
  await ctx.store.db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash(token),
      member_id: memberId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      last_seen_at: now.toISOString(),
    })
    .execute();
  return { token, session: { memberId, expiresAt, csrfToken: csrfTokenFor(token) } };
}

/**
 * The session a cookie names, or a 401 saying why not (unknown, or expired by age or idleness;
 * an expired session is deleted). Notes the use, at most once a minute.
 *
 * @example const session = await currentSession(actx, cookieValue);
 */
export async function currentSession(ctx: AuthContext, token: string): Promise<Session> {
  if (!isTokenShaped(token)) throw sessionUnknown();
  const hash = tokenHash(token);
  const db = ctx.store.db;
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', hash)
    .executeTakeFirst();
  if (!row) throw sessionUnknown();
  const now = ctx.clock().getTime();
  const idleEnd = new Date(row.last_seen_at).getTime() + ctx.auth.sessionIdleMs;
  const end = Math.min(new Date(row.expires_at).getTime(), idleEnd);
  if (now >= end) {
    await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
    throw sessionExpired(new Date(end).toISOString());
  }
  if (now - new Date(row.last_seen_at).getTime() >= TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now).toISOString() })
      .where('token_hash', '=', hash)
      .execute();
  }
  return { memberId: row.member_id, expiresAt: row.expires_at, csrfToken: csrfTokenFor(token) };
}

/**
 * Ends a session; ending one that is already gone is not an error.
 *
 * @example await signOut(actx, cookieValue);
 */
export async function signOut(ctx: AuthContext, token: string): Promise<void> {
  if (!isTokenShaped(token)) return;
  await ctx.store.db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
}
