import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDueProposals } from '../../app/governance/close-due-proposals.js';
import {
  asBearer,
  json,
  jsonBody,
  openTestCommunity,
  type TestCommunity,
} from '../test-community.js';

const DAY = 24 * 3_600_000;

describe('proposals over HTTP', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());

  const call = (who: keyof TestCommunity['people'], method: string, path: string, body?: unknown) =>
    community.app.request(
      path,
      asBearer(community.people[who], body === undefined ? { method } : jsonBody(method, body)),
    );

  it('refuses a CAT parameter change the node could not put in force, naming the field of the document', async () => {
    const document = {
      algorithm: 'value-equation@1',
      version: 'too much',
      effectiveFrom: '2027-01-01',
      buckets: [{ name: 'commons', of: 'total', percent: 12_000 }],
      streamSplit: [{ name: 'all', streams: ['livelihood', 'love', 'care'], share: 10_000 }],
      retainedBucket: 'commons',
    };
    const refused = await call('founder', 'POST', '/api/proposals', {
      title: 'Keep more for the commons',
      body: 'A bigger commons bucket.',
      method: 'consent',
      deadline: new Date(community.ctx.clock().getTime() + DAY).toISOString(),
      change: { kind: 'cat-parameter-change', parameters: document },
    });
    expect(refused.status).toBe(422);
    expect((await json(refused)).errors).toEqual([
      {
        field: 'body.change.parameters.buckets[0].percent',
        message: 'must not exceed 100% (10000 basis points)',
        code: 'field.basis-points-at-most-100',
        params: {},
      },
    ]);
  });

  it('opens a proposal, refuses bad ballots naming the problem, tallies at the deadline and carries out a membership change', async () => {
    const casual = community.people.casual.memberId;
    const past = await call('founder', 'POST', '/api/proposals', {
      title: 'Late',
      body: 'Too late.',
      method: 'majority',
      deadline: '2026-01-01T00:00:00Z',
    });
    expect(past.status).toBe(400);
    expect((await json(past)).errors).toEqual([
      expect.objectContaining({ field: 'body.deadline' }),
    ]);

    const opened = await call('founder', 'POST', '/api/proposals', {
      title: 'Casual starts dating',
      body: 'Casual has worked with us for months.',
      method: 'majority',
      deadline: new Date(community.ctx.clock().getTime() + DAY).toISOString(),
      change: {
        kind: 'membership-change',
        membership: {
          memberId: casual,
          level: 'dating',
          timeline: 'agile',
          startDate: '2026-01-12',
        },
      },
    });
    expect(opened.status).toBe(201);
    const { proposalId, recorded } = await json(opened);
    expect(recorded).toEqual([expect.objectContaining({ type: 'proposal.opened' })]);

    const bad = await call('committed', 'PUT', `/api/proposals/${proposalId}/ballot`, {
      ballot: { choice: 'perhaps' },
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors).toEqual([
      expect.objectContaining({ field: 'body.ballot.choice' }),
    ]);
    expect(
      (
        await call('supporter', 'PUT', `/api/proposals/${proposalId}/ballot`, {
          ballot: { choice: 'yes' },
        })
      ).status,
    ).toBe(403);
    for (const who of ['founder', 'committed', 'steward'] as const) {
      expect(
        (
          await call(who, 'PUT', `/api/proposals/${proposalId}/ballot`, {
            ballot: { choice: 'yes' },
          })
        ).status,
      ).toBe(200);
    }
    expect(
      (
        await call('dater', 'PUT', `/api/proposals/${proposalId}/ballot`, {
          ballot: { choice: 'no' },
        })
      ).status,
    ).toBe(200);

    const amended = await call('founder', 'POST', `/api/proposals/${proposalId}/amendments`, {
      body: 'Casual has worked with us for a year.',
    });
    expect(amended.status).toBe(201);
    expect(await json(amended)).toMatchObject({ version: 2 });

    community.advance(DAY);
    expect(
      (
        await call('committed', 'PUT', `/api/proposals/${proposalId}/ballot`, {
          ballot: { choice: 'no' },
        })
      ).status,
    ).toBe(409);
    await closeDueProposals(community.ctx);

    const shown = await json(await call('client', 'GET', `/api/proposals/${proposalId}`));
    expect(shown).toMatchObject({
      status: 'closed',
      outcome: 'passed',
      version: 2,
      result: { counts: { yes: 3, no: 0 }, shown: { no: 1 } },
    });
    expect(shown.ballots).toHaveLength(4);
    expect(shown.executedSeq).toEqual(expect.any(Number));
    const member = await json(await call('founder', 'GET', `/api/members/${casual}`));
    expect(member).toMatchObject({ level: { level: 'dating', stage: 1 } });

    const closed = await json(await call('casual', 'GET', '/api/proposals?status=closed'));
    expect(closed.items.map((p: { proposalId: string }) => p.proposalId)).toContain(proposalId);
  });

  it('shows and sets the governance parameters', async () => {
    expect(await json(await call('client', 'GET', '/api/governance/parameters'))).toEqual({
      voters: {},
      quorum: {},
      weights: {},
      delegation: { enabled: false },
      witnesses: [],
      requireMemberSignatures: [],
    });
    const unknown = await call('founder', 'PUT', '/api/governance/parameters', {
      weights: { nobody: 2 },
    });
    expect(unknown.status).toBe(422);
    const set = await call('founder', 'PUT', '/api/governance/parameters', {
      voters: { 'membership-change': ['worker-members'] },
    });
    expect(set.status).toBe(200);
    expect(await json(await call('client', 'GET', '/api/governance/parameters'))).toMatchObject({
      voters: { 'membership-change': ['worker-members'] },
    });
    // Set once: from then on only a passed proposal changes them.
    const again = await call('founder', 'PUT', '/api/governance/parameters', { voters: {} });
    expect(again.status).toBe(409);
  });
});
