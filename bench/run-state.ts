import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commitDistribution } from '../src/app/distribution/commit-distribution.js';
import { loadActor } from '../src/app/members/load-actor.js';
import { calendarDay } from '../src/app/use-case-steps.js';
import { periodOfDate, previousPeriod } from '../src/core/finance/periods.js';
import { outputsForSchema, RUN_SCHEMA } from '../src/core/finance/run-record.js';
import {
  buildRunState,
  chunksToRead,
  isChunked,
  runStateText,
  storedTextHash,
  type AnyRunState,
} from '../src/core/finance/run-state.js';
import { readRunFacts } from '../src/app/distribution/run-start.js';
import { computeRun } from '../src/app/distribution/period-facts.js';
import { baseCurrency } from '../src/app/distribution/finance-facts.js';
import { refusal } from '../src/app/errors.js';
import type { AppContext } from '../src/app/context.js';
import { copyOfKept, keptBuild } from './kept-disco.js';
import { backendCpu, backendCpuSince } from './replay.js';
import { buildDashboardDisco } from './dashboard-disco.js';
import { daysSpanned, EVENTS_A_DAY_BY_AGE } from './dashboard-contributions.js';
import { cpuSecondsSince, DIALECT, freshDatabase } from './bench-database.js';
import { fmt, Report } from './report.js';
import { rowToEvent } from '../src/store/rows.js';

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
/** Which fractions of `BENCH_EVENTS` to build and close (`1` for the largest alone). */
const FRACTIONS = (process.env['BENCH_RUN_STATE_FRACTIONS'] ?? '0.25,0.5,1').split(',').map(Number);
/** The machine is shared: each row says how loaded it was when the row's closes ended. */
const loadAverage = () => fmt(loadavg()[0] ?? 0, 1);

/**
 * `BENCH_RUN_STATE_AGE=1`: the bench DisCO's size sets its age, not its density (a year per
 * 250,000 events, every month alike: `daysSpanned`), so the same month's work is closed at each
 * size and only the history behind it grows.
 */
const AGE = process.env['BENCH_RUN_STATE_AGE'] === '1';

/**
 * `BENCH_RUN_STATE_CHILD=1` times the close from the state in a process of its own
 * (`close-child.ts`), not after the close from event 1 in this one.
 */
const CHILD = process.env['BENCH_RUN_STATE_CHILD'] === '1';

/** `BENCH_RUN_STATE_REPLAY=1` also replays the largest ledger, reusing its build. */
const REPLAY = process.env['BENCH_RUN_STATE_REPLAY'] === '1';

/**
 * Where to keep each size's built DisCO, before any close (`BENCH_RUN_STATE_KEEP`, either dialect;
 * `kept-disco.ts`): a million events take long to build on a loaded machine, and the closes' code
 * does not change the ledger. Each close runs on a copy, so the kept build stays unclosed.
 */
const KEEP = process.env['BENCH_RUN_STATE_KEEP'];

/** Names this run's PostgreSQL connections, so its backends' CPU is read apart from others'. */
const APPLICATION = `disco_bench_run_state_${process.pid}`;
/** This run's PostgreSQL backends' CPU seconds so far, per backend; null on SQLite. */
const serverCpu = async () => (DIALECT === 'postgres' ? backendCpu(APPLICATION) : null);
const serverCpuSince = async (before: Map<number, number> | null): Promise<string> =>
  before ? ` + server ${fmt(backendCpuSince(before, (await serverCpu())!), 2)} s` : '';

/** The bench DisCO of `events` events in `dataDir`: a copy of a kept build, or built. */
async function disco(
  dataDir: string,
  events: number,
): Promise<{
  ctx: AppContext;
  founderId: string;
  databaseUrl?: string | undefined;
  drop(): Promise<void>;
}> {
  if (KEEP) {
    const build = await keptBuild(KEEP, events, AGE);
    const { ctx, databaseUrl, drop } = await copyOfKept(build, dataDir, APPLICATION);
    return { ctx, founderId: build.founderId, databaseUrl, drop };
  }
  const database = DIALECT === 'postgres' ? await freshDatabase('run_state') : null;
  const url = database && new URL(database.url);
  url?.searchParams.set('application_name', APPLICATION);
  const { ctx, setup } = await buildDashboardDisco(
    dataDir,
    events,
    url?.href,
    AGE ? { eventsADay: EVENTS_A_DAY_BY_AGE } : {},
  );
  return {
    ctx,
    founderId: setup.founderId,
    databaseUrl: url?.href,
    drop: async () => database?.drop(),
  };
}

