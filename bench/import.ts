import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_HEAP_FLAGS } from '../src/config/heap.js';
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
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      // The heap policy `disco import` runs under (src/cli/disco.ts).
      [
        ...SERVER_HEAP_FLAGS,
        '--import',
        'tsx',
        'bench/import-child.ts',
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
    rawSeconds: number;
    cpuSeconds: number;
    /** The main thread's alone (Linux), null elsewhere. */
    mainCpuSeconds: number | null;
    /** PostgreSQL: its backends' CPU during the import, from /proc; null on SQLite. */
    serverCpuSeconds: number | null;
    rawCpuSeconds: number;
    rssBefore: number;
    peakRss: number;
  };
  const rate = child.imported / child.seconds;
  const rawRate = child.imported / child.rawSeconds;
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
    `| rows per CPU second (user + system) | ${fmt(child.imported / child.cpuSeconds)} | ${fmt(child.imported / child.rawCpuSeconds)} | ${fmt(child.rawCpuSeconds / child.cpuSeconds, 3)} | |`,
  );
  say(
    `| µs of CPU a row: every thread (the main thread's) | ${fmt((child.cpuSeconds / child.imported) * 1e6, 1)}${child.mainCpuSeconds === null ? '' : ` (${fmt((child.mainCpuSeconds / child.imported) * 1e6, 1)})`} | ${fmt((child.rawCpuSeconds / child.imported) * 1e6, 1)} | | |`,
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-import-'));
  try {
    await benchImport(new Report(), workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
