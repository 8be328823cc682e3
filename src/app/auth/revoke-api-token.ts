import type { Actor } from '../../core/access/actor.js';
import { notFound, refusal } from '../errors.js';
import type { AuthContext } from './auth-context.js';
import { ensureAllowed } from '../use-case-steps.js';

/**
 * Revokes an API token at once; revoking it again changes nothing. Its owner may, and so may
 * whoever the policy lets revoke other members' tokens.
 *
 * @example await revokeApiToken(actx, actor, tokenId);
 */
export async function revokeApiToken(
  ctx: AuthContext,
  actor: Actor | null,
  id: string,
): Promise<void> {
  ensureAllowed('token.revoke', actor, { memberId: actor?.memberId });
  const db = ctx.store.db;
  const row = await db
    .selectFrom('api_tokens')
    .select(['member_id', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row)
    throw notFound(
      refusal('refusal.no-such-api-token', { id }),
      refusal('hint.get-api-tokens-lists-yours'),
    );
  ensureAllowed('token.revoke', actor, { memberId: row.member_id });
  if (row.revoked_at) return;
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: ctx.clock().toISOString() })
    .where('id', '=', id)
    .execute();
}
