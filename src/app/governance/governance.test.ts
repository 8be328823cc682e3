import { describe, expect, it } from 'vitest';
import { changeMemberLevel } from '../members/change-member-level.js';
import { readMember } from '../members/member-facts.js';
import { amendProposal } from './amend-proposal.js';
import { castBallot } from './cast-ballot.js';
import { closeDueProposals } from './close-due-proposals.js';
import { listProposals } from './list-proposals.js';
import { readGovernanceParameters } from './governance-parameters.js';
import { setGovernanceParameters } from './set-governance-parameters.js';
import { showProposal } from './show-proposal.js';
import { DAY, HOUR, openTestGovernance, type TestGovernance } from './test-governance.js';
import { withdrawProposal } from './withdraw-proposal.js';
import { expectRefused } from '../expect-refused.js';

const refused = (g: TestGovernance, run: () => Promise<unknown>, status: number, field?: string) =>
  expectRefused(g.ctx, run, status, field);

describe('proposals', () => {
  it('opens, amends (keeping versions) and withdraws, by the rules', async () => {
    const g = await openTestGovernance();
    const supporter = await g.add({ displayName: 'Sam', constituencyIds: ['supporters'] });
    const client = await g.add({ displayName: 'Cleo', constituencyIds: ['users-clients'] });
    await refused(g, () => g.propose({}, supporter), 403);
    const past = await refused(
      g,
      () => g.propose({ deadline: g.now().toISOString() }),
      400,
      'deadline',
    );
    // Coded, so the Deck says it in the member's language.
    expect(past.problems[0]).toMatchObject({
      code: 'proposal.deadline-past',
      params: { now: g.now().toISOString() },
    });
    await refused(g, () => g.propose({ deadline: undefined }), 400, 'deadline');
    await refused(
      g,
      () => g.propose({ method: 'approval', settings: { options: ['only one'] } }),
      400,
      'settings.options',
    );
    const nobody = await refused(
      g,
      () =>
        g.propose({
          change: {
            kind: 'membership-change',
            membership: { memberId: '00000000-0000-7000-8000-000000000000', level: 'casual' },
          },
        }),
      400,
      'change.membership.memberId',
    );
    expect(nobody.problems[0]?.code).toBe('proposal.no-such-member');

    const id = await g.propose({ circleId: 'care', deadline: '2026-01-08T10:00:00+01:00' }, client);
    await refused(
      g,
      () => amendProposal(g.gov, g.founder, { proposalId: id, body: 'Not mine to change.' }),
      403,
    );
    await amendProposal(g.gov, client, {
      proposalId: id,
      body: 'Everyone takes a care shift every other week.',
    });
    const shown = await showProposal(g.gov, g.founder, { proposalId: id });
    expect(shown).toMatchObject({
      version: 2,
      deadline: '2026-01-08T09:00:00.000Z',
      authorId: client.memberId,
      status: 'open',
      body: 'Everyone takes a care shift every other week.',
    });
    expect(shown.circleId).not.toBeNull();
    expect(shown.versions.map((v) => [v.version, v.body])).toEqual([
      [1, 'Everyone takes a care shift each week.'],
      [2, 'Everyone takes a care shift every other week.'],
    ]);

    await refused(g, () => withdrawProposal(g.gov, g.founder, { proposalId: id }), 403);
    await withdrawProposal(g.gov, client, { proposalId: id });
    await refused(
      g,
      () => castBallot(g.gov, g.founder, { proposalId: id, ballot: { choice: 'yes' } }),
      409,
    );
    await refused(
      g,
      () => amendProposal(g.gov, client, { proposalId: id, title: 'Too late' }),
      409,
    );
    expect(
      (await listProposals(g.gov, supporter, { status: 'withdrawn' })).items.map(
        (p) => p.proposalId,
      ),
    ).toEqual([id]);
    g.advance(2 * DAY);
    expect(await closeDueProposals(g.gov)).toEqual([]);
  });
});

