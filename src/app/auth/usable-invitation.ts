import type { Selectable } from 'kysely';
import type { InvitationsTable } from '../../store/schema.js';
import type { AuthContext } from './auth-context.js';
import { invitationExpired, invitationUnknown, invitationUsed } from './auth-errors.js';
import { isTokenShaped, tokenHash } from './secret-token.js';

/**
 * The invitation a token names, if it can still be accepted; otherwise the refusal that says why
 * (never issued, already used, expired).
 *
 * @example const row = await usableInvitation(actx, token);
 */
export async function usableInvitation(
  ctx: AuthContext,
  token: string,
): Promise<Selectable<InvitationsTable>> {
  if (!isTokenShaped(token)) throw invitationUnknown();
  const row = await ctx.store.db
    .selectFrom('invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row) throw invitationUnknown();
  if (row.used_at) throw invitationUsed(row.used_at);
  if (ctx.clock().getTime() >= new Date(row.expires_at).getTime())
    throw invitationExpired(row.expires_at);
  return row;
}
