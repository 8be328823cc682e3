import { describe, expect, it } from 'vitest';
import { castBallot } from './cast-ballot.js';
import { closeDueProposals } from './close-due-proposals.js';
import { listNotifications } from './list-notifications.js';
import { stateOutcome } from './state-outcome.js';
import { DAY, HOUR, openTestGovernance } from './test-governance.js';

describe('notifications', () => {
  it('tells members of new proposals in their scope, near deadlines they have not voted on, and outcomes', async () => {
    const g = await openTestGovernance();
    const ana = await g.worker('Ana');
    const sam = await g.add({ displayName: 'Sam', constituencyIds: ['supporters'] });
    const deadline = new Date(g.now().getTime() + 2 * DAY).toISOString();
    const whole = await g.propose({ title: 'For everyone', deadline });
    // A minute later, so that the order of the reminders does not depend on ids made in the same millisecond.
    const inTech = await g.propose({ title: 'For tech', circleId: 'tech', deadline: new Date(Date.parse(deadline) + 60_000).toISOString() });
    const kinds = async (who: typeof ana) => (await listNotifications(g.gov, who)).map((n) => [n.kind, n.title]);

    expect(await kinds(ana)).toEqual([['proposal-opened', 'For everyone']]);
    expect(await kinds(g.founder)).toEqual([]);
    g.advance(DAY + HOUR);
    expect(await kinds(ana)).toEqual([
      ['deadline-soon', 'For tech'],
      ['deadline-soon', 'For everyone'],
      ['proposal-opened', 'For everyone'],
    ]);
    // A supporter may not vote: no reminder, only news.
    expect(await kinds(sam)).toEqual([['proposal-opened', 'For everyone']]);
    await castBallot(g.gov, ana, { proposalId: whole, ballot: { choice: 'yes' } });
    await castBallot(g.gov, ana, { proposalId: inTech, ballot: { choice: 'yes' } });
    expect(await kinds(ana)).toEqual([['proposal-opened', 'For everyone']]);

    g.advance(DAY - HOUR);
    await closeDueProposals(g.gov);
    await stateOutcome(g.gov, g.founder, { proposalId: whole, statement: 'Everyone it is.' });
    expect(await listNotifications(g.gov, ana)).toEqual([expect.objectContaining({ kind: 'outcome', proposalId: whole, outcome: 'Everyone it is.' })]);
    g.advance(8 * DAY);
    expect(await listNotifications(g.gov, ana)).toEqual([]);
  });
});
