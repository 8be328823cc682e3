import type { Selectable } from 'kysely';
import type { PasswordResetsTable } from '../../store/schema.js';
import type { AuthContext } from './auth-context.js';
import { passwordResetExpired, passwordResetUnknown, passwordResetUsed } from './auth-errors.js';
import { isTokenShaped, tokenHash } from './secret-token.js';

/**
 * The password link a token names, if it can still be used; otherwise the refusal that says why
 * (never issued, already used or replaced, expired).
 *
 * @example const row = await usablePasswordReset(actx, token);
 */
export async function usablePasswordReset(
  ctx: AuthContext,
  token: string,
): Promise<Selectable<PasswordResetsTable>> {
  if (!isTokenShaped(token)) throw passwordResetUnknown();
  const row = await ctx.store.db
    .selectFrom('password_resets')
    .selectAll()
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row) throw passwordResetUnknown();
  if (row.used_at) throw passwordResetUsed(row.used_at);
  if (ctx.clock().getTime() >= new Date(row.expires_at).getTime())
    throw passwordResetExpired(row.expires_at);
  return row;
}
