/**
 * A Chromium trace of one first visit and one returning visit to the dashboard, on a DisCO kept by
 * `BENCH_DASHBOARD_DIR` after bench/dashboard.ts ran on it (the founder has an account): the
 * renderer main thread's tasks over 10 ms, each with what it spent its time on (compiling and
 * running script, style, layout, paint, garbage collection), beside the requests' start and end.
 * Not part of `npm run bench`: it is how the time to usable was taken apart (docs/benchmarks.md).
 * deck-profile.ts says which functions; this says which tasks, and when.
 *
 * `BENCH_DASHBOARD_DIR=/tmp/bench-100k npx tsx bench/deck-trace.ts`
 */
import type { Browser, Page } from 'playwright-core';
import { founderFirstVisit } from './founder-first-visit.js';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The trace's events that tell where a task's time went, by the name shown for them. */
const KINDS: Record<string, string> = {
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  'v8.produceModuleCache': 'compile',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  EventDispatch: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  ParseHTML: 'html',
  ParseAuthorStyleSheet: 'style',
};

const dir = process.env['BENCH_DASHBOARD_DIR'];
if (!dir) throw new Error('Set BENCH_DASHBOARD_DIR to a DisCO bench/dashboard.ts kept.');

/** The renderer main thread's tasks from the trace of one navigation, and what each spent its time on. */
function tasksOf(events: TraceEvent[], origin: number): string[] {
  // A navigation may change renderer process: the page's is the busiest renderer main thread.
  const busy = (thread: TraceEvent) =>
    events
      .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'RunTask')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const main = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => busy(b) - busy(a))[0];
  if (!main) return ['(no renderer main thread in the trace)'];
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 10_000);
  const lines: string[] = [];
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    // Outermost events of each kind only: a FunctionCall inside an EvaluateScript is not counted twice.
    const inside = mine
      .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && KINDS[e.name])
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const spent = new Map<string, number>();
    const open: TraceEvent[] = [];
    for (const e of inside) {
      while (open.length > 0 && open.at(-1)!.ts + (open.at(-1)!.dur ?? 0) <= e.ts) open.pop();
      const kind = KINDS[e.name]!;
      // Within a script event, style and layout are forced (read by the script): said so.
      const parent = open.find((o) => KINDS[o.name] === 'script');
      const label = parent && (kind === 'style' || kind === 'layout') ? `forced ${kind}` : kind;
      if (!open.some((o) => KINDS[o.name] === kind))
        spent.set(label, (spent.get(label) ?? 0) + (e.dur ?? 0) / 1000);
      open.push(e);
    }
    if (process.env['TRACE_DETAIL']) {
      const names = new Map<string, number>();
      for (const e of mine.filter(
        (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end,
      ))
        names.set(e.name, (names.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      lines.push(
        `    ${[...names]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12)
          .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
          .join(', ')}`,
      );
    }
    const scripts = inside
      .filter((e) => e.name === 'EvaluateScript' || e.name === 'v8.compileModule')
      .map((e) => e.args?.data?.url?.split('/').pop())
      .filter(Boolean);
    lines.push(
      `  task at ${((task.ts - origin) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(0)} ms: ${[
        ...spent,
      ]
        .sort((a, b) => b[1] - a[1])
        .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
        .join(', ')}${scripts.length ? ` (${[...new Set(scripts)].join(', ')})` : ''}`,
    );
  }
  return lines;
}

async function visit(browser: Browser, page: Page, url: string, what: string): Promise<void> {
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'v8.execute',
      'blink.user_timing',
      '__metadata',
    ],
  });
  await page.goto(`${url}/`, { waitUntil: 'commit' });
  await page
    .locator('section[aria-labelledby="flow-heading"] .chart svg path')
    .first()
    .waitFor({ timeout: 120_000 });
  const usable = await page.evaluate(() => performance.now());
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  const events = trace.traceEvents;
  const start = events.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame');
  const origin = start?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  // Functions that run in the page, whose DOM types this Node project does not load.
  const requests = await page.evaluate(() => {
    type Entry = { name: string; startTime: number; responseEnd: number; transferSize: number };
    const perf = (
      globalThis as unknown as { performance: { getEntriesByType(type: string): Entry[] } }
    ).performance;
    return [...perf.getEntriesByType('navigation'), ...perf.getEntriesByType('resource')].map(
      (r) =>
        `${new URL(r.name).pathname} ${r.startTime.toFixed(0)}–${r.responseEnd.toFixed(0)} (${r.transferSize} B)`,
    );
  });
  process.stdout.write(`${what}: usable by ${usable.toFixed(0)} ms (polled)\n`);
  process.stdout.write(`requests:\n  ${requests.join('\n  ')}\nmain-thread tasks over 10 ms:\n`);
  process.stdout.write(`${tasksOf(events, origin).join('\n')}\n\n`);
}

const { server, browser, fresh, close } = await founderFirstVisit(dir);
try {
  const page = await fresh.newPage();
  await visit(browser, page, server.url, 'first visit');
  // The service worker installs once the first page is idle: a returning member has it.
  await page.evaluate(async () => {
    const sw = (
      globalThis as unknown as { navigator: { serviceWorker?: { ready: Promise<unknown> } } }
    ).navigator.serviceWorker;
    if (sw) await Promise.race([sw.ready, new Promise((done) => setTimeout(done, 10_000))]);
  });
  await page.goto(`${server.url}/`);
  await page.waitForTimeout(1_000);
  await visit(browser, page, server.url, 'returning');
} finally {
  await close();
}
