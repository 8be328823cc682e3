import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/store.js';
import { ALL_MESSAGE_CODES } from '../core/messages/codes.js';
import { createHttpApp } from './app.js';
import { getJson } from './test-request.js';
import { openTestLedger, type TestLedger } from './test-ledger.js';

describe('createHttpApp', () => {
  let ledger: TestLedger;
  let app: ReturnType<typeof createHttpApp>;
  beforeAll(async () => {
    ledger = await openTestLedger({ renames: 120, checkpointEvery: 50 });
    app = createHttpApp(ledger.ctx, { logger: pino({ level: 'silent' }) });
  });
  afterAll(() => ledger.close());

  describe('refuses bad input with a 400 problem naming the field', () => {
    it.each([
      ['/api/ledger/events?limit=0', 'query.limit'],
      ['/api/ledger/events?limit=501', 'query.limit'],
      ['/api/ledger/events?limit=abc', 'query.limit'],
      ['/api/ledger/events?limit=1e2', 'query.limit'],
      ['/api/ledger/events?limit=', 'query.limit'],
      ['/api/ledger/events?limit=5&limit=6', 'query.limit'],
      ['/api/ledger/events?cursor=garbage', 'query.cursor'],
      ['/api/ledger/checkpoints?cursor=eyJhZnRlciI6LTF9', 'query.cursor'],
      ['/api/ledger/events/-1', 'path.seq'],
      ['/api/ledger/events/0', 'path.seq'],
      ['/api/ledger/events/abc', 'path.seq'],
      ['/api/ledger/events/1?treeSize=x', 'query.treeSize'],
      ['/api/ledger/consistency?from=100&to=50', 'query.from'],
      ['/api/ledger/consistency?from=1', 'query.to'],
      ['/api/ledger/consistency?from=0&to=5', 'query.from'],
    ])('%s → %s', async (path, field) => {
      const { status, contentType, body } = await getJson(app, path);
      expect(status).toBe(400);
      expect(contentType).toBe('application/problem+json');
      expect(body).toMatchObject({
        type: 'urn:disco-cat:problem:invalid-input',
        title: expect.any(String),
        status: 400,
        detail: expect.any(String),
      });
      expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
      for (const e of body.errors as { code?: string; params?: Record<string, unknown> }[])
        expect(ALL_MESSAGE_CODES, JSON.stringify(e)).toContain(e.code);
    });

    it('one entry per bad field', async () => {
      const { body } = await getJson(app, '/api/ledger/events?limit=0&cursor=nope');
      expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'query.cursor',
        'query.limit',
      ]);
    });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const { status, contentType, body } = await getJson(app, '/api/ledger/nothing-here');
    expect(status).toBe(404);
    expect(contentType).toBe('application/problem+json');
    expect(body).toMatchObject({
      type: 'urn:disco-cat:problem:not-found',
      status: 404,
      detail: 'There is no route GET /api/ledger/nothing-here.',
      code: 'refusal.no-such-route',
      params: { method: 'GET', path: '/api/ledger/nothing-here' },
      hintCode: 'hint.routes-listed-in',
    });
  });

  it('answers an unexpected error with a 500 problem that tells nothing of it, and logs it', async () => {
    const lines: string[] = [];
    const logger = pino({}, { write: (line: string) => void lines.push(line) });
    const failing: Store = Object.create(ledger.ctx.store, {
      events: { value: () => Promise.reject(new Error('disk /secret/path is on fire')) },
    });
    const broken = createHttpApp({ ...ledger.ctx, store: failing }, { logger });
    const res = await broken.request('/api/ledger/events');
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(text).not.toContain('secret');
    const requestId = res.headers.get('x-request-id');
    expect(JSON.parse(text)).toMatchObject({
      type: 'urn:disco-cat:problem:internal-error',
      status: 500,
      detail: expect.stringContaining(requestId!),
    });
    const logged = lines.map(
      (line) => JSON.parse(line) as { msg: string; reqId: string; err?: { message: string } },
    );
    expect(logged.find((l) => l.msg === 'unexpected error')).toMatchObject({
      reqId: requestId,
      err: { message: 'disk /secret/path is on fire' },
    });
  });

  it('never answers a 5xx, and always JSON, whatever the query', async () => {
    const number = fc.oneof(
      fc.nat({ max: 130 }).map(String),
      fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
    );
    const value = fc.oneof(
      number,
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('eyJhZnRlciI6NX0', 'eyJhZnRlciI6NX0=', '', '%', '%zz'),
    );
    const key = fc.oneof(fc.constantFrom('cursor', 'limit', 'treeSize', 'from', 'to'), fc.string());
    const query = fc.oneof(
      fc
        .array(fc.tuple(key, value), { maxLength: 5 })
        .map((pairs) => new URLSearchParams(pairs).toString()),
      fc.string({ unit: 'binary' }).map((raw) => encodeURI(raw)),
      fc.string(),
    );
    const path = fc.oneof(
      fc.constantFrom('/api/ledger/events', '/api/ledger/checkpoints', '/api/ledger/consistency'),
      fc
        .oneof(number, fc.string({ minLength: 1 }))
        .map((seq) => `/api/ledger/events/${encodeURIComponent(seq)}`),
    );
    await fc.assert(
      fc.asyncProperty(path, query, async (p, q) => {
        const res = await app.request(`${p}?${q}`);
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get('content-type')).toMatch(/^application\/(problem\+)?json/);
        JSON.parse(await res.text());
      }),
      { numRuns: 300 },
    );
  });
});