/** The child's connections get a name of their own: it reads its own backends' CPU. */
function childUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', `${APPLICATION}_child`);
  return url.href;
}

/** The repository, where `close-child.ts` is run from. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

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

/** What one close cost: wall milliseconds, this process's CPU seconds, the server's (PostgreSQL). */
export interface CloseCost {
  ms: number;
  cpu: number;
  /** ` + server … s` on PostgreSQL, else empty. */
  server: string;
}

/** What `closeTwoMonths` did. */
export interface TwoCloses {
  fromEventOne: CloseCost;
  fromState: CloseCost;
  /** The state the second close recorded, and the length of its stored text. */
  state: AnyRunState;
  stateBytes: number;
  chunksRead: ChunksRead;
  /** Chunks (of claims, and dormant buckets) the second close stored. */
  chunksWritten: number;
  /**
   * CPU seconds to handle the recorded state's text once as a close does (parse and hash it as
   * read, write and hash it again), the least of five: the part of a close that follows the
   * state's size, which grows with the ledger's age (a chunk reference per member, stream and
   * month with open claims).
   */
  stateTextCpu: number;
  /**
   * CPU seconds of the second close's work short of recording it (read and check the state and
   * the chunks it needs, fold, run the value equation, build the next state and its text), the
   * least of `repeats` (five) before the close itself: steadier than the one timed close, whose
   * garbage collection depends on what the process did before.
   */
  computeCpu: number;
}

const timing = (c: CloseCost, digits: number) =>
  `${fmt(c.ms / 1000, digits)} s (CPU ${fmt(c.cpu, digits)} s${c.server})`;

/**
 * Closes the month before last from event 1 (as every close was before run states), then last
 * month from that run's recorded state; what each cost and what the second read. Nothing is
 * appended between the two, so what the second folds is the state's replay list and the run
 * event itself. `profile` names a file for a CPU profile of the second close (not counted in its
 * time).
 *
 * @example const { fromState } = await closeTwoMonths(ctx, founderId); // fromState.cpu: seconds
 */
export async function closeTwoMonths(
  ctx: AppContext,
  founderId: string,
  measure: {
    profile?: string | undefined;
    serverCpu?: () => Promise<Map<number, number> | null>;
    serverCpuSince?: (before: Map<number, number> | null) => Promise<string>;
    /** How many times to compute the close short of recording it, for `computeCpu` (5). */
    repeats?: number;
    /** Where the DisCO is, to close last month in a process of its own (`close-child.ts`). */
    child?: { dataDir: string; databaseUrl?: string | undefined } | undefined;
  } = {},
): Promise<TwoCloses> {
  const server = measure.serverCpu ?? (async () => null);
  const serverSince = measure.serverCpuSince ?? (async () => '');
  const founder = await loadActor(ctx, founderId);
  const last = previousPeriod(periodOfDate(calendarDay(ctx.clock(), 'UTC')));
  const before = previousPeriod(last);
  let serverBefore = await server();
  const started = performance.now();
  const cpu = process.cpuUsage();
  await commitDistribution(ctx, founder, { period: before });
  const fromEventOne = {
    ms: performance.now() - started,
    cpu: cpuSecondsSince(cpu),
    server: await serverSince(serverBefore),
  };
  const chunksBefore = await chunkCount(ctx);
  const chunksRead = await chunksReadBy(ctx, last);
  const currency = await baseCurrency(ctx);
  let computeCpu = Infinity;
  for (let i = 0; i < (measure.repeats ?? 5); i++) {
    const c = process.cpuUsage();
    const { run, facts } = await computeRun(
      ctx,
      await readRunFacts(ctx),
      { period: last, currency },
      refusal('refusal.distribution-cannot-be-previewed'),
    );
    const { state } = buildRunState(facts, {
      runId: 'bench',
      period: last,
      ledgerSeq: run.ledgerSeq,
      outputs: outputsForSchema(run.outputs, RUN_SCHEMA),
    });
    storedTextHash(runStateText(state));
    computeCpu = Math.min(computeCpu, cpuSecondsSince(c));
  }
  let fromState: CloseCost;
  let runId: string;
  if (measure.child) {
    const { dataDir, databaseUrl } = measure.child;
    const child = JSON.parse(
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'bench/close-child.ts', dataDir, databaseUrl ?? '-', founderId, last],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
      ),
    ) as { runId: string; ms: number; cpu: number; serverCpu: number | null };
    runId = child.runId;
    fromState = {
      ms: child.ms,
      cpu: child.cpu,
      server: child.serverCpu === null ? '' : ` + server ${fmt(child.serverCpu, 2)} s`,
    };
  } else {
    let ms = 0;
    let stateCpu = 0;
    serverBefore = await server();
    // With `node --expose-gc`: the garbage of the close from event 1 (four times more at four
    // times the events) is collected here, not in the timed close.
    (globalThis as { gc?: () => void }).gc?.();
    // Timed inside, so that stopping the profiler (and writing its profile) is not counted.
    const run = await profiled(measure.profile, async () => {
      const t = performance.now();
      const c = process.cpuUsage();
      const committed = await commitDistribution(ctx, founder, { period: last });
      ms = performance.now() - t;
      stateCpu = cpuSecondsSince(c);
      return committed;
    });
    runId = run.id!;
    fromState = { ms, cpu: stateCpu, server: await serverSince(serverBefore) };
  }
  const row = await ctx.store.db
    .selectFrom('distribution_run_states')
    .select('state')
    .where('run_id', '=', runId)
    .executeTakeFirstOrThrow();
  let stateTextCpu = Infinity;
  for (let i = 0; i < 5; i++) {
    const c = process.cpuUsage();
    storedTextHash(runStateText(JSON.parse(row.state) as AnyRunState));
    storedTextHash(row.state);
    stateTextCpu = Math.min(stateTextCpu, cpuSecondsSince(c));
  }
  return {
    fromEventOne,
    fromState,
    // States recorded before `pending` (run from an older tree, as a baseline) carry none.
    state: JSON.parse(row.state) as AnyRunState,
    stateBytes: row.state.length,
    chunksRead,
    chunksWritten: (await chunkCount(ctx)) - chunksBefore,
    stateTextCpu,
    computeCpu,
  };
}

