import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { notFound, refusal } from '../errors.js';
import { readMember, type MemberRecord } from './member-facts.js';

/**
 * The member, or a 404 naming the id.
 *
 * @example const dater = await requireMember(ctx.store.db, input.memberId);
 */
export async function requireMember(db: Kysely<Database>, memberId: string): Promise<MemberRecord> {
  const member = await readMember(db, memberId);
  if (!member)
    throw notFound(
      refusal('refusal.no-such-member', { memberId }),
      refusal('hint.list-members-find-their-ids'),
    );
  return member;
}
