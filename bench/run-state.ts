import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { commitDistribution } from '../src/app/distribution/commit-distribution.js';
import { loadActor } from '../src/app/members/load-actor.js';
import { calendarDay } from '../src/app/use-case-steps.js';
import { periodOfDate, previousPeriod } from '../src/core/finance/periods.js';
import type { RunState } from '../src/core/finance/run-state.js';
import { buildDashboardDisco } from './dashboard-disco.js';
import { fmt, Report } from './report.js';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
/** Which fractions of `BENCH_EVENTS` to build and close (`1` for the largest alone). */
const FRACTIONS = (process.env['BENCH_RUN_STATE_FRACTIONS'] ?? '0.25,0.5,1').split(',').map(Number);
/**
 * `postgres` closes on PostgreSQL: each size in a database of its own, created on the server of
 * `BENCH_DATABASE_URL` (default the local test server) and dropped after, so tests are not disturbed.
 */
const DIALECT = process.env['BENCH_DIALECT'] === 'postgres' ? 'postgres' : 'sqlite';
const SERVER_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh PostgreSQL database for one size, and how to drop it. */
async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `disco_bench_run_state_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** The machine is shared: each row says how loaded it was when the row's closes ended. */
const loadAverage = () => fmt(loadavg()[0] ?? 0, 1);

/** CPU seconds of this process (user and system), less sensitive than wall time to a busy machine. */
const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

/** A file to write a CPU profile of the largest close from the state to (Chrome DevTools format). */
const PROFILE = process.env['BENCH_PROFILE'];

/** Runs `work`, profiling it into `file` when one is given. */
async function profiled<T>(file: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}

/**
 * Issue 14: closing a month from the previous run's recorded state, on the dashboard's bench DisCO
 * at a quarter, half and all of `BENCH_EVENTS`. The month before last is closed first (a fold
 * from event 1, as every close was before run states); last month's close then starts from its
 * state. Nothing is appended between the two, so what the second close folds is the state's
 * replay list and the run event itself.
 */
export async function benchRunState(report: Report, workDir: string): Promise<void> {
  const rows: string[] = [];
  for (const events of FRACTIONS.map((f) => Math.round(EVENTS * f))) {
    const profile = events === EVENTS ? PROFILE : undefined;
    const dataDir = mkdtempSync(join(workDir, 'run-state-'));
    const database = DIALECT === 'postgres' ? await freshDatabase() : null;
    const { ctx, setup } = await buildDashboardDisco(dataDir, events, database?.url);
    try {
      const founder = await loadActor(ctx, setup.founderId);
      const last = previousPeriod(periodOfDate(calendarDay(ctx.clock(), 'UTC')));
      const before = previousPeriod(last);
      const started = performance.now();
      const cpu = process.cpuUsage();
      await commitDistribution(ctx, founder, { period: before });
      const fromEventOne = performance.now() - started;
      const fromEventOneCpu = cpuSeconds(process.cpuUsage(cpu));
      let fromState = 0;
      let fromStateCpu = 0;
      // Timed inside, so that stopping the profiler (and writing its profile) is not counted.
      const run = await profiled(profile, async () => {
        const t = performance.now();
        const c = process.cpuUsage();
        const committed = await commitDistribution(ctx, founder, { period: last });
        fromState = performance.now() - t;
        fromStateCpu = cpuSeconds(process.cpuUsage(c));
        return committed;
      });
      const row = await ctx.store.db
        .selectFrom('distribution_run_states')
        .select('state')
        .where('run_id', '=', run.id!)
        .executeTakeFirstOrThrow();
      // States recorded before `pending` (run from an older tree, as a baseline) carry none.
      const state = JSON.parse(row.state) as Omit<RunState, 'pending'> & Partial<RunState>;
      const size = (await ctx.store.head()).size;
      rows.push(
        `| ${fmt(size)} | ${fmt(fromEventOne / 1000, 1)} s (CPU ${fmt(fromEventOneCpu, 1)} s) | ${fmt(fromState / 1000, 2)} s (CPU ${fmt(fromStateCpu, 2)} s) | ${fmt(fromState / fromEventOne, 3)} | ${fmt(state.replay.length)} | ${fmt(state.pending?.id.length ?? 0)} | ${fmt(state.carried.reduce((n, c) => n + c.on.length, 0))} | ${fmt(row.state.length / 2 ** 20, 1)} MiB | ${loadAverage()} |`,
      );
    } finally {
      await ctx.store.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  report.say(
    `## Closing a month (issue 14): from the previous run state, ${DIALECT === 'postgres' ? 'PostgreSQL' : 'SQLite'}`,
  );
  report.say();
  report.say(
    `The dashboard's bench DisCO (50 members, two years of contributions, 1 in 20 never acknowledged) at three sizes. The month before last is closed from event 1; last month is then closed from that run's recorded state. Target: under 5 s, not growing with the ledger.`,
  );
  report.say();
  report.say(
    '| events | close from event 1 | close from the state | ratio | events replayed | pending contributions carried | open claims carried | state | load (1 min) |',
  );
  report.say('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) report.say(row);
  report.say();
}

// `tsx bench/run-state.ts` runs this benchmark alone and prints its section.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-'));
  try {
    await benchRunState(new Report(), workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