/**
 * Issue 14: closing a month from the previous run's recorded state, on the dashboard's bench DisCO
 * at a quarter, half and all of `BENCH_EVENTS` (`closeTwoMonths`).
 */
export async function benchRunState(report: Report, workDir: string): Promise<void> {
  const rows: string[] = [];
  const replays: string[] = [];
  for (const events of FRACTIONS.map((f) => Math.round(EVENTS * f))) {
    const profile = events === EVENTS ? PROFILE : undefined;
    const dataDir = mkdtempSync(join(workDir, 'run-state-'));
    const { ctx, founderId, databaseUrl, drop } = await disco(dataDir, events);
    try {
      const closes = await closeTwoMonths(ctx, founderId, {
        profile,
        serverCpu,
        serverCpuSince,
        child: CHILD ? { dataDir, databaseUrl: databaseUrl && childUrl(databaseUrl) } : undefined,
      });
      const { state } = closes;
      const size = (await ctx.store.head()).size;
      rows.push(
        `| ${fmt(size)} | ${fmt(daysSpanned(events, AGE ? EVENTS_A_DAY_BY_AGE : undefined) / (365 / 12), 1)} | ${timing(closes.fromEventOne, 1)} | ${timing(closes.fromState, 2)} | ${fmt(closes.computeCpu, 2)} s | ${fmt(closes.fromState.ms / closes.fromEventOne.ms, 3)} | ${fmt(state.replay.length)} | ${fmt('pending' in state ? state.pending.id.length : 0)} | ${dormantWork(state)} | ${fmt(openClaims(state))} | ${fmt(closes.stateBytes / 2 ** 20, 1)} MiB (CPU ${fmt(closes.stateTextCpu * 1000, 0)} ms) | ${chunksReadText(closes.chunksRead)} | ${fmt(closes.chunksWritten)} | ${loadAverage()} |`,
      );
      // Each row as soon as it is measured: a loaded machine may not finish the largest size.
      process.stderr.write(`${rows[rows.length - 1]}\n`);
      if (REPLAY && events === EVENTS) {
        replays.push(await timeReplay(ctx, size));
        process.stderr.write(`${replays[replays.length - 1]}\n`);
      }
    } finally {
      await ctx.store.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  report.say(
    `## Closing a month (issue 14): from the previous run state, ${DIALECT === 'postgres' ? 'PostgreSQL' : 'SQLite'}`,
  );
  report.say();
  report.say(
    `The dashboard's bench DisCO (50 members, ${AGE ? 'a year of contributions per 250,000 events, every month alike' : 'two years of contributions'}, 1 in 20 never acknowledged) at three sizes. The month before last is closed from event 1; last month is then closed from that run's recorded state. Target: under 5 s, not growing with the ledger.`,
  );
  report.say();
  report.say(
    '| events | months spanned | close from event 1 | close from the state | its work short of recording, least CPU of 5 | ratio | events replayed | pending contributions carried | dormant work in buckets (contributions, buckets) | open claims carried | state (CPU to parse, hash, write and hash it) | chunks read (first round + second) of named | chunks written | load (1 min) |',
  );
  report.say(
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) report.say(row);
  report.say();
  if (replays.length === 0) return;
  report.say(
    'Replay (every projection emptied and rebuilt from the events, pages of 1,000), against a baseline that only reads and parses every event in the same pages:',
  );
  report.say();
  report.say('| events | baseline: read every event | replay | ratio | target | load (1 min) |');
  report.say('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of replays) report.say(row);
  report.say();
}

/** Open claims a state carries, in the state or in its chunks. */
function openClaims(state: AnyRunState): number {
  if (isChunked(state))
    return state.carried.reduce((n, c) => n + c.chunks.reduce((k, r) => k + r.count, 0), 0);
  return state.carried.length === 0 || !('on' in state.carried[0]!)
    ? state.carried.length
    : (state.carried as { on: string[] }[]).reduce((n, c) => n + c.on.length, 0);
}

/** Dormant work a `disco-run-state@5` carries in buckets: contributions, buckets (none before). */
function dormantWork(state: AnyRunState): string {
  if (!('dormant' in state)) return '-';
  return `${fmt(state.dormant.reduce((n, b) => n + b.count, 0))}, ${fmt(state.dormant.length)}`;
}

function chunksNamed(state: AnyRunState): number {
  return isChunked(state) ? state.carried.reduce((n, c) => n + c.chunks.length, 0) : 0;
}

async function chunkCount(ctx: AppContext): Promise<number> {
  const row = await ctx.store.db
    .selectFrom('distribution_run_state_chunks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Chunks of claims of the latest state a close reads, of those the state names. */
export interface ChunksRead {
  /** Read before the run is computed (what was paid before reaches them, or work settled since). */
  first: number;
  /** Read in all, the second round (what the run pays reaches) included; null: folded from event 1. */
  all: number | null;
  named: number;
}

const chunksReadText = (c: ChunksRead): string =>
  c.all === null
    ? `${fmt(c.first)}, then all (from event 1) of ${fmt(c.named)}`
    : `${c.all === c.first ? fmt(c.first) : `${fmt(c.first)} + ${fmt(c.all - c.first)}`} of ${fmt(c.named)}`;

/**
 * How many chunks of the latest state the close of `period` reads (measured outside the timed
 * close): the first round (what was paid before), plus the second when the run pays further, or
 * that it folded from event 1 instead.
 */
export async function chunksReadBy(ctx: AppContext, period: string): Promise<ChunksRead> {
  const facts = await readRunFacts(ctx);
  const row = await ctx.store.db
    .selectFrom('distribution_run_states')
    .select('state')
    .where('run_id', '=', facts.start.runId ?? '')
    .executeTakeFirst();
  if (!row) return { first: 0, all: 0, named: 0 };
  const state = JSON.parse(row.state) as AnyRunState;
  const first = chunksToRead(state, facts).length;
  const { facts: used } = await computeRun(
    ctx,
    facts,
    { period, currency: await baseCurrency(ctx) },
    refusal('refusal.distribution-cannot-be-previewed'),
  );
  const named = chunksNamed(state);
  if (used.start.runId === null) return { first, all: null, named };
  const unread = used.start.carried.reduce((n, c) => n + (c.unread?.size ?? 0), 0);
  return { first, all: named - unread, named };
}

/** Times a read of every event (the least a replay does), then the store's replay; a table row. */
async function timeReplay(ctx: AppContext, size: number): Promise<string> {
  let t = performance.now();
  let c = process.cpuUsage();
  let done = 0;
  for (;;) {
    const page = await ctx.store.db
      .selectFrom('events')
      .selectAll()
      .where('seq', '>', done)
      .orderBy('seq')
      .limit(1000)
      .execute();
    if (page.length === 0) break;
    done = rowToEvent(page[page.length - 1]!).seq;
    for (const row of page) rowToEvent(row);
  }
  const read = performance.now() - t;
  const readCpu = cpuSecondsSince(c);
  t = performance.now();
  c = process.cpuUsage();
  await ctx.store.replay();
  const replay = performance.now() - t;
  const replayCpu = cpuSecondsSince(c);
  return `| ${fmt(size)} | ${fmt(read / 1000, 1)} s (CPU ${fmt(readCpu, 1)} s) | ${fmt(replay / 1000, 1)} s (CPU ${fmt(replayCpu, 1)} s) | ${fmt(replay / read, 1)} | < 120 s | ${loadAverage()} |`;
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
