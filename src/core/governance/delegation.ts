import type { ProposalKind } from './vocabulary.js';

/** A member's standing delegation of their vote: on one circle's proposals, one topic (a proposal kind), or everything. */
export interface Delegation {
  delegatorId: string;
  delegateId: string;
  /** Set for a delegation on one circle's proposals. */
  circleId: string | null;
  /** Set for a delegation on one kind of proposal. */
  topic: ProposalKind | null;
}

/**
 * The key a delegation is stored and replaced under: a member has at most one per scope.
 *
 * @example delegationScope({ circleId: null, topic: 'membership-change' }) // 'topic:membership-change'
 */
export function delegationScope(d: {
  circleId: string | null;
  topic: ProposalKind | null;
}): string {
  return d.circleId !== null
    ? `circle:${d.circleId}`
    : d.topic !== null
      ? `topic:${d.topic}`
      : 'all';
}

/**
 * Who each member's vote goes to on one proposal: the delegation on its circle comes first, then
 * the one on its kind, then the one on everything.
 *
 * @example delegatesFor(delegations, { circleId: care, kind: 'general' }).get(ana) // bo
 */
export function delegatesFor(
  delegations: readonly Delegation[],
  proposal: { circleId: string | null; kind: ProposalKind },
): Map<string, string> {
  const rank = (d: Delegation): number =>
    d.circleId !== null
      ? d.circleId === proposal.circleId
        ? 3
        : 0
      : d.topic !== null
        ? d.topic === proposal.kind
          ? 2
          : 0
        : 1;
  const best = new Map<string, Delegation>();
  for (const d of delegations) {
    if (rank(d) === 0) continue;
    const held = best.get(d.delegatorId);
    if (!held || rank(d) > rank(held)) best.set(d.delegatorId, d);
  }
  return new Map([...best].map(([delegator, d]) => [delegator, d.delegateId]));
}

/**
 * The delegated votes of a proposal: for every member who did not vote but delegated, the chain of
 * delegates down to the first one who voted (that ballot is counted for them too). A member who
 * voted is never counted through anyone; a chain that ends with nobody voting, or loops, counts
 * nothing.
 *
 * @example resolveDelegations(new Set(['cy']), new Map([['ana', 'bo'], ['bo', 'cy']])) // Map { ana → ['bo', 'cy'], bo → ['cy'] }
 */
export function resolveDelegations(
  voted: ReadonlySet<string>,
  delegates: ReadonlyMap<string, string>,
): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  for (const delegator of [...delegates.keys()].sort()) {
    if (voted.has(delegator)) continue;
    const chain: string[] = [];
    const visited = new Set([delegator]);
    for (
      let next = delegates.get(delegator);
      next !== undefined && !visited.has(next);
      next = delegates.get(next)
    ) {
      chain.push(next);
      if (voted.has(next)) {
        chains.set(delegator, chain);
        break;
      }
      visited.add(next);
    }
  }
  return chains;
}

/**
 * Whether delegating from `delegatorId` to `delegateId` would let a vote come back to its owner
 * through the delegations standing, in any scope. Scopes are ignored on purpose: a circle
 * delegation and a topic delegation can meet on one proposal, so only a graph without any cycle
 * is safe for every proposal.
 *
 * @example closesCycle([{ delegatorId: 'bo', delegateId: 'ana', circleId: null, topic: null }], 'ana', 'bo') // true
 */
export function closesCycle(
  delegations: readonly Delegation[],
  delegatorId: string,
  delegateId: string,
): boolean {
  const onward = new Map<string, string[]>();
  for (const d of delegations)
    onward.set(d.delegatorId, [...(onward.get(d.delegatorId) ?? []), d.delegateId]);
  const seen = new Set<string>();
  const queue = [delegateId];
  while (queue.length > 0) {
    const member = queue.pop()!;
    if (member === delegatorId) return true;
    if (seen.has(member)) continue;
    seen.add(member);
    queue.push(...(onward.get(member) ?? []));
  }
  return false;
}
