import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../app/context.js';
import { initLedger } from '../app/ledger/init-ledger.js';
import { createLogger } from '../config/logger.js';
import { RoutedStore } from '../store/read-routing.js';
import {
  postgresBinaries,
  startReplicaCluster,
  type ReplicaCluster,
} from '../../test/support/replica-cluster.js';
import { createHttpApp } from './app.js';
import { MIN_SEQ_HEADER, READ_FROM_HEADER, SEQ_HEADER } from './read-your-writes.js';

/*
 * A real primary and a real streaming replica, with the replica's replay paused to make it lag
 * on purpose: the one fault read-your-writes exists for.
 */
const binaries = postgresBinaries();
const missing = 'missing' in binaries ? binaries.missing : null;
if (missing && process.env['CI'] === 'true') {
  throw new Error(
    `the read-replica test must run under CI, but PostgreSQL's programs are missing: ${missing}`,
  );
}
if (missing) console.warn(`[skipped] read replica test: ${missing}`);

describe.skipIf(missing !== null)(
  'a PostgreSQL streaming replica behind the read-only routes',
  () => {
    let cluster: ReplicaCluster;
    let ctx: AppContext;
    let app: ReturnType<typeof createHttpApp>;
    let standby: pg.Client;
    let dataDir: string;

    beforeAll(async () => {
      cluster = await startReplicaCluster((binaries as { bin: string }).bin);
      dataDir = mkdtempSync(join(tmpdir(), 'disco-replica-node-'));
      let tick = 0;
      ctx = await openApp({
        dataDir,
        databaseUrl: cluster.primaryUrl,
        readDatabaseUrl: cluster.replicaUrl,
        clock: () => new Date(Date.UTC(2026, 0, 5) + 1000 * tick++),
      });
      const { founderId } = await initLedger(ctx, {
        name: 'Replicated',
        currency: 'EUR',
        timeZone: 'UTC',
        founderName: 'Ana',
      });
      app = createHttpApp(ctx, {
        localOperator: founderId,
        logger: createLogger({ logLevel: 'silent' }),
      });
      standby = new pg.Client({ connectionString: cluster.replicaUrl });
      await standby.connect();
    }, 40_000);

    afterAll(async () => {
      await standby?.end().catch(() => undefined);
      await ctx?.store.close();
      await cluster?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    const replicaHead = async (): Promise<number> => {
      try {
        return (await (ctx.store as RoutedStore).replica!.head()).size;
      } catch {
        return 0; // the migrations have not reached the replica yet
      }
    };
    const replicaReaches = async (seq: number): Promise<void> => {
      const until = Date.now() + 15_000;
      while ((await replicaHead()) < seq) {
        if (Date.now() > until) throw new Error(`the replica never replayed seq ${seq}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const createProject = async (name: string): Promise<number> => {
      const res = await app.request('/api/projects', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name,
          client: 'Coop X',
          budget: '100000',
          agreedPrice: '120000',
          status: 'active',
        }),
      });
      expect(res.status, await res.clone().text()).toBe(201);
      return Number(res.headers.get(SEQ_HEADER));
    };
    const projects = async (minSeq?: number): Promise<{ from: string | null; names: string[] }> => {
      const res = await app.request('/api/projects', {
        headers: minSeq === undefined ? {} : { [MIN_SEQ_HEADER]: String(minSeq) },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: { name: string }[] };
      return {
        from: res.headers.get(READ_FROM_HEADER),
        names: body.items.map((p) => p.name).sort(),
      };
    };

    it("never answers older than the client's last write, from the replica once it has caught up", async () => {
      const first = await createProject('Bakery website');
      expect(first).toBeGreaterThan(0);
      await replicaReaches(first);
      expect(await projects(first)).toEqual({ from: 'replica', names: ['Bakery website'] });

      // The replica receives the WAL but applies none of it: it lags, deterministically.
      await standby.query('select pg_wal_replay_pause()');
      for (
        let i = 0;
        (await standby.query('select pg_get_wal_replay_pause_state() as s')).rows[0].s !== 'paused';
        i++
      ) {
        if (i > 300) throw new Error('the replica did not pause');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const second = await createProject('Cooperative bank audit');
      expect(second).toBeGreaterThan(first);
      expect(await replicaHead()).toBeLessThan(second);

      // The client that wrote `second` gets it, from the primary.
      expect(await projects(second)).toEqual({
        from: 'primary',
        names: ['Bakery website', 'Cooperative bank audit'],
      });
      const event = await app.request(`/api/ledger/events/${second}`, {
        headers: { [MIN_SEQ_HEADER]: String(second) },
      });
      expect(event.status).toBe(200);
      expect(event.headers.get(READ_FROM_HEADER)).toBe('primary');
      // A client whose last write is `first` may be served the lagging replica: it is not older.
      expect(await projects(first)).toEqual({ from: 'replica', names: ['Bakery website'] });

      await standby.query('select pg_wal_replay_resume()');
      await replicaReaches(second);
      expect(await projects(second)).toEqual({
        from: 'replica',
        names: ['Bakery website', 'Cooperative bank audit'],
      });
    });

    it('serves the dashboard, the lists, the ledger and its proofs from the replica', async () => {
      const head = (await ctx.store.head()).size;
      await replicaReaches(head);
      const paths = [
        '/api/dashboard',
        '/api/members',
        '/api/balances',
        '/api/proposals',
        '/api/circles',
        '/api/ledger/events',
        `/api/ledger/events/${head}`,
        '/api/ledger/checkpoints',
        '/api/distribution/runs',
        '/api/books',
      ];
      for (const path of paths) {
        const res = await app.request(path, { headers: { [MIN_SEQ_HEADER]: String(head) } });
        expect([path, res.status, res.headers.get(READ_FROM_HEADER)]).toEqual([
          path,
          200,
          'replica',
        ]);
      }
    });

    it('refuses a Disco-Min-Seq that is not a seq, naming the header', async () => {
      const res = await app.request('/api/projects', { headers: { [MIN_SEQ_HEADER]: 'latest' } });
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((e) => e.field)).toEqual([`header.${MIN_SEQ_HEADER}`]);
    });

    it('keeps sign-in state and the other routes that write on the primary', async () => {
      const res = await app.request('/api/me', { headers: { [MIN_SEQ_HEADER]: '1' } });
      expect(res.headers.get(READ_FROM_HEADER)).toBeNull();
    });
  },
);
