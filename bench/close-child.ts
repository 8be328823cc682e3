// Closes a month from the previous run's state in a process of its own (`BENCH_RUN_STATE_CHILD=1`
// of bench/run-state.ts), so its CPU time is the close's alone: in the bench's process it follows
// a close from event 1 whose heap (four times bigger at four times the events) the collector is
// still working through. On PostgreSQL it also reads its own backends' CPU, before they end.
import { loadavg } from 'node:os';
import { openApp } from '../src/app/context.js';
import { commitDistribution } from '../src/app/distribution/commit-distribution.js';
import { loadActor } from '../src/app/members/load-actor.js';
import { backendCpu, backendCpuSince } from './replay.js';

const [dataDir, databaseUrl, founderId, period] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];
const application =
  databaseUrl === '-' ? null : new URL(databaseUrl).searchParams.get('application_name');
const ctx = await openApp(databaseUrl === '-' ? { dataDir } : { dataDir, databaseUrl });
try {
  const founder = await loadActor(ctx, founderId);
  const server = application ? await backendCpu(application) : null;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const run = await commitDistribution(ctx, founder, { period });
  const { user, system } = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  const serverCpu = server ? backendCpuSince(server, await backendCpu(application!)) : null;
  process.stdout.write(
    JSON.stringify({
      runId: run.id,
      ms,
      cpu: (user + system) / 1e6,
      serverCpu,
      load: loadavg()[0],
    }) + '\n',
  );
} finally {
  await ctx.store.close();
}
