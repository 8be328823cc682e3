import { describe, expect, it } from 'vitest';
import { castBallot } from '../governance/cast-ballot.js';
import { closeProposal } from '../governance/close-proposal.js';
import { DAY, openTestGovernance } from '../governance/test-governance.js';
import { expectRefused } from '../expect-refused.js';
import { acknowledgeContribution, disputeContribution } from './acknowledge-contribution.js';
import { showContribution } from './list-contributions.js';
import { logContribution } from './log-contribution.js';
import { memberBalances } from './member-balances.js';
import { resolveDispute } from './resolve-dispute.js';
import { setRate } from './set-value-settings.js';

describe('a dispute settled by a decision', () => {
  it('voids an upheld contribution or lets a dismissed one count, only on a closed, passed proposal', async () => {
    const g = await openTestGovernance();
    const { gov, founder } = g;
    const ana = await g.worker('Ana');
    const bo = await g.worker('Bo');
    await setRate(gov, founder, {
      stream: 'care',
      taskKind: 'meeting',
      per: 'hour',
      amount: '1500',
      effectiveFrom: '2025-01-01',
    });
    const work = {
      stream: 'care',
      quantity: '2',
      taskKind: 'meeting',
      date: '2026-01-05',
      circle: 'care',
    };
    const first = await logContribution(gov, ana, work);
    const second = await logContribution(gov, ana, work);
    for (const c of [first, second]) {
      await acknowledgeContribution(gov, founder, { contributionId: c.contributionId });
      await disputeContribution(gov, bo, {
        contributionId: c.contributionId,
        reason: 'Was it two hours?',
      });
    }
    const passing = await g.propose({ title: 'Settle the disputes on the assembly' }, bo);
    const failing = await g.propose({ title: 'Void everything' }, bo);
    await castBallot(gov, founder, { proposalId: passing, ballot: { choice: 'yes' } });
    await castBallot(gov, founder, { proposalId: failing, ballot: { choice: 'no' } });

    const refused = (
      run: () => Promise<unknown>,
      status: number,
      field?: string,
      message?: RegExp,
    ) => expectRefused(gov, run, status, field, message);
    const resolve = (
      actor: typeof ana | null,
      contributionId: string,
      proposal: string,
      outcome: string,
    ) => resolveDispute(gov, actor, { contributionId, proposal, outcome: outcome as 'upheld' });
    await refused(
      () => resolve(bo, first.contributionId, passing, 'upheld'),
      422,
      'proposal',
      /is open/,
    );
    g.advance(DAY);
    for (const id of [passing, failing]) await closeProposal(gov, id);
    await refused(
      () => resolve(bo, first.contributionId, failing, 'upheld'),
      422,
      'proposal',
      /outcome 'failed'|only a passed proposal/,
    );
    await refused(
      () => resolve(bo, first.contributionId, passing, 'maybe'),
      400,
      'outcome',
      /upheld/,
    );
    await refused(() => resolve(ana, first.contributionId, passing, 'upheld'), 403);
    await refused(() => resolve(null, first.contributionId, passing, 'upheld'), 401);

    await resolve(bo, first.contributionId, passing, 'upheld');
    await resolve(founder, second.contributionId, passing, 'dismissed');
    expect(await showContribution(gov, ana, first)).toMatchObject({ status: 'void' });
    const settled = await showContribution(gov, ana, second);
    expect(settled.status).toBe('counted');
    expect(settled.history.at(-1)).toMatchObject({
      kind: 'resolved',
      memberId: founder.memberId,
      detail: `contribution-stands by ${passing}`,
    });
    await refused(
      () => resolve(bo, first.contributionId, passing, 'dismissed'),
      422,
      'contributionId',
      /void/,
    );
    await refused(
      () => resolve(bo, second.contributionId, passing, 'upheld'),
      422,
      'contributionId',
      /not disputed/,
    );
    expect(
      (await memberBalances(gov, ana, { member: ana.memberId, asOf: '2026-01-06' })).items,
    ).toMatchObject([{ stream: 'care', earned: '3000' }]);
  });
});
