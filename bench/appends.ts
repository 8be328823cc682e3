/*
 * The append path alone: raw inserts plus signatures against `appendEvents` with the 3 s checkpoint
 * cadence and 97 distinct actors, in batches of 500 and one per transaction. Within a round the
 * two sides take turns a slice at a time (100 single appends, or five batches), so that a busy
 * machine slows both alike; two unmeasured warm-up rounds come first, and the ratio is the median
 * of the rounds' ratios.
 * `npm run bench` runs it as section (a) (`benchAppends`); run alone, it is for looking at one change.
 * `BENCH_DIALECT=postgres` runs both sides on PostgreSQL: the baseline is raw `pg` inserts of the same
 * rows (one statement per event, or one multi-row statement per batch) plus one Ed25519 signature each.
 *
 *   BENCH_DIALECT=postgres BENCH_APPEND_BATCH_EVENTS=5000 tsx bench/appends.ts
 *   BENCH_APPEND_BATCH_EVENTS=20000 BENCH_APPEND_SINGLE_EVENTS=500 BENCH_APPEND_ROUNDS=3 tsx bench/appends.ts
 *   BENCH_APPEND_ONLY=ours node --cpu-prof --import tsx bench/appends.ts   # profile our side only
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from '../src/app/context.js';
import { appendEvents } from '../src/app/ledger/append-events.js';
import { initLedger } from '../src/app/ledger/init-ledger.js';
import type { EventDraft } from '../src/core/ledger/event.js';
import { DIALECT, freshDatabase } from './bench-database.js';
import { rawPostgresAppender, rawSqliteAppender, type Appender } from './ledger.js';
import { fmt, rate, type Report } from './report.js';

const BATCH_EVENTS = Number(process.env['BENCH_APPEND_BATCH_EVENTS'] ?? 50_000);
const SINGLE_EVENTS = Number(process.env['BENCH_APPEND_SINGLE_EVENTS'] ?? 2_000);
const ROUNDS = Number(process.env['BENCH_APPEND_ROUNDS'] ?? 3);
const ONLY = process.env['BENCH_APPEND_ONLY'];
/** Unmeasured rounds before the measured ones (`BENCH_APPEND_WARM_UP=0`: none). */
const WARM_UP_ROUNDS = Number(process.env['BENCH_APPEND_WARM_UP'] ?? 2);
/** Events a side appends one per transaction before the other side's turn. */
const SINGLE_SLICE = 100;
/** Batches a side appends before the other side's turn. */
const BATCHES_PER_SLICE = 5;

function draft(i: number): EventDraft {
  return {
    type: 'disco.renamed',
    schema: 1,
    payload: { name: `Cooperative name ${i}` },
    actor: `member-${i % 97}`,
    time: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  };
}

/** Our side: `appendEvents` on a fresh DisCO, on SQLite or on a fresh PostgreSQL database. */
async function oursAppender(workDir: string): Promise<Appender> {
  const database = DIALECT === 'postgres' ? await freshDatabase('appends') : null;
  const ctx = await openApp({
    dataDir: mkdtempSync(join(workDir, 'ours-')),
    ...(database ? { databaseUrl: database.url } : {}),
    witnessing: { publicHost: null, checkpointIntervalMs: 3000, witness: null, fetch },
  });
  await initLedger(ctx, { name: 'Bench', currency: 'EUR', timeZone: 'UTC', founderName: 'F' });
  return {
    async append(from, to, batch) {
      for (let done = from; done < to; done += batch) {
        const drafts: EventDraft[] = [];
        for (let i = done; i < Math.min(to, done + batch); i++) drafts.push(draft(i));
        await appendEvents(ctx, drafts);
      }
    },
    async close() {
      await ctx.store.close();
      await database?.drop();
    },
  };
}

async function rawAppender(workDir: string): Promise<Appender> {
  if (DIALECT === 'sqlite') return rawSqliteAppender(workDir);
  const database = await freshDatabase('appends_raw');
  const raw = await rawPostgresAppender(database.url);
  return {
    append: (from, to, batch) => raw.append(from, to, batch),
    async close() {
      await raw.close();
      await database.drop();
    },
  };
}

/** Wall time and the process's CPU time (every thread) spent appending, in ms and µs. */
interface Spent {
  ms: number;
  cpuUs: number;
}

async function timed(work: () => Promise<void>, spent: Spent): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  spent.ms += performance.now() - started;
  const used = process.cpuUsage(cpu);
  spent.cpuUs += used.user + used.system;
}

/**
 * One round: a fresh raw store and a fresh DisCO, `count` events each, appended in slices that
 * alternate between the two (a raw slice, then ours), so that whatever the machine does meanwhile
 * (other processes, the disk's flushes, the host) falls on both alike.
 */
