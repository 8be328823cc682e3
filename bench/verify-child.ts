// Verifies a stored ledger in a process of its own and reports its peak RSS, so the figure is
// the verifier's alone and not the benchmark's.
import { loadavg } from 'node:os';
import { openApp } from '../src/app/context.js';
import { verifyStoredLedger } from '../src/app/ledger/verify-stored-ledger.js';

const dataDir = process.argv[2]!;
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const ctx = await openApp({ dataDir });
const started = performance.now();
const cpu = process.cpuUsage();
const report = await verifyStoredLedger(ctx);
const { user, system } = process.cpuUsage(cpu);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await ctx.store.close();
process.stdout.write(
  JSON.stringify({
    ok: report.ok,
    size: report.size,
    seconds,
    cpuSeconds: (user + system) / 1e6,
    peakRss: peak,
    load: loadavg()[0],
    fault: report.fault,
    checkpoints: report.checkpointsChecked,
  }) + '\n',
);