describe('ballots', () => {
  it('validates ballots with the method, keeps one current ballot per member with its history', async () => {
    const g = await openTestGovernance();
    const ranked = await g.propose({ method: 'schulze', settings: { options: ['A', 'B', 'C'] } });
    const scored = await g.propose({
      method: 'score',
      settings: { options: ['A', 'B'], min: 0, max: 5 },
    });
    const yesNo = await g.propose();
    await refused(
      g,
      () => castBallot(g.gov, g.founder, { proposalId: yesNo, ballot: { choice: 'maybe' } }),
      400,
      'ballot.choice',
    );
    await refused(
      g,
      () => castBallot(g.gov, g.founder, { proposalId: ranked, ballot: { ranking: ['A', 'A'] } }),
      400,
      'ballot.ranking[1]',
    );
    await refused(
      g,
      () => castBallot(g.gov, g.founder, { proposalId: ranked, ballot: { ranking: ['D'] } }),
      400,
      'ballot.ranking[0]',
    );
    const range = await refused(
      g,
      () => castBallot(g.gov, g.founder, { proposalId: scored, ballot: { scores: { A: 9 } } }),
      400,
    );
    expect(range.problems[0]!.field).toMatch(/^ballot\.scores/);

    await castBallot(g.gov, g.founder, { proposalId: yesNo, ballot: { choice: 'no' } });
    await castBallot(g.gov, g.founder, {
      proposalId: yesNo,
      ballot: { choice: 'yes', voterId: 'someone-else', weight: 99 },
    });
    const shown = await showProposal(g.gov, g.founder, { proposalId: yesNo });
    expect(shown.ballots).toEqual([
      expect.objectContaining({
        voterId: g.founder.memberId,
        ballot: { choice: 'yes' },
        weight: 1,
        binding: true,
        ballotsCast: 2,
        version: 1,
      }),
    ]);
  });

  it('lets only voting constituencies vote, daters in stages 1 and 2 without binding', async () => {
    const g = await openTestGovernance();
    const id = await g.propose();
    const supporter = await g.add({ displayName: 'Sam', constituencyIds: ['supporters'] });
    const dater = await g.add({
      displayName: 'Dana',
      constituencyIds: ['worker-members'],
      level: { level: 'dating', stage: 1, timeline: 'agile', startDate: '2026-01-05' },
    });
    await refused(
      g,
      () => castBallot(g.gov, supporter, { proposalId: id, ballot: { choice: 'yes' } }),
      403,
    );
    await castBallot(g.gov, dater, { proposalId: id, ballot: { choice: 'no' } });
    await castBallot(g.gov, g.founder, { proposalId: id, ballot: { choice: 'yes' } });
    g.advance(DAY);
    const [closed] = await closeDueProposals(g.gov);
    expect(closed).toMatchObject({ proposalId: id, outcome: 'passed' });
    const shown = await showProposal(g.gov, g.founder, { proposalId: id });
    expect(shown.result).toMatchObject({ counts: { yes: 1, no: 0 }, shown: { no: 1 } });
  });

  it('refuses ballots at the deadline even before closing, and counts each of many concurrent voters once', async () => {
    const g = await openTestGovernance();
    const id = await g.propose();
    const voters = await Promise.all(Array.from({ length: 12 }, (_, i) => g.worker(`Worker ${i}`)));
    const casts = voters.flatMap((v, i) =>
      [0, 1, 2].map((n) =>
        castBallot(g.gov, v, {
          proposalId: id,
          ballot: { choice: (i + n) % 3 === 0 ? 'no' : 'yes' },
        }),
      ),
    );
    await Promise.all(casts);
    g.advance(DAY);
    await refused(
      g,
      () => castBallot(g.gov, g.founder, { proposalId: id, ballot: { choice: 'yes' } }),
      409,
    );
    await closeDueProposals(g.gov);
    const shown = await showProposal(g.gov, g.founder, { proposalId: id });
    expect(shown.ballots).toHaveLength(12);
    expect(shown.ballots.every((b) => b.ballotsCast === 3)).toBe(true);
    const counts = shown.result!['counts'] as { yes: number; no: number; abstain: number };
    expect(counts.yes + counts.no + counts.abstain).toBe(12);
    expect(shown.result).toMatchObject({ participation: { binding: { ballots: 12 } } });
  });

  it('applies governance parameters: who votes on what, weights and quorums', async () => {
    const g = await openTestGovernance();
    const client = await g.add({ displayName: 'Cleo', constituencyIds: ['users-clients'] });
    await refused(g, () => setGovernanceParameters(g.gov, client, {}), 403);
    await refused(
      g,
      () => setGovernanceParameters(g.gov, g.founder, { weights: { nobody: 2 } }),
      422,
      'weights.nobody',
    );
    await setGovernanceParameters(g.gov, g.founder, {
      quorum: { 'worker-members': { numerator: 1, denominator: 2 } },
    });
    await g.worker('Ana');
    await g.worker('Bo');
    const id = await g.propose();
    await castBallot(g.gov, g.founder, { proposalId: id, ballot: { choice: 'yes' } });
    g.advance(DAY);
    const [closed] = await closeDueProposals(g.gov);
    expect(closed!.outcome).toBe('no-quorum');
  });

  it('refuses unknown fields in settings and ballots, naming each, and records nothing', async () => {
    const g = await openTestGovernance();
    const settings = await refused(
      g,
      () =>
        g.propose({
          method: 'approval',
          settings: { options: ['A', 'B'], maxChoices: 1, quorum: 3 },
        }),
      400,
    );
    expect(settings.problems.map((p) => p.field).sort()).toEqual([
      'settings.maxChoices',
      'settings.quorum',
    ]);
    await refused(
      g,
      () =>
        g.propose({
          method: 'supermajority',
          settings: { threshold: { numerator: 3, denominator: 4, percent: 75 } },
        }),
      400,
      'settings.threshold.percent',
    );
    const yesNo = await g.propose();
    const ballot = await refused(
      g,
      () =>
        castBallot(g.gov, g.founder, {
          proposalId: yesNo,
          ballot: { choice: 'yes', comment: 'gladly', proxy: 'ben' },
        }),
      400,
    );
    expect(ballot.problems.map((p) => p.field).sort()).toEqual(['ballot.comment', 'ballot.proxy']);
    expect(ballot.problems[0]!.message).toMatch(/unknown field/);
    const ranked = await g.propose({ method: 'schulze', settings: { options: ['A', 'B'] } });
    await refused(
      g,
      () =>
        castBallot(g.gov, g.founder, {
          proposalId: ranked,
          ballot: { ranking: ['A'], rankings: ['B'] },
        }),
      400,
      'ballot.rankings',
    );
  });

  it('refuses an empty ranking in every ranked method instead of recording a binding ballot', async () => {
    const g = await openTestGovernance();
    for (const method of ['irv', 'schulze'] as const) {
      const id = await g.propose({ method, settings: { options: ['A', 'B'] } });
      const empty = await refused(
        g,
        () => castBallot(g.gov, g.founder, { proposalId: id, ballot: { ranking: [] } }),
        400,
        'ballot.ranking',
      );
      expect(empty.problems[0]!.message).toMatch(/at least one option/);
      await castBallot(g.gov, g.founder, { proposalId: id, ballot: { ranking: ['B'] } });
    }
  });
});

