import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCheckpointSignature } from '../../core/ledger/checkpoint.js';
import { verifyConsistency } from '../../core/ledger/merkle.js';
import { createHttpApp } from '../app.js';
import { getJson } from '../test-request.js';
import { openTestLedger, type TestLedger } from '../test-ledger.js';

const hex = (text: string): Buffer => Buffer.from(text, 'hex');
const logger = pino({ level: 'silent' });

describe('checkpoints and consistency', () => {
  let ledger: TestLedger;
  let app: ReturnType<typeof createHttpApp>;
  beforeAll(async () => {
    ledger = await openTestLedger({ renames: 290, checkpointEvery: 100 });
    app = createHttpApp(ledger.ctx, { logger });
  });
  afterAll(() => ledger.close());

  it('GET /api/ledger/checkpoints/latest gives the latest signed checkpoint', async () => {
    const { status, body } = await getJson(app, '/api/ledger/checkpoints/latest');
    expect(status).toBe(200);
    expect(body).toMatchObject({ treeSize: 300, ledgerId: ledger.events[0]!.hash });
    expect(verifyCheckpointSignature(body)).toBe(true);
  });

  it('GET /api/ledger/checkpoints pages through every checkpoint', async () => {
    const first = await getJson(app, '/api/ledger/checkpoints?limit=2');
    expect(first.body.items.map((c: { treeSize: number }) => c.treeSize)).toEqual([100, 200]);
    const second = await getJson(
      app,
      `/api/ledger/checkpoints?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((c: { treeSize: number }) => c.treeSize)).toEqual([300]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('GET /api/ledger/consistency proves a checkpoint is a prefix of the current ledger', async () => {
    const { body: checkpoints } = await getJson(app, '/api/ledger/checkpoints');
    const { body: health } = await getJson(app, '/api/health');
    for (const checkpoint of checkpoints.items) {
      const { status, body } = await getJson(
        app,
        `/api/ledger/consistency?from=${checkpoint.treeSize}&to=${health.ledger.size}`,
      );
      expect(status).toBe(200);
      expect(body.fromRoot).toBe(checkpoint.root);
      expect(
        verifyConsistency(
          body.from,
          body.to,
          hex(body.fromRoot),
          hex(body.toRoot),
          body.path.map(hex),
        ),
      ).toBe(true);
    }
    const { body: latest } = await getJson(app, '/api/ledger/events/301');
    const { body } = await getJson(app, '/api/ledger/consistency?from=7&to=301');
    expect(body.toRoot).toBe(latest.proof.root);
    expect(
      verifyConsistency(7, 301, hex(body.fromRoot), hex(body.toRoot), body.path.map(hex)),
    ).toBe(true);
  });

  it('GET /api/ledger/consistency names the field that is out of range', async () => {
    expect((await getJson(app, '/api/ledger/consistency?from=200&to=100')).body.errors).toEqual([
      {
        field: 'query.from',
        message: 'must not be larger than to',
        code: 'field.from-not-above-to',
        params: {},
      },
    ]);
    expect((await getJson(app, '/api/ledger/consistency?from=1&to=302')).body.errors).toEqual([
      {
        field: 'query.to',
        message: 'must be at most the ledger size 301',
        code: 'field.at-most-ledger-size',
        params: { size: 301 },
      },
    ]);
  });

  it('the latest checkpoint is a 404 problem before the first is signed', async () => {
    const young = await openTestLedger({ renames: 3 });
    try {
      const { status, contentType, body } = await getJson(
        createHttpApp(young.ctx, { logger }),
        '/api/ledger/checkpoints/latest',
      );
      expect(status).toBe(404);
      expect(contentType).toBe('application/problem+json');
      expect(body.hint).toBeTruthy();
      expect(
        (await getJson(createHttpApp(young.ctx, { logger }), '/api/ledger/checkpoints')).body,
      ).toEqual({ items: [], nextCursor: null });
    } finally {
      await young.close();
    }
  });
});
