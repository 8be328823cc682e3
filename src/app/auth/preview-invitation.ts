import type { LevelState } from '../../core/members/vocabulary.js';
import { readDiscoProfile } from '../read-disco-profile.js';
import type { AuthContext } from './auth-context.js';
import type { MemberInvitationTerms } from './invitation-terms.js';
import { usableInvitation } from './usable-invitation.js';

export interface InvitationPreview {
  kind: 'member' | 'founder';
  discoName: string | null;
  /** Shown name of the member who invited; null for the founder's own invitation. */
  invitedBy: string | null;
  level: LevelState | null;
  constituencies: Array<{ id: string; name: string }>;
  expiresAt: string;
}

/**
 * What an invitation offers, for its holder to read before accepting. The token is the
 * credential: whoever holds it may see this, and nobody else can find it.
 *
 * @example const preview = await previewInvitation(actx, tokenFromLink);
 */
export async function previewInvitation(
  ctx: AuthContext,
  token: string,
): Promise<InvitationPreview> {
  const row = await usableInvitation(ctx, token);
  const db = ctx.store.db;
  const terms = row.kind === 'member' ? (JSON.parse(row.terms) as MemberInvitationTerms) : null;
  const inviter = row.invited_by
    ? await db
        .selectFrom('members')
        .select('display_name')
        .where('id', '=', row.invited_by)
        .executeTakeFirst()
    : undefined;
  const constituencies =
    terms && terms.constituencyIds.length > 0
      ? await db
          .selectFrom('constituencies')
          .select(['id', 'name'])
          .where('id', 'in', terms.constituencyIds)
          .orderBy('name')
          .execute()
      : [];
  return {
    kind: row.kind,
    discoName: (await readDiscoProfile(ctx))?.name ?? null,
    invitedBy: inviter?.display_name ?? null,
    level: terms?.level ?? null,
    constituencies,
    expiresAt: row.expires_at,
  };
}
