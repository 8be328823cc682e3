import { describe, expect, it } from 'vitest';
import { expectRefused } from '../expect-refused.js';
import { castBallot } from './cast-ballot.js';
import { closeDueProposals } from './close-due-proposals.js';
import { listDelegations } from './list-delegations.js';
import { revokeDelegation } from './revoke-delegation.js';
import { setDelegation } from './set-delegation.js';
import { setGovernanceParameters } from './set-governance-parameters.js';
import { showProposal } from './show-proposal.js';
import { DAY, openTestGovernance } from './test-governance.js';

describe('delegation', () => {
  it('is off by default; once on, counts delegated votes with their chain, and a direct vote overrides', async () => {
    const g = await openTestGovernance();
    const [ana, bo, cy, di] = [
      await g.worker('Ana'),
      await g.worker('Bo'),
      await g.worker('Cy'),
      await g.worker('Di'),
    ];
    await expectRefused(g.ctx, () => setDelegation(g.gov, ana, { delegateId: bo.memberId }), 409);
    await setGovernanceParameters(g.gov, g.founder, { delegation: { enabled: true } });

    await expectRefused(
      g.ctx,
      () => setDelegation(g.gov, ana, { delegateId: ana.memberId }),
      422,
      'delegateId',
    );
    await expectRefused(
      g.ctx,
      () =>
        setDelegation(g.gov, ana, { delegateId: bo.memberId, circle: 'care', topic: 'general' }),
      400,
      'topic',
    );
    await setDelegation(g.gov, ana, { delegateId: bo.memberId });
    await setDelegation(g.gov, bo, { delegateId: cy.memberId, circle: 'care' });
    await setDelegation(g.gov, di, { delegateId: g.founder.memberId, topic: 'general' });
    // Cy → Ana would bring Ana's vote back to her through Bo, whatever the scope.
    await expectRefused(
      g.ctx,
      () => setDelegation(g.gov, cy, { delegateId: ana.memberId, topic: 'membership-change' }),
      422,
      'delegateId',
    );
    expect((await listDelegations(g.gov, bo)).given.map((d) => d.delegateName)).toEqual(['Cy']);
    expect((await listDelegations(g.gov, bo)).received.map((d) => d.delegatorName)).toEqual([
      'Ana',
    ]);

    const inCare = await g.propose({ circleId: 'care' });
    await castBallot(g.gov, cy, { proposalId: inCare, ballot: { choice: 'no' } });
    await castBallot(g.gov, g.founder, { proposalId: inCare, ballot: { choice: 'yes' } });
    // Di votes herself: her delegation to the founder does not count on this proposal.
    await castBallot(g.gov, di, { proposalId: inCare, ballot: { choice: 'no' } });
    const whole = await g.propose();
    await castBallot(g.gov, bo, { proposalId: whole, ballot: { choice: 'yes' } });
    await castBallot(g.gov, cy, { proposalId: whole, ballot: { choice: 'no' } });
    await revokeDelegation(g.gov, di, { topic: 'general' });
    await expectRefused(g.ctx, () => revokeDelegation(g.gov, di, { topic: 'general' }), 404);

    g.advance(DAY);
    await closeDueProposals(g.gov);
    const care = await showProposal(g.gov, g.founder, { proposalId: inCare });
    // Ana → Bo → Cy (Bo's delegation on care), Bo → Cy: no 3, yes 1.
    expect(care).toMatchObject({ outcome: 'failed', result: { counts: { yes: 1, no: 4 } } });
    expect(care.result!['delegated']).toEqual(
      expect.arrayContaining([
        { voterId: ana.memberId, via: [bo.memberId, cy.memberId] },
        { voterId: bo.memberId, via: [cy.memberId] },
      ]),
    );
    const all = await showProposal(g.gov, g.founder, { proposalId: whole });
    // Ana → Bo, who voted yes himself; Di's revoked delegation no longer counts.
    expect(all).toMatchObject({
      result: {
        counts: { yes: 2, no: 1 },
        delegated: [{ voterId: ana.memberId, via: [bo.memberId] }],
      },
    });
  });

  it('lets only one of two members delegating to each other at once succeed', async () => {
    const g = await openTestGovernance();
    const [ana, bo] = [await g.worker('Ana'), await g.worker('Bo')];
    await setGovernanceParameters(g.gov, g.founder, { delegation: { enabled: true } });
    const outcomes = await Promise.allSettled([
      setDelegation(g.gov, ana, { delegateId: bo.memberId }),
      setDelegation(g.gov, bo, { delegateId: ana.memberId, circle: 'care' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: { status: 422 },
    });
    expect(await g.ctx.store.db.selectFrom('delegations').selectAll().execute()).toHaveLength(1);
  });
});
