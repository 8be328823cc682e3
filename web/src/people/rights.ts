import type { Member } from '../session';

/** Who the access policy lets change something about a member (src/core/access/policy.ts). */
export type Who = 'founder' | 'self-or-founder' | 'founder-or-committed';

/**
 * Whether the Deck offers a change to this member: the node decides again on every request, so
 * this only keeps forms away from members who would be refused (docs/security.md's table).
 *
 * @example mayDo(me, 'self-or-founder', me.memberId) // true for any active member
 */
export function mayDo(me: Member, who: Who, memberId: string): boolean {
  if (me.status !== 'active') return false;
  switch (who) {
    case 'founder':
      return me.founder;
    case 'self-or-founder':
      return me.founder || me.memberId === memberId;
    case 'founder-or-committed':
      return me.founder || me.level === 'committed';
  }
}
