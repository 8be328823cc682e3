import { loadActor } from '../members/load-actor.js';
import type { AuthContext } from './auth-context.js';
import { usablePasswordReset } from './usable-password-reset.js';

/**
 * Whose password a link resets, so the page can greet them by name and say at once when the
 * link is used or expired, before they type a new password.
 *
 * @example const { displayName } = await previewPasswordReset(actx, tokenFromLink);
 */
export async function previewPasswordReset(
  ctx: AuthContext,
  token: string,
): Promise<{ memberId: string; displayName: string; expiresAt: string }> {
  const row = await usablePasswordReset(ctx, token);
  const member = await loadActor(ctx, row.member_id);
  return {
    memberId: row.member_id,
    displayName: member?.displayName ?? row.member_id,
    expiresAt: row.expires_at,
  };
}