async function round(
  workDir: string,
  count: number,
  batch: number,
): Promise<{ raw: Spent; ours: Spent }> {
  const slice = batch === 1 ? SINGLE_SLICE : batch * BATCHES_PER_SLICE;
  const raw = { ms: 0, cpuUs: 0 };
  const ours = { ms: 0, cpuUs: 0 };
  const rawSide = ONLY === 'ours' ? null : await rawAppender(workDir);
  const ourSide = ONLY === 'raw' ? null : await oursAppender(workDir);
  try {
    for (let from = 0; from < count; from += slice) {
      const to = Math.min(count, from + slice);
      if (rawSide) await timed(() => rawSide.append(from, to, batch), raw);
      if (ourSide) await timed(() => ourSide.append(from, to, batch), ours);
    }
  } finally {
    await rawSide?.close();
    await ourSide?.close();
  }
  return { raw, ours };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Comparison {
  raw: number;
  ours: number;
  ratio: number;
  ratios: number[];
  /** Medians of CPU µs per event: on a loaded machine they move less than the wall rates. */
  rawCpuUs: number;
  oursCpuUs: number;
}

async function compare(
  workDir: string,
  count: number,
  batch: number,
  label: string,
): Promise<Comparison> {
  // A server appends on warm code: the first thousands of appends of a process run while V8 is
  // still compiling the hot paths (on PostgreSQL, ours took 1.5 times the CPU per append in the
  // round after a warm-up round of 2,000 as in the rounds after that).
  for (let r = 0; r < WARM_UP_ROUNDS; r++) await round(workDir, count, batch);
  const rounds: { raw: number; ours: number; rawCpuUs: number; oursCpuUs: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const { raw, ours } = await round(workDir, count, batch);
    const measured = {
      raw: rate(count, raw.ms),
      ours: rate(count, ours.ms),
      rawCpuUs: raw.cpuUs / count,
      oursCpuUs: ours.cpuUs / count,
    };
    rounds.push(measured);
    console.log(
      `${label} round ${r + 1}: raw ${fmt(measured.raw)} /s, ours ${fmt(measured.ours)} /s, ratio ${fmt(measured.ours / measured.raw, 2)}; CPU per event raw ${fmt(measured.rawCpuUs, 1)} µs, ours ${fmt(measured.oursCpuUs, 1)} µs`,
    );
  }
  const ratios = rounds.map((r) => r.ours / r.raw);
  const result: Comparison = {
    raw: median(rounds.map((r) => r.raw)),
    ours: median(rounds.map((r) => r.ours)),
    ratio: median(ratios),
    ratios,
    rawCpuUs: median(rounds.map((r) => r.rawCpuUs)),
    oursCpuUs: median(rounds.map((r) => r.oursCpuUs)),
  };
  console.log(
    `${label}: median raw ${fmt(result.raw)} /s, ours ${fmt(result.ours)} /s, ratio ${fmt(result.ratio, 2)}; CPU per event raw ${fmt(result.rawCpuUs, 1)} µs, ours ${fmt(result.oursCpuUs, 1)} µs`,
  );
  return result;
}

/** Section (a) of `npm run bench`: both modes, medians of the rounds. */
export async function benchAppends(report: Report, workDir: string): Promise<void> {
  const say = (line?: string): void => report.say(line);
  const single = await compare(workDir, SINGLE_EVENTS, 1, 'one per transaction');
  const batches = await compare(workDir, BATCH_EVENTS, 500, 'batches of 500');
  const row = (mode: string, c: Comparison, target: string): void =>
    say(
      `| ${mode} | ${fmt(c.raw)} /s | ${fmt(c.ours)} /s | **${fmt(c.ratio, 2)}** (${c.ratios.map((r) => fmt(r, 2)).join(', ')}) | ${fmt(c.rawCpuUs, 1)} µs, ${fmt(c.oursCpuUs, 1)} µs | ${target} |`,
    );
  say(
    DIALECT === 'postgres'
      ? '## (a) Appending signed events (PostgreSQL)'
      : '## (a) Appending signed events (SQLite, WAL, synchronous=FULL)',
  );
  say();
  say(
    `\`bench/appends.ts\`: 97 distinct actors, the 3 s checkpoint cadence; ${WARM_UP_ROUNDS > 0 ? `${WARM_UP_ROUNDS} warm-up rounds, then ` : ''}${ROUNDS} rounds, in each of which raw and ours take turns a slice at a time (${SINGLE_SLICE} single appends, ${BATCHES_PER_SLICE} batches); medians.`,
  );
  say();
  say(
    '| mode | baseline: raw insert + raw Ed25519 sign | disco-cat append | ratio (median; rounds) | CPU per event: raw, ours | target |',
  );
  say('| --- | ---: | ---: | ---: | ---: | ---: |');
  row(
    `one event per transaction (${fmt(SINGLE_EVENTS)} events)`,
    single,
    '≥ 0.5 (#13), ≥ 0.6 (#14)',
  );
  row(`batches of 500 (${fmt(BATCH_EVENTS)} events)`, batches, '≥ 0.6 (#13), ≥ 0.7 (#14)');
  say();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-appends-'));
  try {
    if (BATCH_EVENTS > 0)
      await compare(workDir, BATCH_EVENTS, 500, `batches of 500 (${fmt(BATCH_EVENTS)} events)`);
    if (SINGLE_EVENTS > 0)
      await compare(
        workDir,
        SINGLE_EVENTS,
        1,
        `one per transaction (${fmt(SINGLE_EVENTS)} events)`,
      );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