describe('closing and carrying out', () => {
  it('closes at the deadline, records the deadline as the close time and refuses every later change', async () => {
    const g = await openTestGovernance();
    const id = await g.propose();
    await castBallot(g.gov, g.founder, { proposalId: id, ballot: { choice: 'yes' } });
    g.advance(DAY - 1);
    expect(await closeDueProposals(g.gov)).toEqual([]);
    g.advance(3 * HOUR);
    expect(await closeDueProposals(g.gov)).toEqual([
      {
        proposalId: id,
        outcome: 'passed',
        application: {
          status: 'nothing-to-apply',
          reason: 'a general proposal is carried out by people',
        },
      },
    ]);
    const shown = await showProposal(g.gov, g.founder, { proposalId: id });
    expect(shown).toMatchObject({ status: 'closed', outcome: 'passed', endedAt: shown.deadline });
    await refused(
      g,
      () => castBallot(g.gov, g.founder, { proposalId: id, ballot: { choice: 'no' } }),
      409,
    );
    await refused(
      g,
      () => amendProposal(g.gov, g.founder, { proposalId: id, title: 'Later' }),
      409,
    );
    expect(await closeDueProposals(g.gov)).toEqual([]);
  });

  it('moves a member when a membership proposal passes, linking the change to the decision; not when it fails', async () => {
    const g = await openTestGovernance();
    const ana = await g.add({
      displayName: 'Ana',
      constituencyIds: ['worker-members'],
      level: { level: 'casual' },
    });
    const change = {
      kind: 'membership-change' as const,
      membership: {
        memberId: ana.memberId,
        level: 'dating' as const,
        timeline: 'agile' as const,
        startDate: '2026-01-10',
      },
    };
    const passes = await g.propose({ change });
    const fails = await g.propose({
      change: {
        kind: 'membership-change',
        membership: { memberId: ana.memberId, level: 'committed' },
      },
    });
    await refused(
      g,
      () =>
        changeMemberLevel(g.gov, g.founder, {
          ...change.membership,
          decision: { kind: 'proposal', proposalId: passes },
        }),
      422,
      'decision.proposalId',
    );
    await castBallot(g.gov, g.founder, { proposalId: passes, ballot: { choice: 'yes' } });
    await castBallot(g.gov, g.founder, { proposalId: fails, ballot: { choice: 'no' } });
    g.advance(DAY);
    const closed = await closeDueProposals(g.gov);
    const passed = closed.find((c) => c.proposalId === passes)!;
    expect([passed.outcome, passed.application.status]).toEqual(['passed', 'applied']);
    expect(closed.find((c) => c.proposalId === fails)).toMatchObject({
      outcome: 'failed',
      application: { status: 'nothing-to-apply' },
    });
    expect(await readMember(g.ctx.store.db, ana.memberId)).toMatchObject({
      level: { level: 'dating', stage: 1, timeline: 'agile', startDate: '2026-01-10' },
    });
    const seq = (passed.application as { seq: number }).seq;
    const effect = await g.ctx.store.event(seq);
    expect(effect).toMatchObject({
      type: 'member.level-changed',
      actor: null,
      payload: { decision: { kind: 'proposal', proposalId: passes } },
    });
    expect(await showProposal(g.gov, g.founder, { proposalId: passes })).toMatchObject({
      executedSeq: seq,
    });
    // Carried out once: the same decision cannot be used again.
    await refused(
      g,
      () =>
        changeMemberLevel(g.gov, g.founder, {
          ...change.membership,
          decision: { kind: 'proposal', proposalId: passes },
        }),
      422,
      'decision.proposalId',
    );
  });

  it('refuses to open a CAT parameter change whose document is not a parameter document, naming the field', async () => {
    const g = await openTestGovernance();
    await refused(
      g,
      () =>
        g.propose({
          method: 'consent',
          change: { kind: 'cat-parameter-change', parameters: { careWeight: 1.5 } },
        }),
      422,
      'change.parameters.algorithm',
    );
  });

  it('lets a founder set the first governance parameters, and only a passed proposal change them after', async () => {
    const g = await openTestGovernance();
    await setGovernanceParameters(g.gov, g.founder, { weights: { 'worker-members': 2 } });
    await refused(
      g,
      () => setGovernanceParameters(g.gov, g.founder, { weights: { 'worker-members': 3 } }),
      409,
    );
    const change = (governanceParameters: object) => ({
      change: { kind: 'policy-amendment' as const, governanceParameters },
    });
    await refused(
      g,
      () => g.propose(change({ quorum: { nobody: { numerator: 1, denominator: 2 } } })),
      422,
      'change.governanceParameters.quorum.nobody',
    );
    const fails = await g.propose(change({ weights: { 'worker-members': 5 } }));
    const passes = await g.propose(change({ delegation: { enabled: true } }));
    await castBallot(g.gov, g.founder, { proposalId: fails, ballot: { choice: 'no' } });
    await castBallot(g.gov, g.founder, { proposalId: passes, ballot: { choice: 'yes' } });
    g.advance(DAY);
    const closed = await closeDueProposals(g.gov);
    expect(closed.find((c) => c.proposalId === fails)!.application.status).toBe('nothing-to-apply');
    const applied = closed.find((c) => c.proposalId === passes)!.application as {
      status: string;
      seq: number;
    };
    expect(applied.status).toBe('applied');
    expect(await g.ctx.store.event(applied.seq)).toMatchObject({
      type: 'governance.parameters-set',
      actor: null,
      payload: { proposalId: passes },
    });
    expect(await readGovernanceParameters(g.ctx.store.db)).toEqual({
      voters: {},
      quorum: {},
      weights: {},
      delegation: { enabled: true },
      witnesses: [],
      requireMemberSignatures: [],
    });
    expect(await showProposal(g.gov, g.founder, { proposalId: passes })).toMatchObject({
      executedSeq: applied.seq,
    });
    expect(await closeDueProposals(g.gov)).toEqual([]);
  });
});
