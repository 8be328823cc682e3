import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asBearer,
  json,
  jsonBody,
  openTestCommunity,
  STEWARDED_CIRCLE,
  type TestCommunity,
} from '../test-community.js';

/*
 * Quarterly evaluations through HTTP: bad input answers a coded 4xx naming what was wrong and
 * records nothing; a whole evaluation opens, takes a reflection and closes.
 */
describe('quarterly evaluations over HTTP', () => {
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
  const ledgerSize = () => community.ctx.store.count();

  it('refuses a quarter not ended, a second evaluation and a late reflection, changing nothing', async () => {
    const before = await ledgerSize();
    const early = await call('founder', 'POST', '/api/evaluations', { quarter: '2026-Q1' });
    expect(early.status).toBe(422);
    const problem = await json(early);
    expect(problem.code).toBe('refusal.evaluation-cannot-be-opened');
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(['body.quarter']);
    const malformed = await call('founder', 'POST', '/api/evaluations', { quarter: 'Q1 2025' });
    expect(malformed.status).toBe(400);
    const notSteward = await call('committed', 'POST', '/api/evaluations', {
      quarter: '2025-Q4',
      circle: STEWARDED_CIRCLE,
    });
    expect(notSteward.status).toBe(403);
    expect(await ledgerSize()).toBe(before);

    const opened = await call('steward', 'POST', '/api/evaluations', {
      quarter: '2025-Q4',
      circle: STEWARDED_CIRCLE,
    });
    expect(opened.status).toBe(201);
    const { evaluationId, factsHash } = await json(opened);
    const second = await call('founder', 'POST', '/api/evaluations', {
      quarter: '2025-Q4',
      circle: STEWARDED_CIRCLE,
    });
    expect(second.status).toBe(409);
    expect((await json(second)).code).toBe('refusal.evaluation-already-exists');

    const reflected = await call(
      'steward',
      'POST',
      `/api/evaluations/${evaluationId}/reflections`,
      {
        text: 'A quiet quarter.',
      },
    );
    expect(reflected.status).toBe(201);
    const closed = await call('steward', 'POST', `/api/evaluations/${evaluationId}/close`, {
      summary: 'Keep going.',
      decisions: [],
    });
    expect(closed.status).toBe(201);
    const size = await ledgerSize();
    const late = await call('steward', 'POST', `/api/evaluations/${evaluationId}/reflections`, {
      text: 'One more thing.',
    });
    expect(late.status).toBe(409);
    expect((await json(late)).code).toBe('refusal.evaluation-closed');
    const closeAgain = await call('founder', 'POST', `/api/evaluations/${evaluationId}/close`, {
      summary: 'Again.',
    });
    expect(closeAgain.status).toBe(409);
    expect(await ledgerSize()).toBe(size);

    const shown = await json(await call('casual', 'GET', `/api/evaluations/${evaluationId}`));
    expect(shown).toMatchObject({
      quarter: '2025-Q4',
      status: 'closed',
      factsHash,
      factsVerified: true,
      reflections: [{ text: 'A quiet quarter.' }],
    });
    const listed = await json(await call('casual', 'GET', '/api/evaluations?quarter=2025-Q4'));
    expect(listed.items).toHaveLength(1);
    const missing = await call('casual', 'GET', '/api/evaluations/not-an-evaluation');
    expect(missing.status).toBe(404);
  });
});
