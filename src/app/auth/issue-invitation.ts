import { refusal } from '../errors.js';
import type { Actor } from '../../core/access/actor.js';
import { newMemberProblems } from '../../core/members/member-rules.js';
import { findConstituency, readConstituencies } from '../members/member-facts.js';
import type { AuthContext } from './auth-context.js';
import { ensureAllowed, parseInput, refuseIf } from '../use-case-steps.js';
import {
  memberInvitationTerms,
  type MemberInvitationTerms,
  type StoredInvitationTerms,
} from './invitation-terms.js';
import { uuidv7 } from '../ids.js';
import { newSecretToken, tokenHash } from './secret-token.js';

export interface IssuedInvitation {
  id: string;
  /** The secret to hand to the newcomer (in a link); shown this once, only its hash is stored. */
  token: string;
  expiresAt: string;
}

/**
 * Invites someone to join with the given level and constituencies: single-use, expiring after
 * the configured lifetime (7 days by default). Nothing reaches the ledger until it is accepted,
 * and then only the member, never the token.
 *
 * @example const { token } = await issueInvitation(actx, actor, { level: { level: 'casual' }, constituencyIds: [workers] });
 */
export async function issueInvitation(
  ctx: AuthContext,
  actor: Actor | null,
  terms: MemberInvitationTerms,
): Promise<IssuedInvitation> {
  const parsed = parseInput(
    memberInvitationTerms,
    terms,
    refusal('refusal.invitation-cannot-be-issued'),
  );
  // The same checks adding the member will make when the invitation is accepted, made now so
  // that nobody is handed an invitation that cannot work.
  ensureAllowed('member.invite', actor);
  if (parsed.level !== null) ensureAllowed('member.level', actor);
  const all = await readConstituencies(ctx.store.db);
  const constituencyIds = parsed.constituencyIds.map(
    (ref) => findConstituency(all, ref)?.constituencyId ?? ref,
  );
  const known = all.map((c) => ({ id: c.constituencyId, slug: c.slug }));
  refuseIf(
    newMemberProblems({ level: parsed.level, constituencyIds }, known),
    refusal('refusal.invitation-cannot-be-issued'),
  );
  return storeInvitation(
    ctx,
    { kind: 'member', terms: { level: parsed.level, constituencyIds } },
    actor!.memberId,
  );
}

/**
 * Records an invitation of either kind and returns its one-time secret.
 *
 * @example await storeInvitation(actx, { kind: 'founder', memberId }, null);
 */
export async function storeInvitation(
  ctx: AuthContext,
  stored: StoredInvitationTerms,
  invitedBy: string | null,
): Promise<IssuedInvitation> {
  const now = ctx.clock();
  const token = newSecretToken();
  const invitation = {
    id: uuidv7(ctx.clock),
    token,
    expiresAt: new Date(now.getTime() + ctx.auth.invitationLifetimeMs).toISOString(),
  };
  await ctx.store.db
    .insertInto('invitations')
    .values({
      id: invitation.id,
      token_hash: tokenHash(token),
      kind: stored.kind,
      invited_by: invitedBy,
      member_id: stored.kind === 'founder' ? stored.memberId : null,
      terms: JSON.stringify(stored.kind === 'member' ? stored.terms : {}),
      created_at: now.toISOString(),
      expires_at: invitation.expiresAt,
      used_at: null,
    })
    .execute();
  return invitation;
}
