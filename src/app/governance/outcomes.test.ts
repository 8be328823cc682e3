import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { castBallot } from './cast-ballot.js';
import { closeDueProposals } from './close-due-proposals.js';
import { deadlineScheduler } from './deadline-scheduler.js';
import { openDueReviews } from './open-due-reviews.js';
import { showProposal } from './show-proposal.js';
import { stateOutcome } from './state-outcome.js';
import { DAY, openTestGovernance } from './test-governance.js';

const status = (run: Promise<unknown>) =>
  run.then(
    () => 200,
    (e: unknown) => (e instanceof AppError ? e.status : 500),
  );

describe('outcomes and reviews', () => {
  it('lets the author or a facilitator state the outcome once closed, and opens a linked review when due', async () => {
    const g = await openTestGovernance();
    const author = await g.worker('Ana');
    const other = await g.worker('Bo');
    const id = await g.propose({}, author);
    expect(
      await status(stateOutcome(g.gov, author, { proposalId: id, statement: 'Too early.' })),
    ).toBe(409);
    await castBallot(g.gov, author, { proposalId: id, ballot: { choice: 'yes' } });
    g.advance(DAY);
    await closeDueProposals(g.gov);
    expect(
      await status(stateOutcome(g.gov, other, { proposalId: id, statement: 'Not mine to say.' })),
    ).toBe(403);
    expect(
      await status(
        stateOutcome(g.gov, author, {
          proposalId: id,
          statement: 'Past.',
          reviewDate: '2026-01-07',
        }),
      ),
    ).toBe(422);
    await stateOutcome(g.gov, author, {
      proposalId: id,
      statement: 'The rota starts now.',
      reviewDate: '2026-01-20',
    });
    await stateOutcome(g.gov, g.founder, {
      proposalId: id,
      statement: 'The care rota starts on Monday.',
      reviewDate: '2026-01-20',
    });
    expect(await showProposal(g.gov, other, { proposalId: id })).toMatchObject({
      outcomeStatement: 'The care rota starts on Monday.',
      reviewDate: '2026-01-20',
      reviewId: null,
    });

    expect(await openDueReviews(g.gov)).toEqual([]);
    // The scheduler wakes at the first instant of the review date in the DisCO's zone (Madrid, UTC+1).
    const timers: Array<{ run: () => void; ms: number }> = [];
    const scheduler = deadlineScheduler(g.gov, {
      setTimer: (run, ms) => timers.push({ run, ms }),
      clearTimer: () => undefined,
      onError: (e) => {
        throw e;
      },
    });
    await scheduler.start();
    expect(timers.at(-1)!.ms).toBe(Date.parse('2026-01-19T23:00:00.000Z') - g.now().getTime());
    scheduler.stop();

    g.advance(Date.parse('2026-01-19T23:00:00.000Z') - g.now().getTime());
    const [reviewId] = await openDueReviews(g.gov);
    expect(await openDueReviews(g.gov)).toEqual([]);
    const review = await showProposal(g.gov, other, { proposalId: reviewId! });
    expect(review).toMatchObject({
      title: 'Review: Adopt the care rota',
      method: 'consent',
      reviewOf: id,
      status: 'open',
      kind: 'general',
    });
    expect(review.body).toContain('The care rota starts on Monday.');
    expect(await showProposal(g.gov, other, { proposalId: id })).toMatchObject({ reviewId });
  });
});
