import { z } from 'zod';
import { levelState } from '../../core/members/vocabulary.js';

/**
 * What an invitation offers a newcomer: the level and constituencies the inviter may grant. The
 * newcomer chooses their own shown name, email and password when accepting.
 */
export const memberInvitationTerms = z.strictObject({
  /** Worker-members only; null for people who join only other constituencies (clients, supporters). */
  level: levelState.nullable(),
  /** Ids or slugs; stored as ids. */
  constituencyIds: z
    .array(z.string().min(1).max(100))
    .min(1, 'name at least one constituency')
    .max(20, 'at most 20 constituencies'),
});
export type MemberInvitationTerms = z.infer<typeof memberInvitationTerms>;

/** The terms row of an invitation: a newcomer's terms, or the founder's own first sign-in. */
export type StoredInvitationTerms =
  { kind: 'member'; terms: MemberInvitationTerms } | { kind: 'founder'; memberId: string };
