import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { dialects, skipping, testStore } from '../../../test/support/stores.js';
import type { AppContext } from '../context.js';
import { eventCatalog } from '../event-catalog.js';
import { listJobs, runDueJobs } from '../jobs/job-queue.js';
import { federationContext } from './federation-settings.js';
import { FEDIFY_MESSAGE_JOB, JobMessageQueue } from './job-message-queue.js';
import { StoreKvStore } from './store-kv.js';

for (const d of dialects) {
  describe.skipIf(skipping(d, 'federation kv and queue'))(
    `Fedify's KvStore and MessageQueue on the Store (${d.dialect})`,
    () => {
      async function context(): Promise<{ ctx: AppContext; advance(ms: number): void }> {
        let now = Date.UTC(2026, 10, 24, 10);
        const ctx: AppContext = {
          store: await testStore(d),
          node: null,
          clock: () => new Date(now),
          catalog: eventCatalog,
          checkpointEvery: 1000,
          dataDir: '',
          federation: federationContext('https://coop.example'),
        };
        return { ctx, advance: (ms) => void (now += ms) };
      }

      it('keeps values by key until they expire or are deleted', async () => {
        const { ctx, advance } = await context();
        const kv = new StoreKvStore(ctx);
        expect(await kv.get(['a', 'b'])).toBeUndefined();
        await kv.set(['a', 'b'], { n: 1 });
        await kv.set(['a', 'b'], { n: 2 });
        await kv.set(['a'], 'other', { ttl: Temporal.Duration.from({ seconds: 60 }) });
        expect(await kv.get(['a', 'b'])).toEqual({ n: 2 });
        expect(await kv.get(['a'])).toBe('other');
        advance(61_000);
        expect(await kv.get(['a'])).toBeUndefined();
        await kv.delete(['a', 'b']);
        expect(await kv.get(['a', 'b'])).toBeUndefined();
      });

      it('queues messages as jobs of the one job table, a delayed one due later, each handled once', async () => {
        const { ctx, advance } = await context();
        const queue = new JobMessageQueue(ctx, ctx.federation!);
        const handled: unknown[] = [];
        const abort = new AbortController();
        const listening = queue.listen((message) => void handled.push(message), {
          signal: abort.signal,
        });
        await queue.enqueue({ type: 'outbox', n: 1 });
        await queue.enqueue(
          { type: 'outbox', n: 2 },
          { delay: Temporal.Duration.from({ minutes: 5 }) },
        );
        expect(await listJobs(ctx, { kind: FEDIFY_MESSAGE_JOB })).toHaveLength(2);
        const handlers = {
          [FEDIFY_MESSAGE_JOB]: async (_: AppContext, job: { payload: unknown }) =>
            void handled.push(job.payload),
        };
        expect(await runDueJobs(ctx, handlers)).toBe(1);
        advance(5 * 60_000);
        expect(await runDueJobs(ctx, handlers)).toBe(1);
        expect(await runDueJobs(ctx, handlers)).toBe(0);
        expect(handled).toEqual([
          { type: 'outbox', n: 1 },
          { type: 'outbox', n: 2 },
        ]);
        abort.abort();
        await listening;
      });
    },
  );
}
