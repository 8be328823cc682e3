import { describe, expect, it } from 'vitest';
import {
  BALLOT_SEALED,
  BALLOTS_REVEALED,
  type BallotsRevealedPayload,
} from '../../core/governance/proposal-events.js';
import { checkOpenings } from '../../core/governance/sealed-ballot.js';
import { castBallot } from './cast-ballot.js';
import { closeDueProposals } from './close-due-proposals.js';
import { showProposal } from './show-proposal.js';
import { DAY, openTestGovernance, type TestGovernance } from './test-governance.js';

async function eventsOf(g: TestGovernance, type: string) {
  const all = [];
  for (let seq = 1; seq <= (await g.ctx.store.head()).size; seq++)
    all.push(await g.ctx.store.event(seq));
  return all.filter((e) => e?.type === type).map((e) => e!);
}

describe('secret ballots and hidden results', () => {
  it('puts only commitments on the ledger until the close, then reveals openings anyone can check', async () => {
    const g = await openTestGovernance();
    const [ana, bo] = [await g.worker('Ana'), await g.worker('Bo')];
    const id = await g.propose({ method: 'consent', secret: true });
    await castBallot(g.gov, ana, {
      proposalId: id,
      ballot: { response: 'object', reason: 'not yet' },
    });
    await castBallot(g.gov, ana, {
      proposalId: id,
      ballot: { response: 'object', reason: 'too soon' },
    });
    await castBallot(g.gov, bo, { proposalId: id, ballot: { response: 'consent' } });

    const sealed = await eventsOf(g, BALLOT_SEALED);
    expect(sealed).toHaveLength(3);
    expect(JSON.stringify(sealed)).not.toMatch(/too soon|not yet|consent"/);
    const open = await showProposal(g.gov, ana, { proposalId: id });
    expect(open).toMatchObject({ secret: true, resultsHidden: true, result: null });
    // The roll of who voted is public; what they chose is not, for anyone.
    const roll = Object.fromEntries(
      open.ballots.map((b) => [b.displayName, [b.ballot, b.ballotsCast]]),
    );
    expect(roll).toEqual({ Ana: [null, 2], Bo: [null, 1] });

    g.advance(DAY);
    const [closed] = await closeDueProposals(g.gov);
    expect(closed!.outcome).toBe('failed');
    const [reveal] = await eventsOf(g, BALLOTS_REVEALED);
    const openings = (reveal!.payload as unknown as BallotsRevealedPayload).openings;
    // Ana's replaced ballot is never revealed; each counted one matches its commitment.
    expect(openings).toHaveLength(2);
    expect(JSON.stringify(openings)).not.toContain('not yet');
    const current = new Map(
      sealed
        .filter((e) => openings.some((o) => o.seq === e.seq))
        .map((e) => [e.seq, String(e.payload['commitment'])]),
    );
    expect(checkOpenings(id, current, openings)).toEqual([]);
    expect(await g.ctx.store.db.selectFrom('ballot_openings').selectAll().execute()).toEqual([]);

    const shown = await showProposal(g.gov, bo, { proposalId: id });
    expect(shown.ballots.every((b) => b.ballot === null)).toBe(true);
    const text = JSON.stringify(shown.result);
    expect(text).toContain('too soon');
    expect(text).not.toContain(ana.memberId);
    expect(text).not.toContain(bo.memberId);
  });

  it('hides how the vote goes until the close, then shows it', async () => {
    const g = await openTestGovernance();
    const ana = await g.worker('Ana');
    const id = await g.propose({ resultsHidden: true });
    await castBallot(g.gov, ana, { proposalId: id, ballot: { choice: 'yes' } });
    await castBallot(g.gov, g.founder, { proposalId: id, ballot: { choice: 'no' } });
    const open = await showProposal(g.gov, g.founder, { proposalId: id });
    expect(open).toMatchObject({ secret: false, resultsHidden: true, result: null });
    expect(open.ballots.map((b) => b.ballot)).toEqual([null, null]);
    expect(JSON.stringify(await eventsOf(g, BALLOT_SEALED))).not.toMatch(/"yes"|"no"/);

    g.advance(DAY);
    await closeDueProposals(g.gov);
    const closed = await showProposal(g.gov, g.founder, { proposalId: id });
    expect(closed).toMatchObject({ outcome: 'failed', result: { counts: { yes: 1, no: 1 } } });
    expect(closed.ballots.find((b) => b.voterId === ana.memberId)!.ballot).toEqual({
      choice: 'yes',
    });
  });
});
