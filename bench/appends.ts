/*
 * The append path alone: raw inserts plus signatures against `appendEvents` with the 3 s checkpoint
 * cadence and 97 distinct actors, in batches of 500 and one per transaction. Rounds alternate raw
 * and ours so that a busy machine slows both alike; the ratio is the median of the rounds' ratios.
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
import { baselineAppends, baselinePostgresAppends } from './ledger.js';
import { fmt, rate, type Report } from './report.js';

const BATCH_EVENTS = Number(process.env['BENCH_APPEND_BATCH_EVENTS'] ?? 50_000);
const SINGLE_EVENTS = Number(process.env['BENCH_APPEND_SINGLE_EVENTS'] ?? 1_000);
const ROUNDS = Number(process.env['BENCH_APPEND_ROUNDS'] ?? 3);
const ONLY = process.env['BENCH_APPEND_ONLY'];

function draft(i: number): EventDraft {
  return {
    type: 'disco.renamed',
    schema: 1,
    payload: { name: `Cooperative name ${i}` },
    actor: `member-${i % 97}`,
    time: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  };
}

/** An append rate (events per wall second) and the process's CPU time per event, in µs. */
interface Run {
  rate: number;
  cpuUs: number;
}

const cpuUs = (since: NodeJS.CpuUsage, count: number): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / count;
};

async function ours(workDir: string, count: number, batch: number): Promise<Run> {
  const database = DIALECT === 'postgres' ? await freshDatabase('appends') : null;
  try {
    return await oursOn(workDir, count, batch, database?.url);
  } finally {
    await database?.drop();
  }
}

async function oursOn(
  workDir: string,
  count: number,
  batch: number,
  databaseUrl: string | undefined,
): Promise<Run> {
  const ctx = await openApp({
    dataDir: mkdtempSync(join(workDir, 'ours-')),
    ...(databaseUrl ? { databaseUrl } : {}),
    witnessing: { publicHost: null, checkpointIntervalMs: 3000, witness: null, fetch },
  });
  await initLedger(ctx, { name: 'Bench', currency: 'EUR', timeZone: 'UTC', founderName: 'F' });
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let done = 0; done < count; done += batch) {
    const drafts: EventDraft[] = [];
    for (let i = done; i < Math.min(count, done + batch); i++) drafts.push(draft(i));
    await appendEvents(ctx, drafts);
  }
  const ms = performance.now() - started;
  const run = { rate: rate(count, ms), cpuUs: cpuUs(cpu, count) };
  await ctx.store.close();
  return run;
}

async function raw(workDir: string, count: number, batch: number): Promise<Run> {
  if (DIALECT === 'postgres') {
    const database = await freshDatabase('appends_raw');
    try {
      const cpu = process.cpuUsage();
      const rate = await baselinePostgresAppends(database.url, count, batch);
      return { rate, cpuUs: cpuUs(cpu, count) };
    } finally {
      await database.drop();
    }
  }
  // Its setup (a fresh database, a key) is inside; next to the appends it is noise.
  const cpu = process.cpuUsage();
  return { rate: baselineAppends(workDir, count, batch), cpuUs: cpuUs(cpu, count) };
}

const NONE: Run = { rate: NaN, cpuUs: NaN };

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
  const ratios: number[] = [];
  const raws: Run[] = [];
  const mines: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const r = ONLY === 'ours' ? NONE : await raw(workDir, count, batch);
    const mine = ONLY === 'raw' ? NONE : await ours(workDir, count, batch);
    raws.push(r);
    mines.push(mine);
    ratios.push(mine.rate / r.rate);
    console.log(
      `${label} round ${round + 1}: raw ${fmt(r.rate)} /s, ours ${fmt(mine.rate)} /s, ratio ${fmt(mine.rate / r.rate, 2)}; CPU per event raw ${fmt(r.cpuUs, 1)} µs, ours ${fmt(mine.cpuUs, 1)} µs`,
    );
  }
  const result: Comparison = {
    raw: median(raws.map((r) => r.rate)),
    ours: median(mines.map((r) => r.rate)),
    ratio: median(ratios),
    ratios,
    rawCpuUs: median(raws.map((r) => r.cpuUs)),
    oursCpuUs: median(mines.map((r) => r.cpuUs)),
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
    `\`bench/appends.ts\`: 97 distinct actors, the 3 s checkpoint cadence; ${ROUNDS} rounds, each a raw run then ours; medians.`,
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
