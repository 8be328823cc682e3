/*
 * The built server under load (issue 16): autocannon on loopback against GET /api/dashboard,
 * GET /api/ledger/events, an authenticated POST /api/contributions and GET /api/health (the
 * trivial route: one small read), each for a bounded time. Reports requests per second, p50 and
 * p99 latency, and the server's RSS before, after and at its peak, once with the heap policy
 * `disco serve` applies (src/config/heap.ts) and once with V8's default heap for comparison.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { fmt, Report } from './report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'disco.js');
const SECONDS = Number(process.env['BENCH_LOAD_SECONDS'] ?? 5);
const CONNECTIONS = 10;

/** The process that serves: bin/disco.js starts the server in a child when it applies the policy. */
function serverPid(launcher: number): number {
  try {
    const children = readFileSync(`/proc/${launcher}/task/${launcher}/children`, 'utf8').trim();
    return children ? Number(children.split(' ')[0]) : launcher;
  } catch {
    return launcher;
  }
}

function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function startServer(
  dataDir: string,
  nodeArgs: string[],
): Promise<{ url: string; child: ChildProcess }> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(
    process.execPath,
    [...nodeArgs, BIN, '--data-dir', dataDir, 'serve', '--port', String(port)],
    { cwd: ROOT, stdio: 'ignore', env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('disco serve exited before it was ready');
    const answer = await fetch(`${url}/api/health`).catch(() => undefined);
    if (answer?.ok) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function apiToken(url: string, email: string, password: string): Promise<string> {
  const signIn = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!signIn.ok) throw new Error(`sign-in: ${signIn.status} ${await signIn.text()}`);
  const session = (await signIn.json()) as { csrfToken: string };
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const created = await fetch(`${url}/api/tokens`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'load bench' }),
  });
  if (!created.ok) throw new Error(`token: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { token: string }).token;
}

interface Row {
  route: string;
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

async function load(
  url: string,
  route: string,
  options: Partial<autocannon.Options> = {},
): Promise<Row> {
  const [method, path] = route.split(' ') as ['GET' | 'POST', string];
  const result = await autocannon({
    url: url + path,
    method,
    connections: CONNECTIONS,
    duration: SECONDS,
    ...options,
  });
  return {
    route,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.timeouts + result.non2xx,
  };
}

async function round(
  report: Report,
  dataDir: string,
  signIn: { email: string; password: string },
  title: string,
  nodeArgs: string[],
): Promise<void> {
  const { url, child } = await startServer(dataDir, nodeArgs);
  const pid = serverPid(child.pid!);
  try {
    const token = await apiToken(url, signIn.email, signIn.password);
    const auth = { authorization: `Bearer ${token}` };
    const before = memory(pid);
    let day = 0;
    const rows = [
      await load(url, 'GET /api/health'),
      await load(url, 'GET /api/dashboard', { headers: auth }),
      await load(url, 'GET /api/ledger/events', { headers: auth }),
      await load(url, 'POST /api/contributions', {
        headers: { ...auth, 'content-type': 'application/json' },
        // A quarter hour on each of the last 80 days (the demo's rates start 3 months back), so no
        // day reaches the 24-hour limit.
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({
                stream: 'care',
                taskKind: 'meeting',
                circle: 'care',
                quantity: '0.25',
                date: new Date(Date.now() - (1 + (day++ % 80)) * 86_400_000)
                  .toISOString()
                  .slice(0, 10),
              }),
            }),
          },
        ],
      }),
    ];
    const after = memory(pid);
    report.say(`### ${title}`);
    report.say();
    report.say('| route | req/s | p50 | p99 | failed |');
    report.say('| --- | --- | --- | --- | --- |');
    for (const row of rows) {
      report.say(
        `| ${row.route} | ${fmt(row.rps)} | ${row.p50} ms | ${row.p99} ms | ${fmt(row.failed)} |`,
      );
    }
    report.say();
    report.say(
      `Server RSS: ${fmt(before.rss)} MB before, ${fmt(after.rss)} MB after, peak ${fmt(after.peak)} MB.`,
    );
    report.say();
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

export async function benchLoad(report: Report, workDir: string): Promise<void> {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale', '--server'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('npm run build failed');
  const dataDir = join(workDir, 'load');
  const init = spawnSync(process.execPath, [BIN, '--data-dir', dataDir, 'init', '--demo'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const found = /Sign in as its founder: (\S+)\s+password: (\S+)/.exec(init.stdout);
  if (init.status !== 0 || !found) throw new Error(`disco init --demo failed: ${init.stderr}`);
  const signIn = { email: found[1]!, password: found[2]! };
  report.say('## The server under load');
  report.say();
  report.say(
    `autocannon on loopback, ${CONNECTIONS} connections, ${SECONDS} s a route, in this order, against \`disco serve\` (the built CLI) on the demo cooperative (SQLite); the writes go on adding to it.`,
  );
  report.say();
  await round(report, dataDir, signIn, 'With the heap policy of `disco serve`', []);
  // A heap limit chosen by the operator turns the policy off: here about V8's own default.
  await round(report, dataDir, signIn, 'Without the policy (`node --max-old-space-size=4096`)', [
    '--max-old-space-size=4096',
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const workDir = mkdtempSync(join(tmpdir(), 'disco-bench-'));
  try {
    await benchLoad(new Report(), workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
