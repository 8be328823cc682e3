import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCheckpointSignature } from '../../core/ledger/checkpoint.js';
import { leafHash, verifyInclusion } from '../../core/ledger/merkle.js';
import { createHttpApp } from '../app.js';
import { encodeCursor } from '../pagination.js';
import { getJson } from '../test-request.js';
import { openTestLedger, type TestLedger } from '../test-ledger.js';

const hex = (text: string): Buffer => Buffer.from(text, 'hex');

describe('ledger events', () => {
  let ledger: TestLedger;
  let app: ReturnType<typeof createHttpApp>;
  beforeAll(async () => {
    // 301 events (the founding 11, then 290 renames), checkpoints at 100, 200 and 300: the last event is beyond every checkpoint.
    ledger = await openTestLedger({ renames: 290, checkpointEvery: 100 });
    app = createHttpApp(ledger.ctx, { logger: pino({ level: 'silent' }) });
  });
  afterAll(() => ledger.close());

  describe('GET /api/ledger/events', () => {
    it('walks every event exactly once, in order, with no empty last page', async () => {
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=37&cursor=${cursor}` : '?limit=37';
        const { status, body } = await getJson(app, `/api/ledger/events${query}`);
        expect(status).toBe(200);
        expect(body.items.length).toBeGreaterThan(0);
        seen.push(...body.items.map((e: { seq: number }) => e.seq));
        cursor = body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(seen).toEqual(ledger.events.map((e) => e.seq));
      expect(pages).toBe(Math.ceil(301 / 37));
    });

    it('returns the events as stored', async () => {
      const { body } = await getJson(app, `/api/ledger/events?limit=2&cursor=${encodeCursor(9)}`);
      expect(body.items).toEqual([ledger.events[9], ledger.events[10]]);
    });

    it('pages by 100 unless told otherwise', async () => {
      const { body } = await getJson(app, '/api/ledger/events');
      expect(body.items).toHaveLength(100);
      expect(body.nextCursor).toBe(encodeCursor(100));
    });

    it('pages newest first with order=desc, back to the genesis', async () => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `?order=desc&limit=50${cursor ? `&cursor=${cursor}` : ''}`;
        const { status, body } = await getJson(app, `/api/ledger/events${query}`);
        expect(status).toBe(200);
        expect(body.items.length).toBeGreaterThan(0);
        seen.push(...body.items.map((e: { seq: number }) => e.seq));
        cursor = body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(ledger.events.map((e) => e.seq).reverse());
      const { body } = await getJson(app, '/api/ledger/events?order=desc&limit=2');
      expect(body.items).toEqual([ledger.events[300], ledger.events[299]]);
      expect(body.nextCursor).toBe(encodeCursor(300));
    });

    it('refuses an order it does not know, naming the parameter', async () => {
      const { status, body } = await getJson(app, '/api/ledger/events?order=newest');
      expect(status).toBe(400);
      expect(JSON.stringify(body)).toMatch(/order/);
    });

    it('gives an empty last page to a cursor at the end', async () => {
      const { status, body } = await getJson(app, `/api/ledger/events?cursor=${encodeCursor(301)}`);
      expect(status).toBe(200);
      expect(body).toEqual({ items: [], nextCursor: null });
    });
  });

  describe('GET /api/ledger/events/{seq}', () => {
    it.each([1, 2, 99, 100, 150, 300])(
      'proves event %i against the latest checkpoint that covers it',
      async (seq) => {
        const { status, body } = await getJson(app, `/api/ledger/events/${seq}`);
        expect(status).toBe(200);
        const { event, proof } = body;
        expect(event).toEqual(ledger.events[seq - 1]);
        expect(proof.treeSize).toBe(300);
        expect(proof.leafHash).toBe(leafHash(hex(event.hash)).toString('hex'));
        expect(
          verifyInclusion(
            seq - 1,
            proof.treeSize,
            leafHash(hex(event.hash)),
            proof.path.map(hex),
            hex(proof.root),
          ),
        ).toBe(true);
        expect(proof.checkpoint.treeSize).toBe(300);
        expect(verifyCheckpointSignature(proof.checkpoint)).toBe(true);
        expect(
          verifyInclusion(
            seq - 1,
            proof.treeSize,
            leafHash(hex(event.hash)),
            proof.path.map(hex),
            hex(proof.checkpoint.root),
          ),
        ).toBe(true);
      },
    );

    it('proves an event beyond every checkpoint against the current ledger', async () => {
      const { body } = await getJson(app, '/api/ledger/events/301');
      expect(body.proof).toMatchObject({ treeSize: 301, checkpoint: null });
      expect(
        verifyInclusion(
          300,
          301,
          hex(body.proof.leafHash),
          body.proof.path.map(hex),
          hex(body.proof.root),
        ),
      ).toBe(true);
    });

    it('proves inclusion in the tree size a client holds', async () => {
      const { body } = await getJson(app, '/api/ledger/events/42?treeSize=100');
      expect(body.proof.treeSize).toBe(100);
      expect(body.proof.checkpoint.treeSize).toBe(100);
      expect(
        verifyInclusion(
          41,
          100,
          hex(body.proof.leafHash),
          body.proof.path.map(hex),
          hex(body.proof.checkpoint.root),
        ),
      ).toBe(true);
      const uncheckpointed = await getJson(app, '/api/ledger/events/42?treeSize=77');
      expect(uncheckpointed.body.proof.checkpoint).toBeNull();
      expect(
        verifyInclusion(
          41,
          77,
          hex(uncheckpointed.body.proof.leafHash),
          uncheckpointed.body.proof.path.map(hex),
          hex(uncheckpointed.body.proof.root),
        ),
      ).toBe(true);
    });

    it('is a 404 problem for an event that does not exist', async () => {
      const { status, contentType, body } = await getJson(app, '/api/ledger/events/302');
      expect(status).toBe(404);
      expect(contentType).toBe('application/problem+json');
      expect(body).toMatchObject({ type: 'urn:disco-cat:problem:not-found', status: 404 });
      expect(body.detail).toContain('302');
    });

    it('names treeSize in the query when it cannot hold the event', async () => {
      const { status, body } = await getJson(app, '/api/ledger/events/42?treeSize=10');
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        {
          field: 'query.treeSize',
          message: 'must be between 42 and 301',
          code: 'field.between',
          params: { min: 42, max: 301 },
        },
      ]);
    });
  });
});
