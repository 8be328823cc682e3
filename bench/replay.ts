import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import type { LedgerEvent } from '../src/core/ledger/event.js';
import { openStore } from '../src/store/open-store.js';
import type { Projector } from '../src/store/projections/projector.js';
import { projectors as registered } from '../src/store/projections/registry.js';
import { rowToEvent } from '../src/store/rows.js';
import type { Store } from '../src/store/store.js';
import { cpuSecondsSince, DIALECT, freshDatabase, SERVER_URL } from './bench-database.js';
import { buildDashboardDisco } from './dashboard-disco.js';
import { keptBuild, urlOf } from './kept-disco.js';
import { fmt, Report } from './report.js';

/*
 * Issue 14: replaying the ledger (every read model emptied and rebuilt from the events) on the
 * dashboard's bench DisCO of `BENCH_EVENTS` events (1,000,000 by default), against a baseline that
 * only reads and parses every event in the same pages. Target: under 2 minutes at 1,000,000 on
 * either database.
 *
 * `BENCH_DIALECT=postgres` replays on PostgreSQL; `BENCH_REPLAY_KEEP=DIR` keeps the build across
 * runs (`kept-disco.ts`: a directory on SQLite, a database of its own on PostgreSQL) and replays
 * it in place; `BENCH_REPLAY_ROUNDS` replays that many times (default 1);
 * `BENCH_REPLAY_PROJECTORS=1` also times each projector.
 */

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
const KEEP = process.env['BENCH_REPLAY_KEEP'];
const ROUNDS = Number(process.env['BENCH_REPLAY_ROUNDS'] ?? 1);
const BY_PROJECTOR = process.env['BENCH_REPLAY_PROJECTORS'] === '1';
const PAGE = 1000;

/** One replay's figures: wall milliseconds, CPU seconds. */
export interface ReplayFigures {
  events: number;
  /** Reading and parsing every event in pages, the least a replay does. */
  read: { ms: number; cpu: number; serverCpu: number | null };
  replay: { ms: number; cpu: number; serverCpu: number | null };
  /** Wall milliseconds inside each projector's `apply` and `applyBatch`, when timed. */
  projectors: Map<string, number>;
}

/**
 * The CPU seconds the PostgreSQL backends of one application name have used, read from
 * `/proc/<pid>/stat` on this machine (the server must run here): other sessions' queries on the
 * same server are not counted. Each call gives the total since the backends started, per pid.
 */
export async function backendCpu(applicationName: string): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where application_name = $1',
      [applicationName],
    );
    const seconds = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        // Fields 14 and 15 (utime, stime), counted after the "pid (comm)" prefix.
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        seconds.set(pid, (Number(fields[11]) + Number(fields[12])) / clockTicks());
      } catch {
        // Ended between the query and the read: its CPU is lost to the figure, a bench caveat.
      }
    }
    return seconds;
  } finally {
    await client.end();
  }
}

let ticks: number | undefined;
const clockTicks = (): number =>
  (ticks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100);

/** CPU seconds the backends used between two `backendCpu` readings (a new backend from zero). */
export function backendCpuSince(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, seconds] of after) sum += seconds - (before.get(pid) ?? 0);
  return sum;
}

/** The projectors with each `apply`, `applyBatch` and replay pass timed into `into`, by projector name. */
export function timedProjectors(
  projectors: readonly Projector[],
  into: Map<string, number>,
): Projector[] {
  const add = (name: string, started: number) =>
    into.set(name, (into.get(name) ?? 0) + performance.now() - started);
  return projectors.map((p) => {
    const timed: Projector = { name: p.name, tables: p.tables };
    if (p.types) Object.assign(timed, { types: p.types });
    if (p.apply)
      timed.apply = async (db, event) => {
        const started = performance.now();
        try {
          await p.apply!(db, event);
        } finally {
          add(p.name, started);
        }
      };
    if (p.applyBatch)
      timed.applyBatch = async (db, events: readonly LedgerEvent[]) => {
        const started = performance.now();
        try {
          return await p.applyBatch!(db, events);
        } finally {
          add(p.name, started);
        }
      };
    if (p.replayPass)
      timed.replayPass = () => {
        const pass = p.replayPass!();
        return {
          async applyBatch(db, events) {
            const started = performance.now();
            try {
              return await pass.applyBatch(db, events);
            } finally {
              add(p.name, started);
            }
          },
          async finish(db) {
            const started = performance.now();
            try {
              await pass.finish(db);
            } finally {
              add(p.name, started);
            }
          },
        };
      };
    return timed;
  });
}

/**
 * Reads every event of `store` in pages (the baseline), then replays it, each timed in wall and
 * CPU time; `application` names the store's PostgreSQL connections, whose backends' CPU is then
 * measured too.
 */
