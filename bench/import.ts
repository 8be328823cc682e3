import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IMPORT_HEAP_FLAGS } from '../src/config/heap.js';
import { adminStatement, DIALECT, SERVER_URL } from './bench-database.js';
import { fmt, Report } from './report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROWS = Math.min(100_000, Number(process.env['BENCH_EVENTS'] ?? 100_000));
/**
 * `postgres` imports into PostgreSQL: a database of its own on the server of `BENCH_DATABASE_URL`
 * (default the local test server), created and dropped, so tests are not disturbed.
 */

/**
 * The scale issue: `disco import` of 100,000 contributions (CSV), in a process of its own so its
 * peak RSS is the import's; the baseline is the same rows inserted raw into SQLite in one
 * transaction, in the same process.
 *
 * @example await benchImport(report, workDir);
 */
export async function benchImport(report: Report, workDir: string): Promise<void> {
  const dataDir = mkdtempSync(join(workDir, 'import-'));
  const name = `disco_bench_import_${randomBytes(6).toString('hex')}`;
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  if (DIALECT === 'postgres') await adminStatement(`create database ${name}`);
  const childFile = await bundledChild();
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      // The heap policy `disco import` runs under (src/cli/disco.ts).
      [
        ...IMPORT_HEAP_FLAGS,
        childFile,
        dataDir,
        String(ROWS),
        ...(DIALECT === 'postgres' ? [url.href] : []),
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
  } finally {
    if (DIALECT === 'postgres')
      await adminStatement(`drop database if exists ${name} with (force)`);
  }
  const child = JSON.parse(output) as {
    imported: number;
    seconds: number;
    cpuSeconds: number;
    /** The main thread's alone (Linux), null elsewhere. */
    mainCpuSeconds: number | null;
    /** PostgreSQL: its backends' CPU during the import, from /proc; null on SQLite. */
    serverCpuSeconds: number | null;
    rssBefore: number;
    peakRss: number;
  };
  const { rawSeconds, rawCpuSeconds } = rawBaseline(dataDir);
  const rate = child.imported / child.seconds;
  const rawRate = child.imported / rawSeconds;
  const say = (line = '') => report.say(line);
  say(
    `## Importing ${fmt(child.imported)} contributions (CSV, all or nothing, ${DIALECT === 'postgres' ? 'PostgreSQL' : 'SQLite'}; load ${fmt(loadavg()[0] ?? 0, 1)})`,
  );
  say();
  say(
    'One file of 200 members’ work over a year, checked, priced and appended as signed ledger events with their projections, in one transaction. Baseline: the same rows inserted raw into a plain SQLite table in one transaction (on either dialect: the bare cost of storing the rows).',
  );
  say();
  say('| figure | disco-cat | baseline | ratio | target |');
  say('| --- | ---: | ---: | ---: | ---: |');
  say(
    `| rows per second | ${fmt(rate)} | ${fmt(rawRate)} | ${fmt(rate / rawRate, 3)} | ≥ 10,000 |`,
  );
  say(
    `| rows per CPU second (user + system) | ${fmt(child.imported / child.cpuSeconds)} | ${fmt(child.imported / rawCpuSeconds)} | ${fmt(rawCpuSeconds / child.cpuSeconds, 3)} | |`,
  );
  say(
    `| µs of CPU a row: every thread (the main thread's) | ${fmt((child.cpuSeconds / child.imported) * 1e6, 1)}${child.mainCpuSeconds === null ? '' : ` (${fmt((child.mainCpuSeconds / child.imported) * 1e6, 1)})`} | ${fmt((rawCpuSeconds / child.imported) * 1e6, 1)} | | |`,
  );
  if (child.serverCpuSeconds !== null)
    say(
      `| µs of CPU a row: the PostgreSQL backends' | ${fmt((child.serverCpuSeconds / child.imported) * 1e6, 1)} | | | |`,
    );
  say(
    `| peak RSS | ${fmt(child.peakRss / 2 ** 20)} MB (${fmt(child.rssBefore / 2 ** 20)} MB before) | | | < 300 MB |`,
  );
  say();
}

/**
 * The child bundled as `npm run build` bundles the CLI, so it runs on plain node as `disco import`
 * does: under tsx its loader thread alone added about 40 MB to the RSS an import is held to.
 */
async function bundledChild(): Promise<string> {
  // Under node_modules, so the packages left outside the bundle resolve from it.
  const outfile = join(ROOT, 'node_modules', '.cache', 'disco-bench', 'import-child.mjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['bench/import-child.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // What the build leaves outside the bundle: the runtime `dependencies` (scripts/build.mjs).
    external: Object.keys(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: object })
        .dependencies,
    ),
    banner: {
      js: "import { createRequire as __discoRequire } from 'node:module'; const require = __discoRequire(import.meta.url);",
    },
    // Profiles (BENCH_PROFILE) point at the TypeScript sources.
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * The baseline: the import's rows (the file the child imported) inserted raw into a plain SQLite
 * table in one transaction, in this process, so the child's memory is the import's alone.
 */
function rawBaseline(dataDir: string): { rawSeconds: number; rawCpuSeconds: number } {
  const lines = readFileSync(join(dataDir, 'contributions.csv'), 'utf8').split('\r\n').slice(1, -1);
  const raw = new Database(join(dataDir, 'raw.sqlite'));
  try {
    raw.pragma('journal_mode = WAL');
    raw.exec(
      'create table c (date text, member text, stream text, quantity text, unit text, task_kind text, circle text, project text, resource text, description text, evidence text)',
    );
    const insert = raw.prepare('insert into c values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    raw.transaction(() => {
      for (const line of lines) insert.run(...line.split(','));
    })();
    const { user, system } = process.cpuUsage(cpuStarted);
    return {
      rawSeconds: (performance.now() - started) / 1000,
      rawCpuSeconds: (user + system) / 1e6,
    };
  } finally {
    raw.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-import-'));
  try {
    await benchImport(new Report(), workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
