import type { Standing } from './levels.js';
import type { RuleProblem } from './rule-problem.js';

/** A key as the ledger knows it. */
export interface KeyFacts {
  memberId: string;
  revoked: boolean;
}

/**
 * A key is registered once, ever: a revoked key never signs again, for anyone, so that old
 * signatures cannot be confused with new ones.
 *
 * @example keyRegistrationProblems({ status: 'active', level: null }, null) // []
 */
export function keyRegistrationProblems(
  member: Standing,
  existing: KeyFacts | null,
): RuleProblem[] {
  if (member.status === 'left')
    return [{ field: 'memberId', message: 'this member has left the DisCO' }];
  if (existing)
    return [
      {
        field: 'publicKey',
        message: existing.revoked
          ? 'this key was revoked and cannot be registered again'
          : 'this key is already registered',
      },
    ];
  return [];
}

/**
 * @example keyRevocationProblems({ memberId: 'a', revoked: true }, 'a') // [{ field: 'publicKey', message: 'this key is already revoked' }]
 */
export function keyRevocationProblems(existing: KeyFacts | null, memberId: string): RuleProblem[] {
  if (!existing || existing.memberId !== memberId)
    return [{ field: 'publicKey', message: 'not a key of this member' }];
  if (existing.revoked) return [{ field: 'publicKey', message: 'this key is already revoked' }];
  return [];
}
