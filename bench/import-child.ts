// Imports a generated CSV of contributions in a process of its own and reports its time and peak
// RSS, so the figures are the import's alone and not the benchmark's.
import { sql } from 'kysely';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap, type SourceMapping } from 'node:module';
import { join } from 'node:path';
import { openApp } from '../src/app/context.js';
import { initLedger } from '../src/app/ledger/init-ledger.js';
import { addMember } from '../src/app/members/add-member.js';
import { loadActor } from '../src/app/members/load-actor.js';
import { importContributionsFile } from '../src/app/value/import-contributions.js';
import { setRate } from '../src/app/value/set-value-settings.js';

const dataDir = process.argv[2]!;
const rows = Number(process.argv[3] ?? 100_000);
/** A PostgreSQL database to import into instead of the data directory's SQLite. */
const databaseUrl = process.argv[4];
const MEMBERS = 200;

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

/**
 * The main thread's own CPU seconds (user + system) on Linux, from its entry in /proc (clock ticks
 * of 10 ms; `process.cpuUsage` counts every thread): what the signatures on libuv's pool and the
 * collector's helper threads leave to it. Null elsewhere.
 */
function mainThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * On PostgreSQL, the CPU seconds so far of each backend serving this database, read from
 * `/proc/<pid>/stat` (the server must run on this machine): the server's share of the import,
 * which `process.cpuUsage` does not see. Null on SQLite.
 */
async function serverCpuSeconds(): Promise<Map<number, number> | null> {
  if (!databaseUrl) return null;
  const { rows } = await sql<{
    pid: number;
  }>`select pid from pg_stat_activity where datname = current_database()`.execute(ctx.store.db);
  const seconds = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seconds.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // Ended between the query and the read.
    }
  }
  return seconds;
}

let now = Date.UTC(2027, 0, 1, 9);
const ctx = await openApp({
  dataDir,
  ...(databaseUrl ? { databaseUrl } : {}),
  clock: () => new Date(now++),
});
const { founderId } = await initLedger(ctx, {
  name: 'Import DisCO',
  currency: 'EUR',
  timeZone: 'UTC',
  founderName: 'Founder',
});
const founder = (await loadActor(ctx, founderId))!;
const rates = [
  ['care', 'meeting', 'hour', '1500'],
  ['love', 'translation', 'word', '8'],
  ['livelihood', 'coding', 'hour', '4000'],
] as const;
for (const [stream, taskKind, per, amount] of rates)
  await setRate(ctx, founder, { stream, taskKind, per, amount, effectiveFrom: '2025-01-01' });
const members: string[] = [];
for (let i = 0; i < MEMBERS; i++)
  members.push(
    (
      await addMember(ctx, founder, {
        displayName: `Member ${i}`,
        constituencyIds: ['worker-members'],
        level: { level: 'committed' },
      })
    ).memberId,
  );

// Rows spread over the members and the days of 2026, so no member-day passes 24 hours. Written a
// few thousand at a time, so the file's text is never held here: this process's memory before
// the import is a node's that imports, not the benchmark's (the baseline runs in the parent).
const file = join(dataDir, 'contributions.csv');
writeFileSync(
  file,
  'date,member,stream,quantity,unit,task_kind,circle,project,resource,description,evidence\r\n',
);
const day0 = Date.UTC(2026, 0, 1);
for (let from = 0; from < rows; from += 5000) {
  let text = '';
  for (let i = from; i < Math.min(rows, from + 5000); i++) {
    const [stream, taskKind, unit] = rates[i % 3]!;
    const date = new Date(day0 + (Math.floor(i / MEMBERS) % 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const quantity = unit === 'word' ? '250' : '1.5';
    text += `${date},${members[i % MEMBERS]},${stream},${quantity},${unit},${taskKind},${stream === 'livelihood' ? 'tech' : stream},,,Imported work ${i},\r\n`;
  }
  appendFileSync(file, text);
}

global.gc?.();
let peak = process.memoryUsage().rss;
const before = peak;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
/** A file to write a CPU profile of the import alone to (Chrome DevTools format), not timed. */
const profileFile = process.env['BENCH_PROFILE'];
const session = profileFile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const serverBefore = await serverCpuSeconds();
const started = performance.now();
const cpuStarted = process.cpuUsage();
const mainStarted = mainThreadCpuSeconds();
const result = await importContributionsFile(ctx, founder, {
  format: 'csv',
  base: 'https://bench.example/',
  path: file,
});
const seconds = (performance.now() - started) / 1000;
// The process's CPU (user + system, every thread): the steadier figure on a loaded machine.
const cpuSeconds = cpuSecondsSince(cpuStarted);
const mainEnded = mainThreadCpuSeconds();
const mainCpuSeconds = mainStarted === null || mainEnded === null ? null : mainEnded - mainStarted;
clearInterval(sampler);
if (session) {
  const { profile } = await session.post('Profiler.stop');
  // tsx's output puts a module on few lines: frames point at the TypeScript source instead.
  for (const { callFrame: frame } of profile.nodes) {
    const map = frame.url ? findSourceMap(frame.url) : undefined;
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry && 'originalLine' in entry) {
      frame.lineNumber = (entry as SourceMapping).originalLine;
      frame.columnNumber = (entry as SourceMapping).originalColumn;
    }
  }
  writeFileSync(profileFile!, JSON.stringify(profile));
  session.disconnect();
}
peak = Math.max(peak, process.memoryUsage().rss);
const serverAfter = await serverCpuSeconds();
// A backend opened during the import counts from zero.
const serverCpu =
  serverBefore && serverAfter
    ? [...serverAfter].reduce((sum, [pid, s]) => sum + s - (serverBefore.get(pid) ?? 0), 0)
    : null;
await ctx.store.close();
process.stdout.write(
  JSON.stringify({
    imported: result.imported,
    rows,
    seconds,
    cpuSeconds,
    mainCpuSeconds,
    serverCpuSeconds: serverCpu,
    rssBefore: before,
    peakRss: peak,
  }) + '\n',
);
