/*
 * How long the built `disco` takes to start (issue 16): `disco --help`, a local read
 * (`disco balance` on the demo cooperative) and `disco serve` until /api/health answers, each
 * against `node -e 0` on the same machine. Wall time is the median of several runs; CPU time is
 * the process's own user + system time (from /proc, 10 ms resolution), which a busy machine
 * disturbs far less than wall time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, Report } from './report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'disco.js');
const RUNS = 7;
const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by this process's reaped children (and theirs). */
function childrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // Fields 16 and 17 of /proc/[pid]/stat (cutime, cstime), counted after "pid (comm)".
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

interface Timing {
  wall: number;
  cpu: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

function summarize(runs: Timing[]): Timing {
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

function timeCommand(args: string[]): Timing {
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const cpu = childrenCpu();
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}`);
    // The first run warms the disk cache and is not counted.
    if (i > 0) runs.push({ wall: (performance.now() - started) / 1000, cpu: childrenCpu() - cpu });
  }
  return summarize(runs);
}

/** From spawning `disco serve` to the first 200 from /api/health, polled every 5 ms. */
async function timeServe(dataDir: string): Promise<Timing> {
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const cpu = childrenCpu();
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [BIN, '--data-dir', dataDir, 'serve', '--port', String(port)],
      { cwd: ROOT, stdio: 'ignore', env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let ready = 0;
    while (!ready) {
      const answer = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
      if (answer?.ok) ready = performance.now();
      else await new Promise((resolve) => setTimeout(resolve, 5));
      if (child.exitCode !== null) throw new Error('disco serve exited before it was ready');
    }
    child.kill('SIGTERM');
    await exited;
    // CPU counts the whole run, its stop included: an upper bound on what the start costs.
    if (i > 0) runs.push({ wall: (ready - started) / 1000, cpu: childrenCpu() - cpu });
  }
  return summarize(runs);
}

export async function benchStartTime(report: Report, workDir: string): Promise<void> {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale', '--server'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('npm run build failed');
  const dataDir = join(workDir, 'start-time');
  const init = spawnSync(process.execPath, [BIN, '--data-dir', dataDir, 'init', '--demo'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  if (init.status !== 0) throw new Error('disco init --demo failed');
  const baseline = timeCommand(['-e', '0']);
  const rows: [string, Timing, number][] = [
    ['`disco --help`', timeCommand([BIN, '--help']), 0.4],
    [
      '`disco balance` (local, demo cooperative)',
      timeCommand([BIN, '--data-dir', dataDir, 'balance', '--all']),
      0.8,
    ],
    ['`disco serve` until `/api/health` answers', await timeServe(dataDir), 0.8],
  ];
  report.say('## Start times of the built CLI');
  report.say();
  report.say(
    `Medians of ${RUNS} runs after one warm-up, \`node bin/disco.js\` over the esbuild bundle in dist/. \`node -e 0\` on the same machine: ${fmt(baseline.wall, 3)} s wall, ${fmt(baseline.cpu, 2)} s CPU.`,
  );
  report.say();
  report.say('| command | wall | CPU | wall over `node -e 0` | target |');
  report.say('| --- | --- | --- | --- | --- |');
  for (const [name, t, target] of rows) {
    report.say(
      `| ${name} | ${fmt(t.wall, 3)} s | ${fmt(t.cpu, 2)} s | ${fmt(t.wall - baseline.wall, 3)} s | < ${target} s |`,
    );
  }
  report.say();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-'));
  try {
    await benchStartTime(new Report(), workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
