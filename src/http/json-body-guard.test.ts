import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpOperations } from './http-operations.js';
import { asBearer, json, openTestCommunity, type TestCommunity } from './test-community.js';

/*
 * Bodies no route can use: JSON nested thousands deep (which overflowed the stack in zod and in
 * the canonicaliser) and text with an unpaired UTF-16 surrogate (which has no UTF-8 form, so no
 * canonical bytes). Both get a 400 naming what was wrong, on every route, and change nothing.
 */

const DEEP_ARRAY = '['.repeat(5000) + ']'.repeat(5000);
const DEEP_OBJECT = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
const SOME_ID = '019b0000-0000-7000-8000-000000000000';

describe('bodies nested too deeply, and unpaired surrogates', () => {
  let community: TestCommunity;
  let proposalId: string;
  beforeAll(async () => {
    community = await openTestCommunity();
    const res = await community.app.request(
      '/api/proposals',
      asBearer(community.people.founder, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'Deep thoughts',
          body: 'A proposal to vote on.',
          method: 'majority',
          deadline: '2027-01-01T00:00:00Z',
        }),
      }),
    );
    expect(res.status).toBe(201);
    proposalId = (await json(res)).proposalId;
  });
  afterAll(() => community.close());

  const send = (method: string, path: string, body: string) =>
    community.app.request(
      path,
      asBearer(community.people.founder, {
        method,
        headers: { 'content-type': 'application/json' },
        body,
      }),
    );

  /** Sends, and checks the answer is a 400 problem that left the ledger as it was. */
  const refused = async (method: string, path: string, body: string) => {
    const size = (await community.ctx.store.head()).size;
    const res = await send(method, path, body);
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await community.ctx.store.head()).size).toBe(size);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads problems ad hoc
    return JSON.parse(text) as any;
  };

  it('refuses JSON nested 5,000 deep on the ballot, rates and distribution routes with a 400 that says so', async () => {
    const cases: Array<[string, string, string]> = [
      ['PUT', `/api/proposals/${proposalId}/ballot`, `{"ballot":{"choice":${DEEP_ARRAY}}}`],
      ['PUT', `/api/proposals/${proposalId}/ballot`, `{"ballot":${DEEP_OBJECT}}`],
      [
        'POST',
        '/api/rates',
        `{"stream":${DEEP_ARRAY},"taskKind":"x","per":"hour","amount":"100","effectiveFrom":"2026-01-01"}`,
      ],
      [
        'POST',
        '/api/distribution/preview',
        `{"period":"2026-01","parameters":{"a":${DEEP_ARRAY}}}`,
      ],
      ['POST', '/api/distribution/whatif', `{"parameters":{"a":${DEEP_OBJECT}}}`],
    ];
    for (const [method, path, body] of cases) {
      const problem = await refused(method, path, body);
      expect(problem).toMatchObject({
        type: 'urn:disco-cat:problem:invalid-input',
        errors: [{ field: 'body', message: expect.stringMatching(/nested more than 64 levels/) }],
      });
      expect(problem.detail).toMatch(/body is nested too deeply/);
      expect(problem.hint).toMatch(/64/);
    }
  });

  it('refuses a deeply nested body on every write route, signed in or not', async () => {
    for (const { method, path } of httpOperations) {
      if (method === 'GET') continue;
      const concrete = path.replace(/\{[^}]+\}/g, SOME_ID);
      for (const body of [DEEP_ARRAY, DEEP_OBJECT, `{"title":${DEEP_ARRAY}}`]) {
        await refused(method, concrete, body);
        const anonymous = await community.app.request(concrete, {
          method,
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(anonymous.status, `${method} ${concrete} anonymous`).toBe(400);
      }
    }
  });

  it('accepts JSON nested as deep as the limit', async () => {
    const res = await send(
      'POST',
      '/api/distribution/whatif',
      `{"parameters":${'{"a":'.repeat(62)}1${'}'.repeat(62)}}`,
    );
    expect(res.status).not.toBe(500);
    expect((await json(res)).errors?.[0]?.field).not.toBe('body');
  });

  it('names the field whose text holds an unpaired surrogate, for text bound for the ledger', async () => {
    const member = await refused(
      'POST',
      '/api/members',
      `{"displayName":"Ana \\ud800","level":{"level":"casual"},"constituencyIds":["${community.constituencies.workers}"]}`,
    );
    expect(member).toMatchObject({
      type: 'urn:disco-cat:problem:invalid-input',
      errors: [{ field: 'body.displayName', message: 'contains an unpaired UTF-16 surrogate' }],
    });
    expect(member.hint).toMatch(/UTF-8|surrogate/);

    const proposal = await refused(
      'POST',
      '/api/proposals',
      `{"title":"Logo","body":"Pick one","method":"approval","options":["A","B\\udfff"],"deadline":"2027-01-01T00:00:00Z"}`,
    );
    expect(proposal.errors).toEqual([
      {
        field: 'body.options.1',
        message: 'contains an unpaired UTF-16 surrogate',
        code: 'field.unpaired-surrogate',
        params: {},
      },
    ]);

    const key = await refused(
      'POST',
      '/api/distribution/whatif',
      `{"parameters":{"na\\ud83dme":1}}`,
    );
    expect(key.errors).toEqual([
      {
        field: 'body.parameters',
        message: 'has a key with an unpaired UTF-16 surrogate',
        code: 'field.key-unpaired-surrogate',
        params: {},
      },
    ]);
  });

  it('accepts a surrogate pair, which is one character', async () => {
    const res = await send(
      'POST',
      '/api/members',
      `{"displayName":"Ana \\ud83d\\ude00","level":{"level":"casual"},"constituencyIds":["${community.constituencies.workers}"]}`,
    );
    expect(res.status).toBe(201);
  });

  it('refuses an unpaired surrogate on every write route, never with a 5xx', async () => {
    for (const { method, path } of httpOperations) {
      if (method === 'GET') continue;
      const concrete = path.replace(/\{[^}]+\}/g, SOME_ID);
      await refused(method, concrete, `{"title":"\\ud800","name":"x"}`);
    }
  });
});
