import { describe, expect, it } from 'vitest';
import { dialects, skipping, testLocation } from '../../../test/support/stores.js';
import type { AppContext } from '../context.js';
import { eventCatalog } from '../event-catalog.js';
import { createLogger } from '../../config/logger.js';
import { message } from '../../core/messages/codes.js';
import {
  claimJob,
  enqueueJob,
  JobFailure,
  JobNotReady,
  listJobs,
  PermanentJobFailure,
  runDueJobs,
  wakeJobs,
} from './job-queue.js';

for (const d of dialects) {
  describe.skipIf(skipping(d, 'job table'))(`the durable job table (${d.dialect})`, () => {
    async function servers(count: number) {
      const place = await testLocation(d);
      let now = Date.UTC(2026, 0, 6, 9);
      const contexts: AppContext[] = [];
      for (let i = 0; i < count; i++) {
        contexts.push({
          store: await place.open(),
          node: null,
          clock: () => new Date(now),
          catalog: eventCatalog,
          checkpointEvery: 1000,
          dataDir: '',
        });
      }
      return { contexts, advance: (ms: number) => void (now += ms) };
    }

    it('runs each job once even when servers claim at the same time', async () => {
      // SQLite allows one process per file in tests (see openStore); PostgreSQL shares between two.
      const { contexts } = await servers(d.dialect === 'postgres' ? 2 : 1);
      const a = contexts[0]!;
      for (let i = 0; i < 20; i++) await enqueueJob(a, { kind: 'count', payload: { i } });
      const ran: number[] = [];
      const handlers = {
        count: async (_ctx: AppContext, job: { payload: unknown }) => {
          ran.push((job.payload as { i: number }).i);
        },
      };
      await Promise.all(
        contexts.flatMap((ctx) => [runDueJobs(ctx, handlers), runDueJobs(ctx, handlers)]),
      );
      expect(ran.sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i));
      expect((await listJobs(a, { state: 'done' })).length).toBe(20);
    });

    it('gives a job that is not ready its attempt back, however long the wait, and wakes it on demand', async () => {
      const { contexts, advance } = await servers(1);
      const ctx = contexts[0]!;
      await enqueueJob(ctx, { kind: 'wait', payload: {}, maxAttempts: 2 });
      let ready = false;
      const waiting = message('job.failure.waiting-for-cosigned-checkpoint', {
        seq: 3,
        peer: 'https://peer.test/actor',
      });
      const handlers = {
        wait: async () => {
          if (!ready) throw new JobNotReady(waiting, 60_000);
        },
      };
      // Many more waits than attempts: the job stays pending, attempts unspent.
      for (let i = 0; i < 5; i++) {
        expect(await runDueJobs(ctx, handlers)).toBe(1);
        expect(await runDueJobs(ctx, handlers)).toBe(0); // not due before its wait is over
        advance(60_000);
      }
      expect(await listJobs(ctx, { kind: 'wait' })).toMatchObject([
        {
          state: 'pending',
          attempts: 0,
          lastError:
            "waiting for a checkpoint covering event 3 cosigned by https://peer.test/actor's witness and by as many witnesses as it requires",
          lastErrorSaid: waiting,
        },
      ]);
      // Woken before its wait is over: due at once, and done.
      expect(await runDueJobs(ctx, handlers)).toBe(1);
      expect(await wakeJobs(ctx, 'wait')).toBe(1);
      expect(await wakeJobs(ctx, 'other')).toBe(0);
      ready = true;
      expect(await runDueJobs(ctx, handlers)).toBe(1);
      expect(await listJobs(ctx, { kind: 'wait' })).toMatchObject([{ state: 'done', attempts: 1 }]);
    });

    it('retries with backoff and gives up after the last try with the reason kept', async () => {
      const { contexts, advance } = await servers(1);
      const ctx = contexts[0]!;
      await enqueueJob(ctx, { kind: 'flaky', payload: {}, maxAttempts: 3 });
      const fail = { flaky: async () => Promise.reject(new Error('witness unreachable')) };
      expect(await runDueJobs(ctx, fail)).toBe(1);
      expect(await runDueJobs(ctx, fail)).toBe(0); // not due until the backoff has passed
      advance(1000);
      expect(await runDueJobs(ctx, fail)).toBe(1);
      advance(1999);
      expect(await runDueJobs(ctx, fail)).toBe(0);
      advance(1);
      expect(await runDueJobs(ctx, fail)).toBe(1);
      const [job] = await listJobs(ctx);
      expect(job).toMatchObject({ state: 'failed', attempts: 3, lastError: 'witness unreachable' });
      advance(3_600_000);
      expect(await claimJob(ctx)).toBeNull();
    });

    it('gives up at once on a permanent failure, and a dedupe key refreshes a finished job', async () => {
      const { contexts } = await servers(1);
      const ctx = contexts[0]!;
      await enqueueJob(ctx, { kind: 'refused', payload: { n: 1 }, dedupeKey: 'w1' });
      await enqueueJob(ctx, { kind: 'refused', payload: { n: 2 }, dedupeKey: 'w1' });
      const seen: unknown[] = [];
      const refused = message('job.failure.witness-refused', {
        witness: 'w.test',
        reason: message('job.failure.witness-status', { status: 422 }),
      });
      await runDueJobs(ctx, {
        refused: async (_c, job) => {
          seen.push(job.payload);
          throw new PermanentJobFailure(refused, 'the proof does not verify');
        },
      });
      expect(seen).toEqual([{ n: 1 }]);
      expect(await listJobs(ctx)).toMatchObject([
        {
          state: 'failed',
          attempts: 1,
          // The English with the witness's answer for an operator; the code for the Deck.
          lastError: 'the witness w.test refused: it answered 422: the proof does not verify',
          lastErrorSaid: refused,
        },
      ]);
      await enqueueJob(ctx, { kind: 'refused', payload: { n: 3 }, dedupeKey: 'w1' });
      expect(await claimJob(ctx)).toMatchObject({ payload: { n: 3 }, attempts: 1 });
    });

    it('writes one structured log line per failed try and per job given up, without payload or answer', async () => {
      const { contexts, advance } = await servers(1);
      const lines: string[] = [];
      const ctx: AppContext = {
        ...contexts[0]!,
        log: createLogger({ logLevel: 'info' }, { write: (line: string) => void lines.push(line) }),
      };
      await enqueueJob(ctx, {
        kind: 'peer.ping',
        payload: { secretNote: 'p-417' },
        maxAttempts: 2,
      });
      const failing = {
        'peer.ping': async () => {
          throw new JobFailure(
            message('job.failure.inbox-answered', {
              inbox: 'https://peer.test/inbox',
              status: 503,
            }),
            '<html>body-733</html>',
          );
        },
      };
      await runDueJobs(ctx, failing);
      advance(1000);
      await runDueJobs(ctx, failing);
      expect(lines.join('')).not.toMatch(/p-417|body-733/);
      const [retry, givenUp] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const [job] = await listJobs(ctx);
      expect(retry).toMatchObject({
        level: 40,
        msg: 'job failed, will retry',
        reason: 'https://peer.test/inbox answered 503',
        job: {
          kind: 'peer.ping',
          id: job!.id,
          attempt: 1,
          maxAttempts: 2,
          nextTry: '2026-01-06T09:00:01.000Z',
        },
      });
      expect(givenUp).toMatchObject({
        level: 50,
        msg: 'job given up',
        job: { id: job!.id, attempt: 2, nextTry: null },
      });
      expect(lines).toHaveLength(2);
      // The operator still reads what the peer answered, with the job.
      expect(job!.lastError).toBe('https://peer.test/inbox answered 503: <html>body-733</html>');
    });

    it('logs and keeps a failure reason with the secrets inside its URLs taken out', async () => {
      const { contexts } = await servers(1);
      const lines: string[] = [];
      const ctx: AppContext = {
        ...contexts[0]!,
        log: createLogger({ logLevel: 'info' }, { write: (line: string) => void lines.push(line) }),
      };
      await enqueueJob(ctx, { kind: 'peer.ping', payload: {}, maxAttempts: 1 });
      await runDueJobs(ctx, {
        'peer.ping': async () => {
          throw new Error(
            'fetch https://ana:pw-913@peer.test/inbox?token=tk-555&page=2 failed; see http://tok-77@w.test/x',
          );
        },
      });
      const [job] = await listJobs(ctx);
      for (const text of [lines.join(''), job!.lastError!]) {
        expect(text).not.toMatch(/pw-913|tk-555|tok-77|ana:/);
        expect(text).toContain('peer.test/inbox');
      }
      // An error that says no code (a bug, a library's throw) keeps only its text.
      expect(job!.lastErrorSaid).toBeNull();
    });

    it('keeps a failure’s code and parameters beside its English, URLs redacted in both; old rows have text only', async () => {
      const { contexts } = await servers(1);
      const ctx = contexts[0]!;
      await enqueueJob(ctx, { kind: 'peer.ping', payload: {}, maxAttempts: 1 });
      await runDueJobs(ctx, {
        'peer.ping': async () => {
          throw new JobFailure(
            message('job.failure.inbox-answered', {
              inbox: 'https://peer.test/inbox?token=tk-555',
              status: 500,
            }),
          );
        },
      });
      const [job] = await listJobs(ctx);
      expect(job).toMatchObject({
        state: 'failed',
        lastError: 'https://peer.test/inbox?token=*** answered 500',
        lastErrorSaid: {
          code: 'job.failure.inbox-answered',
          params: { inbox: 'https://peer.test/inbox?token=***', status: 500 },
        },
      });
      // A row failed before codes were kept (migration 0351): its text, and no code.
      await ctx.store.db
        .updateTable('jobs')
        .set({ last_error_code: null, last_error_params: null, last_error: 'old English' })
        .execute();
      expect(await listJobs(ctx)).toMatchObject([
        { lastError: 'old English', lastErrorSaid: null },
      ]);
    });
  });
}
