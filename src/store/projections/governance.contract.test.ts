import { describe, expect, it } from 'vitest';
import { dialects, skipping } from '../../../test/support/stores.js';
import { amendProposal } from '../../app/governance/amend-proposal.js';
import { castBallot } from '../../app/governance/cast-ballot.js';
import { closeDueProposals } from '../../app/governance/close-due-proposals.js';
import { editComment } from '../../app/governance/edit-comment.js';
import { openDueReviews } from '../../app/governance/open-due-reviews.js';
import { postComment } from '../../app/governance/post-comment.js';
import { reactToComment } from '../../app/governance/react-to-comment.js';
import { setGovernanceParameters } from '../../app/governance/set-governance-parameters.js';
import { revokeDelegation } from '../../app/governance/revoke-delegation.js';
import { setDelegation } from '../../app/governance/set-delegation.js';
import { showProposal } from '../../app/governance/show-proposal.js';
import { stateOutcome } from '../../app/governance/state-outcome.js';
import { DAY, openTestGovernance } from '../../app/governance/test-governance.js';
import { withdrawProposal } from '../../app/governance/withdraw-proposal.js';

for (const d of dialects) {
  describe.skipIf(skipping(d, 'governance projections'))(
    `governance projections (${d.dialect})`,
    () => {
      it('counts concurrent voters once, and replay rebuilds exactly the tables live appends built', async () => {
        const g = await openTestGovernance(d);
        const ana = await g.add({
          displayName: 'Ana',
          constituencyIds: ['worker-members'],
          level: { level: 'casual' },
        });
        const voters = await Promise.all(Array.from({ length: 6 }, (_, i) => g.worker(`W${i}`)));
        await setGovernanceParameters(g.gov, g.founder, { weights: { 'worker-members': 2 } });
        const change = {
          kind: 'membership-change' as const,
          membership: {
            memberId: ana.memberId,
            level: 'dating' as const,
            timeline: 'agile' as const,
            startDate: '2026-01-10',
          },
        };
        const decided = await g.propose({ change });
        const withdrawn = await g.propose({ title: 'Withdrawn' });
        await amendProposal(g.gov, g.founder, {
          proposalId: decided,
          body: 'Ana has been with us a year.',
        });
        // Several ballots of one member at once: whichever commits last is theirs, and they count once.
        await Promise.all(
          voters.flatMap((v) =>
            ['yes', 'abstain', 'yes'].map((choice) =>
              castBallot(g.gov, v, { proposalId: decided, ballot: { choice } }),
            ),
          ),
        );
        await Promise.all(
          voters.map((v) =>
            castBallot(g.gov, v, { proposalId: decided, ballot: { choice: 'yes' } }),
          ),
        );
        const { commentId } = await postComment(g.gov, voters[0]!, {
          proposalId: decided,
          text: 'Yes!',
        });
        await postComment(g.gov, voters[1]!, {
          proposalId: decided,
          text: 'Agreed.',
          parentId: commentId,
        });
        await editComment(g.gov, voters[0]!, {
          proposalId: decided,
          commentId,
          text: 'Yes, gladly!',
        });
        await reactToComment(g.gov, voters[2]!, {
          proposalId: decided,
          commentId,
          reaction: '+1',
          on: true,
        });
        await withdrawProposal(g.gov, g.founder, { proposalId: withdrawn });
        g.advance(DAY);
        await closeDueProposals(g.gov);
        await stateOutcome(g.gov, g.founder, {
          proposalId: decided,
          statement: 'Ana is committed.',
          reviewDate: '2026-02-01',
        });
        g.advance(30 * DAY);
        expect(await openDueReviews(g.gov)).toHaveLength(1);

        const shown = await showProposal(g.gov, g.founder, { proposalId: decided });
        expect(shown).toMatchObject({
          outcome: 'passed',
          executedSeq: expect.any(Number),
          result: { counts: { yes: 12 }, participation: { binding: { ballots: 6 } } },
        });
        expect((await g.actor(ana.memberId)).level).toBe('dating');

        const live = await g.ctx.store.dumpProjections();
        await g.ctx.store.replay();
        expect(await g.ctx.store.dumpProjections()).toEqual(live);
      });

      it('replays sealed ballots with their reveal, delegations and parameters changed by proposal', async () => {
        const g = await openTestGovernance(d);
        const [ana, bo, cy] = await Promise.all(['Ana', 'Bo', 'Cy'].map((n) => g.worker(n)));
        const enable = await g.propose({
          change: {
            kind: 'policy-amendment',
            governanceParameters: { delegation: { enabled: true } },
          },
        });
        await castBallot(g.gov, g.founder, { proposalId: enable, ballot: { choice: 'yes' } });
        g.advance(DAY);
        await closeDueProposals(g.gov);
        await setDelegation(g.gov, ana!, { delegateId: bo!.memberId });
        await setDelegation(g.gov, cy!, { delegateId: bo!.memberId, topic: 'general' });
        await revokeDelegation(g.gov, cy!, { topic: 'general' });
        const secret = await g.propose({ method: 'consent', secret: true });
        await Promise.all(
          [bo, cy].map((v) =>
            castBallot(g.gov, v!, {
              proposalId: secret,
              ballot: { response: 'object', reason: 'not yet' },
            }),
          ),
        );
        await castBallot(g.gov, cy!, { proposalId: secret, ballot: { response: 'consent' } });
        g.advance(DAY);
        await closeDueProposals(g.gov);
        const shown = await showProposal(g.gov, g.founder, { proposalId: secret });
        // Bo objects, and Ana through him; Cy consents.
        expect(shown).toMatchObject({
          outcome: 'failed',
          result: {
            counts: { consent: 1, objectionsStanding: 2 },
            delegated: [{ voterId: ana!.memberId, via: [bo!.memberId] }],
          },
        });

        const live = await g.ctx.store.dumpProjections();
        await g.ctx.store.replay();
        expect(await g.ctx.store.dumpProjections()).toEqual(live);
      });
    },
  );
}