export async function measureReplay(
  store: Store,
  application: string | null,
  projectors: Map<string, number> = new Map(),
): Promise<ReplayFigures> {
  const server = async () => (application ? backendCpu(application) : null);
  const since = (before: Map<number, number> | null, after: Map<number, number> | null) =>
    before && after ? backendCpuSince(before, after) : null;
  let serverBefore = await server();
  let started = performance.now();
  let cpu = process.cpuUsage();
  let events = 0;
  for (;;) {
    const page = await store.db
      .selectFrom('events')
      .selectAll()
      .where('seq', '>', events)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    if (page.length === 0) break;
    for (const row of page) events = rowToEvent(row).seq;
  }
  const read = {
    ms: performance.now() - started,
    cpu: cpuSecondsSince(cpu),
    serverCpu: since(serverBefore, await server()),
  };
  serverBefore = await server();
  projectors.clear();
  started = performance.now();
  cpu = process.cpuUsage();
  await store.replay();
  const replay = {
    ms: performance.now() - started,
    cpu: cpuSecondsSince(cpu),
    // Read at once: the pool closes a connection idle for 10 s, and its backend's CPU with it.
    serverCpu: since(serverBefore, await server()),
  };
  return { events, read, replay, projectors: new Map(projectors) };
}

/** The dashboard's bench DisCO to replay: kept across runs, or built in `workDir` and dropped after. */
async function disco(
  workDir: string,
  application: string,
  projectors: readonly Projector[],
): Promise<{ store: Store; built: boolean; dispose(): Promise<void> }> {
  if (KEEP) {
    const build = await keptBuild(KEEP, EVENTS);
    const store = await openStore(
      build.database
        ? { databaseUrl: urlOf(build.database, application), projectors }
        : { dataDir: build.dataDir, projectors },
    );
    return { store, built: build.built, dispose: async () => undefined };
  }
  const dataDir = mkdtempSync(join(workDir, 'replay-'));
  const database = DIALECT === 'postgres' ? await freshDatabase('replay') : null;
  const { ctx } = await buildDashboardDisco(dataDir, EVENTS, database?.url);
  await ctx.store.close();
  const url = database && new URL(database.url);
  url?.searchParams.set('application_name', application);
  const store = await openStore(
    url ? { databaseUrl: url.href, projectors } : { dataDir, projectors },
  );
  return {
    store,
    built: true,
    async dispose() {
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Issue 14's replay on the bench DisCO: a table row per round, and each projector's share. */
export async function benchReplay(report: Report, workDir: string): Promise<void> {
  const application = `disco_bench_replay_${process.pid}`;
  const byProjector = new Map<string, number>();
  const projectors = BY_PROJECTOR ? timedProjectors(registered, byProjector) : registered;
  const { store, dispose } = await disco(workDir, application, projectors);
  const dialect = DIALECT === 'postgres' ? 'PostgreSQL' : 'SQLite';
  const rows: string[] = [];
  const shares: string[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const f = await measureReplay(
        store,
        DIALECT === 'postgres' ? application : null,
        byProjector,
      );
      const both = (cpu: number, server: number | null) =>
        server === null
          ? `${fmt(cpu, 1)} s`
          : `${fmt(cpu, 1)} s + ${fmt(server, 1)} s = ${fmt(cpu + server, 1)} s`;
      rows.push(
        `| ${fmt(f.events)} | ${dialect} | ${fmt(f.read.ms / 1000, 1)} s (CPU ${both(f.read.cpu, f.read.serverCpu)}) | **${fmt(f.replay.ms / 1000, 1)} s** (CPU ${both(f.replay.cpu, f.replay.serverCpu)}) | ${fmt(f.replay.ms / f.read.ms, 1)} | < 120 s | ${loadavg()
          .map((l) => fmt(l, 1))
          .join(', ')} |`,
      );
      process.stderr.write(`${rows[rows.length - 1]}\n`);
      if (f.projectors.size > 0) {
        const top = [...f.projectors].sort(([, a], [, b]) => b - a).slice(0, 6);
        shares.push(
          `Round ${round}, wall inside each projector: ${top.map(([name, ms]) => `${name} ${fmt(ms / 1000, 1)} s (${fmt((100 * ms) / f.replay.ms)}%)`).join(', ')}.`,
        );
        process.stderr.write(`${shares[shares.length - 1]}\n`);
      }
    }
  } finally {
    await store.close();
    await dispose();
  }
  report.say(`## Replay of the ledger (issue 14), ${dialect}`);
  report.say();
  report.say(
    `The dashboard's bench DisCO (50 members, two years of contributions and their acknowledgements): every read model emptied and rebuilt from the events (\`store.replay()\`, pages of ${fmt(PAGE)}), against a baseline that only reads and parses every event in the same pages. CPU: this process${DIALECT === 'postgres' ? ' + its PostgreSQL backends (from `/proc`, by application name)' : ''}.`,
  );
  report.say();
  report.say(
    '| events | dialect | baseline: read every event | replay | ratio | target | load (1, 5, 15 min) |',
  );
  report.say('| ---: | --- | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) report.say(row);
  report.say();
  for (const line of shares) report.say(line);
  if (shares.length > 0) report.say();
}

// `tsx bench/replay.ts` runs this benchmark alone and prints its section.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-'));
  try {
    await benchReplay(new Report(), workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
