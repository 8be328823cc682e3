/**
 * A CPU profile of one first visit to the dashboard (CDP `Profiler`), on a DisCO kept by
 * `BENCH_DASHBOARD_DIR` after bench/dashboard.ts ran on it (the founder has an account): the
 * functions with the most self time, and the main thread's long tasks. Not part of `npm run
 * bench`: it is how the first visit's long tasks were taken apart (docs/benchmarks.md).
 *
 * `BENCH_DASHBOARD_DIR=/tmp/bench-100k npx tsx bench/deck-profile.ts`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECK_DIR } from '../src/http/serve-deck.js';
import { founderFirstVisit } from './founder-first-visit.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

const dir = process.env['BENCH_DASHBOARD_DIR'];
if (!dir) throw new Error('Set BENCH_DASHBOARD_DIR to a DisCO bench/dashboard.ts kept.');
const { server, fresh, close } = await founderFirstVisit(dir);
try {
  const page = await fresh.newPage();
  const cdp = await fresh.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}/`, { waitUntil: 'commit' });
  await page
    .locator('section[aria-labelledby="flow-heading"] .chart svg path')
    .first()
    .waitFor({ timeout: 120_000 });
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    // Where in the minified chunk: the built code around the function, to tell which it is.
    let near = '';
    if (file.endsWith('.js') && url.includes('/assets/'))
      near = (readFileSync(join(DECK_DIR, 'assets', file), 'utf8').split('\n')[lineNumber] ?? '')
        .slice(columnNumber, columnNumber + 90)
        .replace(/\s+/g, ' ');
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber}:${columnNumber} ${near}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (selfMs.get(node.id) ?? 0));
  }
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`sampled ${total.toFixed(0)} ms\n`);
  for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40))
    process.stdout.write(`${ms.toFixed(1).padStart(8)} ms  ${key}\n`);
} finally {
  await close();
}
