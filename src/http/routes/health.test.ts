import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../app.js';
import { getJson } from '../test-request.js';
import { openTestLedger, type TestLedger } from '../test-ledger.js';

const logger = pino({ level: 'silent' });

describe('GET /api/health', () => {
  let ledger: TestLedger;
  beforeAll(async () => {
    ledger = await openTestLedger({ renames: 3 });
  });
  afterAll(() => ledger.close());

  it('names the database and the head of the ledger, with the current name', async () => {
    const { status, body } = await getJson(createHttpApp(ledger.ctx, { logger }), '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      database: 'sqlite',
      ledger: {
        size: ledger.events.length,
        head: ledger.events.at(-1)!.hash,
        ledgerId: ledger.events[0]!.hash,
        name: 'Test DisCO 3',
      },
    });
  });

  it('answers before the ledger is started', async () => {
    const empty = await openTestLedger({ init: false });
    try {
      const { status, body } = await getJson(createHttpApp(empty.ctx, { logger }), '/api/health');
      expect(status).toBe(200);
      expect(body.ledger).toEqual({ size: 0, head: '0'.repeat(64), ledgerId: null, name: null });
    } finally {
      await empty.close();
    }
  });

  it('is a 503 problem when the database cannot be read', async () => {
    const broken = {
      ...ledger.ctx,
      store: {
        ...ledger.ctx.store,
        dialect: 'sqlite' as const,
        head: () => Promise.reject(new Error('SQLITE_IOERR')),
      },
    };
    const { status, contentType, body } = await getJson(
      createHttpApp(broken, { logger }),
      '/api/health',
    );
    expect(status).toBe(503);
    expect(contentType).toBe('application/problem+json');
    expect(body.type).toBe('urn:disco-cat:problem:database-unavailable');
    expect(JSON.stringify(body)).not.toContain('SQLITE_IOERR');
  });
});
