import type { AuthContext } from './auth-context.js';
import { tokenExpired, tokenRevoked, tokenUnknown } from './auth-errors.js';
import { isTokenShaped, tokenHash } from './secret-token.js';

/** Recording every use would make each API read a write; a minute is precise enough to audit. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The member a bearer token acts for, or a 401 saying why not (unknown, expired or revoked).
 *
 * @example const { memberId } = await resolveApiToken(actx, bearer);
 */
export async function resolveApiToken(
  ctx: AuthContext,
  token: string,
): Promise<{ memberId: string; tokenId: string }> {
  if (!isTokenShaped(token)) throw tokenUnknown();
  const db = ctx.store.db;
  const row = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row) throw tokenUnknown();
  if (row.revoked_at) throw tokenRevoked(row.revoked_at);
  const now = ctx.clock();
  if (row.expires_at && now.getTime() >= new Date(row.expires_at).getTime())
    throw tokenExpired(row.expires_at);
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() >= TOUCH_EVERY_MS) {
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
  return { memberId: row.member_id, tokenId: row.id };
}
