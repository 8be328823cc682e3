import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closesCycle, delegatesFor, resolveDelegations, type Delegation } from './delegation.js';
import { PROPOSAL_KINDS, type ProposalKind } from './vocabulary.js';

const on = (
  delegatorId: string,
  delegateId: string,
  scope: { circleId?: string; topic?: ProposalKind } = {},
): Delegation => ({
  delegatorId,
  delegateId,
  circleId: scope.circleId ?? null,
  topic: scope.topic ?? null,
});

describe('delegation', () => {
  it('takes the circle delegation first, then the topic, then everything', () => {
    const all = [
      on('ana', 'bo'),
      on('ana', 'cy', { topic: 'membership-change' }),
      on('ana', 'di', { circleId: 'care' }),
      on('eve', 'bo', { circleId: 'tech' }),
    ];
    expect(delegatesFor(all, { circleId: 'care', kind: 'membership-change' })).toEqual(
      new Map([['ana', 'di']]),
    );
    expect(delegatesFor(all, { circleId: null, kind: 'membership-change' })).toEqual(
      new Map([['ana', 'cy']]),
    );
    expect(delegatesFor(all, { circleId: 'tech', kind: 'general' })).toEqual(
      new Map([
        ['ana', 'bo'],
        ['eve', 'bo'],
      ]),
    );
  });

  it('follows a chain to the first delegate who voted; voting yourself overrides your delegation', () => {
    const delegates = new Map([
      ['ana', 'bo'],
      ['bo', 'cy'],
      ['di', 'eve'],
    ]);
    expect(resolveDelegations(new Set(['cy']), delegates)).toEqual(
      new Map([
        ['ana', ['bo', 'cy']],
        ['bo', ['cy']],
      ]),
    );
    expect(resolveDelegations(new Set(['cy', 'bo']), delegates)).toEqual(
      new Map([['ana', ['bo']]]),
    );
    expect(resolveDelegations(new Set(['ana', 'cy']), delegates)).toEqual(
      new Map([['bo', ['cy']]]),
    );
    // Nobody at the end of di's chain voted: nothing is counted for di.
    expect(resolveDelegations(new Set(), delegates)).toEqual(new Map());
  });

  it('refuses exactly the delegations that would close a cycle, in any scope', () => {
    expect(closesCycle([], 'ana', 'ana')).toBe(true);
    expect(
      closesCycle(
        [on('bo', 'cy', { circleId: 'care' }), on('cy', 'ana', { topic: 'general' })],
        'ana',
        'bo',
      ),
    ).toBe(true);
    expect(closesCycle([on('bo', 'cy'), on('ana', 'cy')], 'ana', 'bo')).toBe(false);
  });

  it('law: with cycles refused, every proposal resolves each chain to a voter or to nothing, never through a voter', () => {
    const member = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    const scope = fc.oneof(
      fc.constant({}),
      fc.record({ circleId: fc.constantFrom('care', 'tech') }),
      fc.record({ topic: fc.constantFrom(...PROPOSAL_KINDS) }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(member, member, scope), { maxLength: 20 }),
        fc.subarray(['a', 'b', 'c', 'd', 'e', 'f']),
        fc.constantFrom('care', 'tech', null),
        fc.constantFrom(...PROPOSAL_KINDS),
        (attempts, voters, circleId, kind) => {
          const standing: Delegation[] = [];
          for (const [from, to, s] of attempts) {
            const d = on(from, to, s);
            const others = standing.filter(
              (x) => !(x.delegatorId === from && x.circleId === d.circleId && x.topic === d.topic),
            );
            if (!closesCycle(others, from, to)) standing.splice(0, standing.length, ...others, d);
          }
          const voted = new Set(voters);
          const delegates = delegatesFor(standing, { circleId, kind });
          const chains = resolveDelegations(voted, delegates);
          for (const [delegator, chain] of chains) {
            expect(voted.has(delegator)).toBe(false);
            expect(voted.has(chain[chain.length - 1]!)).toBe(true);
            expect(chain.slice(0, -1).some((m) => voted.has(m))).toBe(false);
            expect(new Set([delegator, ...chain]).size).toBe(chain.length + 1);
          }
          for (const delegator of delegates.keys()) {
            if (voted.has(delegator)) continue;
            let at: string | undefined = delegator;
            for (let i = 0; i < 10 && at !== undefined && (at === delegator || !voted.has(at)); i++)
              at = delegates.get(at);
            expect(chains.has(delegator)).toBe(at !== undefined && voted.has(at));
          }
        },
      ),
    );
  });
});
