import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpOperations } from './http-operations.js';
import { asBearer, asSession, openTestCommunity, type TestCommunity } from './test-community.js';

/*
 * Arbitrary bodies, queries and path values for every endpoint, sent by a founder (who passes
 * most policy checks, so the input reaches the rules) and by nobody: never a 5xx, and a refused
 * request never changes the ledger.
 */

/** Field names each body or query knows, so that generated input is often nearly right. */
const FIELDS = [
  'email',
  'password',
  'name',
  'expiresInDays',
  'level',
  'stage',
  'timeline',
  'startDate',
  'constituencyIds',
  'constituencyId',
  'displayName',
  'decision',
  'mentorId',
  'title',
  'date',
  'statement',
  'publicKey',
  'encryptedPrivateKey',
  'slug',
  'purpose',
  'open',
  'memberId',
  'termStart',
  'termEnd',
  'replaces',
  'rights',
  'cursor',
  'limit',
  'status',
  'from',
  'to',
  'treeSize',
];

const nearValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    'casual',
    'dating',
    'committed',
    'left',
    'supporters',
    'worker-members',
    'care',
    '2026-02-30',
    '2026-01-05',
    'agile',
    'x'.repeat(43),
    '',
  ),
  fc.constantFrom(
    { level: 'casual' },
    { level: 'dating', stage: 4 },
    { propose: true },
    { kind: 'founder-action' },
    [''],
    [],
  ),
  fc.integer(),
);
/** Request bodies as sent: JSON that is often nearly right, any JSON, or text that is not JSON. */
const body = fc.oneof(
  fc
    .dictionary(fc.constantFrom(...FIELDS), nearValue, { maxKeys: 6 })
    .map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 40 }),
);
const pathValue = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    'care',
    'tech',
    'supporters',
    '019b0000-0000-7000-8000-000000000000',
    'A'.repeat(43),
    '..',
    '%00',
  ),
);
const query = fc.array(
  fc.tuple(
    fc.constantFrom(...FIELDS),
    fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map(String)),
  ),
  { maxLength: 4 },
);

describe('fuzzing every endpoint', () => {
  let community: TestCommunity;
  beforeAll(async () => {
    community = await openTestCommunity();
  });
  afterAll(() => community.close());

  for (const { method, path } of httpOperations) {
    it(`${method} ${path}: never a 5xx, and no change to the ledger when refused`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(pathValue, { minLength: 4, maxLength: 4 }),
          query,
          body,
          fc.constantFrom('founder', 'nobody', 'founder-session'),
          async (values, pairs, payload, who) => {
            let i = 0;
            const concrete = path.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++]!));
            const url = `${concrete}?${new URLSearchParams(pairs).toString()}`;
            const init: RequestInit =
              method === 'GET'
                ? { method }
                : { method, headers: { 'content-type': 'application/json' }, body: payload };
            const sent =
              who === 'founder'
                ? asBearer(community.people.founder, init)
                : who === 'founder-session'
                  ? asSession(community.people.founder, init)
                  : init;
            const size = (await community.ctx.store.head()).size;
            const res = await community.app.request(url, sent);
            const text = await res.text();
            expect(res.status, `${method} ${url} ${String(init.body)} → ${text}`).toBeLessThan(500);
            if (res.status >= 400) {
              expect(
                (await community.ctx.store.head()).size,
                `${method} ${url} was refused but the ledger grew`,
              ).toBe(size);
              expect(res.headers.get('content-type')).toBe('application/problem+json');
            }
          },
        ),
        { numRuns: 25 },
      );
    });
  }
});
