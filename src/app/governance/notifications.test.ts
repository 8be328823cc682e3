import { describe, expect, it } from 'vitest';
import { castBallot } from './cast-ballot.js';
import { closeDueProposals } from './close-due-proposals.js';
import { listNotifications } from './list-notifications.js';
import { markNotificationsRead } from './mark-notifications-read.js';
import { setDelegation } from './set-delegation.js';
import { setGovernanceParameters } from './set-governance-parameters.js';
import { expectRefused } from '../expect-refused.js';
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
    const inTech = await g.propose({
      title: 'For tech',
      circleId: 'tech',
      deadline: new Date(Date.parse(deadline) + 60_000).toISOString(),
    });
    const kinds = async (who: typeof ana) =>
      (await listNotifications(g.gov, who)).map((n) => [n.kind, n.title]);

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
    // Before the members state it, the outcome travels as a code for each reader to word.
    expect(await listNotifications(g.gov, ana)).toEqual([
      expect.objectContaining({ kind: 'outcome', proposalId: whole, outcomeCode: 'passed' }),
    ]);
    expect((await listNotifications(g.gov, ana))[0]).not.toHaveProperty('outcome');
    await stateOutcome(g.gov, g.founder, { proposalId: whole, statement: 'Everyone it is.' });
    expect(await listNotifications(g.gov, ana)).toEqual([
      expect.objectContaining({ kind: 'outcome', proposalId: whole, outcome: 'Everyone it is.' }),
    ]);
    g.advance(8 * DAY);
    expect(await listNotifications(g.gov, ana)).toEqual([]);
  });

  it('keeps read marks per member, off the ledger', async () => {
    const g = await openTestGovernance();
    const [ana, bo] = [await g.worker('Ana'), await g.worker('Bo')];
    const deadline = new Date(g.now().getTime() + 2 * DAY).toISOString();
    const first = await g.propose({ title: 'First', deadline });
    await g.propose({ title: 'Second', deadline });
    const before = await g.ctx.store.count();
    await expectRefused(
      g.ctx,
      () => markNotificationsRead(g.gov, ana, { ids: ['outcome:nothing'] }),
      400,
      'ids[0]',
    );
    expect(await markNotificationsRead(g.gov, ana, { ids: [`proposal-opened:${first}`] })).toEqual({
      marked: 1,
    });
    expect((await listNotifications(g.gov, ana)).map((n) => [n.title, n.read])).toEqual(
      expect.arrayContaining([
        ['First', true],
        ['Second', false],
      ]),
    );
    expect((await listNotifications(g.gov, ana, { unread: true })).map((n) => n.title)).toEqual([
      'Second',
    ]);
    expect(
      (await listNotifications(g.gov, bo, { unread: true })).map((n) => n.title).sort(),
    ).toEqual(['First', 'Second']);
    expect(await markNotificationsRead(g.gov, ana, {})).toEqual({ marked: 1 });
    expect(await listNotifications(g.gov, ana, { unread: true })).toEqual([]);
    expect(await g.ctx.store.count()).toBe(before);
  });

  it('spares a member the reminder once a delegate down their chain has voted for them', async () => {
    const g = await openTestGovernance();
    const [ana, bo, cy] = [await g.worker('Ana'), await g.worker('Bo'), await g.worker('Cy')];
    await setGovernanceParameters(g.gov, g.founder, { delegation: { enabled: true } });
    await setDelegation(g.gov, ana, { delegateId: bo.memberId });
    await setDelegation(g.gov, bo, { delegateId: cy.memberId, circle: 'tech' });
    const deadline = new Date(g.now().getTime() + 2 * DAY).toISOString();
    const whole = await g.propose({ title: 'For everyone', deadline });
    const inTech = await g.propose({ title: 'For tech', circleId: 'tech', deadline });
    g.advance(DAY + HOUR);
    const reminders = async (who: typeof ana) =>
      (await listNotifications(g.gov, who))
        .filter((n) => n.kind === 'deadline-soon')
        .map((n) => n.title)
        .sort();

    // Nobody down the chain has voted yet: the vote would be lost, so Ana is reminded.
    expect(await reminders(ana)).toEqual(['For everyone', 'For tech']);
    await castBallot(g.gov, bo, { proposalId: whole, ballot: { choice: 'yes' } });
    await castBallot(g.gov, cy, { proposalId: inTech, ballot: { choice: 'no' } });
    // Bo voted on the whole DisCO's proposal; on tech, Ana's vote reaches Cy through Bo.
    expect(await reminders(ana)).toEqual([]);
    expect(await reminders(bo)).toEqual([]);
    expect(await reminders(cy)).toEqual(['For everyone']);
  });
});
