import type { Actor } from '../../core/access/actor.js';
import type { AuthContext } from './auth-context.js';
import type { ApiTokenInfo } from './create-api-token.js';
import { ensureAllowed } from '../use-case-steps.js';

/**
 * A member's API tokens (the actor's own unless `memberId` names another), newest first, revoked
 * and expired ones included so that one can see what was used when. Never the secrets.
 *
 * @example const mine = await listApiTokens(actx, actor);
 */
export async function listApiTokens(
  ctx: AuthContext,
  actor: Actor | null,
  memberId?: string,
): Promise<ApiTokenInfo[]> {
  const owner = memberId ?? actor?.memberId;
  ensureAllowed('token.list', actor, owner === undefined ? {} : { memberId: owner });
  const rows = await ctx.store.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('member_id', '=', owner!)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  }));
}
