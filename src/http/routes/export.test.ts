import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedgerFile } from '../../app/ledger/ledger-file.js';
import { verifyLedger } from '../../app/ledger/verify-ledger.js';
import { createHttpApp } from '../app.js';
import { getJson } from '../test-request.js';
import { openTestLedger, type TestLedger } from '../test-ledger.js';

const logger = pino({ level: 'silent' });

describe('GET /api/ledger/export', () => {
  let ledger: TestLedger;
  beforeAll(async () => {
    ledger = await openTestLedger({ renames: 290, checkpointEvery: 100 });
  });
  afterAll(() => ledger.close());

  it('streams a ledger file that verifies offline', async () => {
    const res = await createHttpApp(ledger.ctx, { logger }).request('/api/ledger/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson');
    const path = join(ledger.dataDir, 'export.ndjson');
    await pipeline(
      Readable.fromWeb(res.body as NodeReadableStream<Uint8Array>),
      createWriteStream(path),
    );

    const file = await openLedgerFile(path);
    expect(file.header).toMatchObject({ ledgerId: ledger.events[0]!.hash, size: 301 });
    const report = await verifyLedger(
      { events: file.events(), checkpoints: file.checkpoints },
      { nodeKey: ledger.ctx.node!.publicKey, catalog: ledger.ctx.catalog, workers: 0 },
    );
    expect(report).toMatchObject({ ok: true, size: 301, checkpointsChecked: 3, fault: null });
  });

  it('is a 409 problem before the ledger is started', async () => {
    const empty = await openTestLedger({ init: false });
    try {
      const { status, contentType, body } = await getJson(
        createHttpApp(empty.ctx, { logger }),
        '/api/ledger/export',
      );
      expect(status).toBe(409);
      expect(contentType).toBe('application/problem+json');
      expect(body).toMatchObject({
        type: 'urn:disco-cat:problem:no-ledger',
        hint: 'Run `disco init` first.',
      });
    } finally {
      await empty.close();
    }
  });
});
