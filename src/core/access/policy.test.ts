import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { renderEnglish } from '../messages/render-en.js';
import {
  authorize,
  operations,
  policyTable,
  type Authorization,
  type Operation,
  type PolicyRule,
} from './policy.js';

function actor(overrides: Partial<Actor> = {}): Actor {
  return {
    memberId: 'ana',
    displayName: 'Ana',
    founder: false,
    status: 'active',
    level: null,
    datingStage: null,
    constituencies: [],
    circles: [],
    mentees: [],
    ...overrides,
  };
}

const supporter = actor();
const committed = actor({ level: 'committed' });
const founder = actor({ founder: true, level: 'committed' });
const steward = actor({
  circles: [
    { id: 'tech', steward: true },
    { id: 'care', steward: false },
  ],
});
/** A refusal's reason as the CLI prints it. */
const reasonOf = (decision: Authorization): string =>
  decision.allowed ? '' : renderEnglish(decision.reason);
const mentor = actor({ level: 'committed', mentees: ['dee'] });

describe('authorize', () => {
  it('lets anyone read the ledger and the health, and asks everyone else to sign in', () => {
    for (const operation of operations) {
      const result = authorize(operation, null);
      const rule: PolicyRule = policyTable[operation];
      if (rule.who.includes('anyone')) expect(result).toEqual({ allowed: true });
      else expect(result).toMatchObject({ allowed: false, status: 401 });
    }
    expect(authorize('ledger.read', null)).toEqual({ allowed: true });
    expect(authorize('health.read', null)).toEqual({ allowed: true });
  });

  it('gives a member who left no rights at all, founder or not', () => {
    const gone = actor({ founder: true, level: 'committed', status: 'left' });
    // Public operations (the ledger, health, the commons) stay open to anyone, members who left included.
    for (const operation of operations.filter(
      (op) => !(policyTable[op].who as readonly string[]).includes('anyone'),
    )) {
      expect(authorize(operation, gone, { memberId: 'ana' })).toMatchObject({
        allowed: false,
        status: 403,
      });
    }
  });

  it('lets founders decide levels and constituencies, and nobody else yet', () => {
    for (const op of [
      'member.level',
      'constituency.define',
      'constituency.rights',
      'member.constituency.join',
    ] as Operation[]) {
      expect(authorize(op, founder).allowed).toBe(true);
      const refused = authorize(op, committed);
      expect(refused).toMatchObject({ allowed: false, status: 403 });
      expect(reasonOf(refused)).toContain('founders');
    }
  });

  it('lets committed members add members and create circles, not supporters', () => {
    expect(authorize('member.add', committed).allowed).toBe(true);
    expect(authorize('circle.create', committed).allowed).toBe(true);
    expect(authorize('member.add', supporter).allowed).toBe(false);
    expect(authorize('member.list', supporter).allowed).toBe(true);
  });

  it('lets members act on themselves: keys, tokens, leaving a constituency, the commitment', () => {
    for (const op of [
      'member.key.register',
      'token.create',
      'member.constituency.leave',
      'member.commitment',
      'member.show-private',
    ] as Operation[]) {
      expect(authorize(op, supporter, { memberId: 'ana' }).allowed).toBe(true);
      expect(authorize(op, supporter, { memberId: 'bo' }).allowed).toBe(false);
    }
    expect(authorize('member.key.register', founder, { memberId: 'bo' }).allowed).toBe(false);
  });

  it('lets members join open circles themselves, and stewards manage their own circle only', () => {
    expect(
      authorize('circle.join', supporter, { memberId: 'ana', circleId: 'tech', circleOpen: true })
        .allowed,
    ).toBe(true);
    expect(
      authorize('circle.join', supporter, { memberId: 'ana', circleId: 'tech', circleOpen: false })
        .allowed,
    ).toBe(false);
    expect(
      authorize('circle.join', steward, { memberId: 'bo', circleId: 'tech', circleOpen: false })
        .allowed,
    ).toBe(true);
    expect(
      authorize('circle.join', steward, { memberId: 'bo', circleId: 'care', circleOpen: false })
        .allowed,
    ).toBe(false);
    expect(authorize('circle.steward', steward, { memberId: 'bo', circleId: 'tech' }).allowed).toBe(
      true,
    );
    expect(authorize('circle.steward', steward, { memberId: 'bo', circleId: 'care' }).allowed).toBe(
      false,
    );
    expect(authorize('circle.leave', steward, { memberId: 'bo', circleId: 'tech' }).allowed).toBe(
      true,
    );
  });

  it("lets mentors record their mentees' milestones", () => {
    expect(authorize('member.milestone', mentor, { memberId: 'dee' }).allowed).toBe(true);
    expect(authorize('member.milestone', mentor, { memberId: 'eve' }).allowed).toBe(false);
    expect(
      authorize('member.milestone', actor({ mentees: undefined }), { memberId: 'dee' }).allowed,
    ).toBe(false);
  });

  it('explains a refusal by who may', () => {
    const refused = authorize('circle.steward', supporter, { circleId: 'tech' });
    expect(refused).toMatchObject({ allowed: false, status: 403 });
    expect(reasonOf(refused)).toBe(
      "only the circle's stewards or founders may appoint or end a steward of a circle (rotation)",
    );
    expect(reasonOf(authorize('member.list', null))).toBe(
      'sign in to list members (shown names, levels, constituencies)',
    );
  });

  it('has a rule with at least one grant and a description for every operation', () => {
    for (const operation of operations) {
      expect(policyTable[operation].who.length).toBeGreaterThan(0);
      expect(policyTable[operation].what).not.toBe('');
    }
  });

  it('lets constituencies propose, comment and vote by their rights, and authors amend their own', () => {
    const rights = (propose: boolean, comment: boolean, vote: boolean) => ({
      propose,
      comment,
      vote,
      bindingVote: vote,
    });
    const worker = actor({ constituencies: [{ id: 'w', rights: rights(true, true, true) }] });
    const backer = actor({ constituencies: [{ id: 's', rights: rights(false, true, false) }] });
    expect(authorize('proposal.create', worker).allowed).toBe(true);
    expect(authorize('proposal.vote', worker).allowed).toBe(true);
    expect(authorize('proposal.comment', backer).allowed).toBe(true);
    const refused = authorize('proposal.create', backer);
    expect(refused).toMatchObject({ allowed: false, status: 403 });
    expect(reasonOf(refused)).toContain('right to propose');
    expect(authorize('proposal.vote', backer)).toMatchObject({ allowed: false, status: 403 });
    expect(authorize('proposal.amend', worker, { authorId: 'ana' }).allowed).toBe(true);
    expect(authorize('proposal.amend', worker, { authorId: 'bo' })).toMatchObject({
      allowed: false,
      status: 403,
    });
    expect(
      authorize('proposal.outcome', steward, { authorId: 'bo', circleId: 'tech' }).allowed,
    ).toBe(true);
    expect(
      authorize('proposal.outcome', steward, { authorId: 'bo', circleId: 'care' }),
    ).toMatchObject({ allowed: false, status: 403 });
  });
});
