import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { invalid, refusal } from '../errors.js';
import { problemsOf } from '../problems.js';
import type { AuthContext } from './auth-context.js';
import { ensureAllowed } from '../use-case-steps.js';
import { uuidv7 } from '../ids.js';
import { newSecretToken, tokenHash } from './secret-token.js';

export const createApiTokenInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'name the token after where it is used, e.g. "laptop CLI"')
    .max(100, 'must be at most 100 characters'),
  expiresInDays: z
    .number()
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(3650, 'must be at most 3650')
    .optional(),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;

/** An API token as listed: everything but the secret, which is shown once, at creation. */
export interface ApiTokenInfo {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/**
 * Creates a bearer token for the CLI or an integration, acting as the member who made it.
 * The secret is returned this once; only its SHA-256 is stored.
 *
 * @example const { token } = await createApiToken(actx, actor, { name: 'laptop CLI', expiresInDays: 90 });
 */
export async function createApiToken(
  ctx: AuthContext,
  actor: Actor | null,
  input: CreateApiTokenInput,
): Promise<ApiTokenInfo & { token: string }> {
  ensureAllowed('token.create', actor, { memberId: actor?.memberId });
  const me = actor!;
  const parsed = createApiTokenInput.safeParse(input);
  if (!parsed.success)
    throw invalid(refusal('refusal.token-cannot-be-created'), problemsOf(parsed.error));
  const now = ctx.clock();
  const token = newSecretToken();
  const info: ApiTokenInfo = {
    id: uuidv7(ctx.clock),
    name: parsed.data.name,
    createdAt: now.toISOString(),
    expiresAt:
      parsed.data.expiresInDays === undefined
        ? null
        : new Date(now.getTime() + parsed.data.expiresInDays * 86_400_000).toISOString(),
    revokedAt: null,
    lastUsedAt: null,
  };
  await ctx.store.db
    .insertInto('api_tokens')
    .values({
      id: info.id,
      member_id: me.memberId,
      name: info.name,
      token_hash: tokenHash(token),
      created_at: info.createdAt,
      expires_at: info.expiresAt,
      revoked_at: null,
      last_used_at: null,
    })
    .execute();
  return { ...info, token };
}
