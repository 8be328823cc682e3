import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { acceptInvitation } from '../src/app/auth/accept-invitation.js';
import { withAuth } from '../src/app/auth/auth-context.js';
import { reissueFounderInvitation } from '../src/app/auth/reissue-founder-invitation.js';
import type { AppContext } from '../src/app/context.js';
import { DECK_DIR } from '../src/http/serve-deck.js';
import { serveHttp } from '../src/http/serve.js';
import { CHROMIUM, CHROMIUM_LAUNCH } from '../web/e2e/chromium.js';
import { fmt, type Report } from './report.js';

const WEB = fileURLToPath(new URL('../web', import.meta.url));
const EMAIL = 'founder@example.org';
const PASSWORD = 'a long and private passphrase';
const RUNS = 5;
/** First visits, each from a fresh profile: one alone is at the mercy of a loaded machine. */
const FIRST_VISITS = 3;

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** `vite build web`, when web/dist is missing or older than the Deck's sources. */
async function ensureDeckBuilt(): Promise<void> {
  const built = join(DECK_DIR, 'index.html');
  const sources = Math.max(
    newestChange(join(WEB, 'src')),
    newestChange(join(WEB, 'index.html')),
    newestChange(join(WEB, 'vite.config.ts')),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  process.stderr.write('  building the Deck (vite build web)\n');
  await build({
    root: WEB,
    configFile: join(WEB, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
  });
}

/**
 * Milliseconds from the start of the navigation (the document's time origin) to each moment the
 * dashboard becomes more usable, read by a MutationObserver the page starts with, so no polling
 * from outside adds to them:
 * - figures: the dashboard's numbers, care shares, duties and proposals awaiting a vote rendered
 *   from `GET /api/dashboard` (Dashboard.tsx marks its root `data-ready="figures"` in that render);
 * - streams: the credits-per-week chart drawn (its SVG holds the series' paths; the charts are
 *   SVG drawn by React from the entry chunk, once their data has arrived);
 * - sankey: the value-flow Sankey of the last closed month drawn, likewise.
 */
const MARKS_SCRIPT = `
  const marks = {};
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const drawn = (section) => document.querySelector('section[aria-labelledby="' + section + '-heading"] .chart svg path') !== null;
  const look = () => {
    const now = performance.now();
    if (marks.figures === undefined && document.querySelector('[data-ready="figures"]')) marks.figures = now;
    if (marks.streams === undefined && drawn('streams')) marks.streams = now;
    if (marks.sankey === undefined && drawn('flow')) marks.sankey = now;
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
  window.__usable = marks;
`;

interface Request {
  name: string;
  start: number;
  end: number;
  /** Bytes over the wire (0 when served by the service worker or the HTTP cache), and decoded. */
  transferred: number;
  encoded: number;
  decoded: number;
}

interface Marks {
  figures: number;
  streams: number;
  sankey: number;
  steps: Record<string, number>;
  requests: Request[];
  /** Main-thread tasks over 50 ms before the page was usable: [start, duration]. */
  longTasks: Array<{ start: number; ms: number }>;
  /** Milliseconds of CPU, from the start of the navigation to the dashboard usable. */
  cpu: { node: number; browser: number; mainThread: number; script: number; layout: number };
}

const CLOCK_TICKS = 100;

/** Every process descended from this one: Chromium's browser, renderers, GPU and utility processes. */
function descendants(): number[] {
  const parent = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(ppid, [...(parent.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const queue = [process.pid];
  while (queue.length > 0)
    for (const child of parent.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  return found;
}

/**
 * Milliseconds of CPU the browser's processes (user and system) have used, living ones only: a
 * closed context's renderer takes its share with it, so read it before and after a navigation.
 */
function browserCpuMs(): number {
  let ticks = 0;
  for (const pid of descendants()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Ended between the listing and the read.
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

const nodeCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The renderer main thread's busy time (CDP Performance.getMetrics), in milliseconds. */
async function mainThreadMs(
  cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>,
): Promise<{ task: number; script: number; layout: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: Array<{ name: string; value: number }>;
  };
  const of = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: of('TaskDuration'),
    script: of('ScriptDuration'),
    layout: of('LayoutDuration') + of('RecalcStyleDuration'),
  };
}

/** When the responses the dashboard waits on had arrived, for the best run's breakdown. */
const STEPS: Array<[label: string, urlPart: string]> = [
  ['session', '/api/auth/session'],
  ['`/api/dashboard`', '/api/dashboard'],
  ['flows', '/api/distribution/flows'],
  ['entry script', '/assets/index-'],
  ['entry chunk', '/assets/deck-'],
];

async function navigateToDashboard(page: Page, url: string): Promise<Marks> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = { node: nodeCpuMs(), browser: browserCpuMs(), main: await mainThreadMs(cdp) };
  await page.goto(`${url}/`, { waitUntil: 'commit' });
  // Functions, not strings, which the Deck's CSP would refuse to evaluate; they run in the page,
  // whose DOM types this Node project does not load, hence globalThis.
  await page.waitForFunction(
    () => {
      const marks = (globalThis as unknown as { __usable: Partial<Marks> }).__usable;
      return (
        marks.figures !== undefined && marks.streams !== undefined && marks.sankey !== undefined
      );
    },
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  // Read at once, before the page's later work (the feed, the service worker) adds to them; the
  // 50 ms polling is the error, small beside what is measured.
  const cpu = { node: nodeCpuMs(), browser: browserCpuMs(), main: await mainThreadMs(cdp) };
  // A page reused for the next navigation keeps its metrics running; a new session per navigation.
  await cdp.detach();
  const marks = await page.evaluate(() => {
    type Entry = {
      name: string;
      startTime: number;
      responseEnd: number;
      transferSize: number;
      encodedBodySize: number;
      decodedBodySize: number;
    };
    const g = globalThis as unknown as {
      __usable: Marks;
      __longTasks: Array<{ start: number; ms: number }>;
      performance: { getEntriesByType(type: string): Entry[] };
    };
    const entries = [
      ...g.performance.getEntriesByType('navigation'),
      ...g.performance.getEntriesByType('resource'),
    ];
    return {
      ...g.__usable,
      longTasks: g.__longTasks,
      requests: entries.map((e) => ({
        name: e.name,
        start: e.startTime,
        end: e.responseEnd,
        transferred: e.transferSize,
        encoded: e.encodedBodySize,
        decoded: e.decodedBodySize,
      })),
    };
  });
  const steps: Record<string, number> = { document: marks.requests[0]!.end };
  for (const [label, part] of STEPS) {
    const entry = marks.requests.find((e) => e.name.includes(part));
    if (entry) steps[label] = entry.end;
  }
  const usable = Math.max(marks.figures, marks.streams, marks.sankey);
  return {
    figures: marks.figures,
    streams: marks.streams,
    sankey: marks.sankey,
    steps,
    requests: marks.requests.map((r) => ({ ...r, name: new URL(r.name).pathname })),
    longTasks: marks.longTasks.filter((t) => t.start < usable),
    cpu: {
      node: cpu.node - before.node,
      browser: cpu.browser - before.browser,
      mainThread: cpu.main.task - before.main.task,
      script: cpu.main.script - before.main.script,
      layout: cpu.main.layout - before.main.layout,
    },
  };
}

/** The baseline: the same browser navigating to the dashboard's JSON itself; milliseconds to its last byte. */
async function navigateToJson(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/api/dashboard`, { waitUntil: 'load' });
  return page.evaluate(
    () =>
      (
        globalThis as unknown as {
          performance: { getEntriesByType(type: string): Array<{ responseEnd: number }> };
        }
      ).performance.getEntriesByType('navigation')[0]!.responseEnd,
  );
}

const best = (values: number[]): number => Math.min(...values);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/**
 * Issues 7 and 17 in a real browser: from navigation to a usable dashboard on the bench DisCO,
 * served by the real HTTP server with the built Deck, in Debian's Chromium. The founder signs in
 * through the sign-in page. A first visit is a fresh browser profile holding only that session's
 * cookie (nothing cached, no service worker, nothing in localStorage: the first-run guide shows),
 * measured FIRST_VISITS times; a returning member is a profile that has visited once, so the
 * service worker serves the Deck's shell and the hashed assets are cached.
 *
 * `signedUp`: the founder has an account already (a kept DisCO the bench ran on before).
 *
 * @example await benchDeckTimeToUsable(report, ctx, founderId);
 */
export async function benchDeckTimeToUsable(
  report: Report,
  ctx: AppContext,
  founderId: string,
  signedUp = false,
): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    report.say(`(No Chromium at ${CHROMIUM}: the Deck's time to usable was not measured.)`);
    report.say();
    return;
  }
  await ensureDeckBuilt();
  if (!signedUp) {
    const actx = withAuth(ctx);
    const { invitation, memberId } = await reissueFounderInvitation(actx);
    if (memberId !== founderId)
      throw new Error(`the founder waiting for an account is ${memberId}, not ${founderId}`);
    await acceptInvitation(actx, invitation.token, { email: EMAIL, password: PASSWORD });
  }
  const server = await serveHttp(ctx, {
    port: 0,
    host: '127.0.0.1',
    logger: pino({ level: 'silent' }),
  });
  let browser: Browser | undefined;
  const loadBefore = loadavg();
  try {
    browser = await chromium.launch(CHROMIUM_LAUNCH);
    const options = { viewport: { width: 1280, height: 900 }, locale: 'en-GB' };
    const signingIn = await browser.newContext(options);
    const signInPage = await signingIn.newPage();
    await signInPage.goto(`${server.url}/sign-in`);
    await signInPage.getByLabel('Email').fill(EMAIL);
    await signInPage.getByLabel('Password').fill(PASSWORD);
    await signInPage.getByRole('button', { name: 'Sign in' }).click();
    await signInPage.locator('[data-ready="figures"]').waitFor({ timeout: 120_000 });
    const session = await signingIn.storageState();
    await signingIn.close();

    const firstVisit = { ...options, storageState: { cookies: session.cookies, origins: [] } };
    const cold: Marks[] = [];
    for (let i = 0; i < FIRST_VISITS; i++) {
      const fresh = await browser.newContext(firstVisit);
      await fresh.addInitScript(MARKS_SCRIPT);
      cold.push(await navigateToDashboard(await fresh.newPage(), server.url));
      await fresh.close();
    }
    const member = await browser.newContext(firstVisit);
    await member.addInitScript(MARKS_SCRIPT);
    const page = await member.newPage();
    await navigateToDashboard(page, server.url);
    // The service worker installs after the first load; a returning member has it.
    await page.evaluate(async () => {
      const sw = (
        globalThis as unknown as { navigator: { serviceWorker?: { ready: Promise<unknown> } } }
      ).navigator.serviceWorker;
      if (sw) await Promise.race([sw.ready, new Promise((done) => setTimeout(done, 10_000))]);
    });
    const warm: Marks[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(await navigateToDashboard(page, server.url));
    const json: number[] = [];
    const jsonCpu: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const cpuBefore = nodeCpuMs();
      json.push(await navigateToJson(page, server.url));
      jsonCpu.push(nodeCpuMs() - cpuBefore);
    }
    await member.close();
    const loadAfter = loadavg();

    const base = best(json.slice(1));
    const row = (what: string, key: 'figures' | 'streams' | 'sankey') => {
      const first = median(cold.map((m) => m[key]));
      const returning = best(warm.map((m) => m[key]));
      report.say(
        `| ${what} | ${fmt(first, 0)} ms | ${fmt(first / base, 1)} | < 1 s | ${fmt(returning, 0)} ms | ${fmt(median(warm.map((m) => m[key])), 0)} ms | ${fmt(returning / base, 1)} | < 0.4 s |`,
      );
    };
    report.say(
      `## The Deck's dashboard in a browser (issues 7 and 17): time to usable on the same ${fmt((await ctx.store.head()).size)}-event DisCO`,
    );
    report.say();
    report.say(
      `Chromium (headless, ${CHROMIUM}) signed in as the founder, navigating to \`/\` of the real HTTP server serving the built Deck; times from the start of the navigation, read in the page. A first visit is a fresh profile holding only the session cookie (median of ${FIRST_VISITS}); a returning member's profile has visited once (service worker installed, assets cached; best and median of ${RUNS}). Baseline: the same browser navigating to \`/api/dashboard\` itself, to the last byte of its JSON (best of ${RUNS}, after one warm-up).`,
    );
    report.say();
    report.say(
      `| usable when | first visit (median) | ratio | target | returning (best) | returning (median) | ratio of best | target |`,
    );
    report.say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    report.say(
      `| baseline: navigating to \`GET /api/dashboard\` (JSON) | ${fmt(json[0]!, 0)} ms (first) | | | ${fmt(base, 0)} ms | ${fmt(median(json.slice(1)), 0)} ms | 1 | |`,
    );
    row('figures, care shares, duties and proposals rendered', 'figures');
    row('credits-per-week chart drawn', 'streams');
    row('value-flow Sankey drawn', 'sankey');
    report.say();
    const usable = (m: Marks): number => Math.max(m.figures, m.streams, m.sankey);
    const middle = [...cold].sort((a, b) => usable(a) - usable(b))[
      Math.floor((cold.length - 1) / 2)
    ]!;
    const fastest = warm.reduce((a, b) => (usable(b) < usable(a) ? b : a));
    report.say(
      `CPU from the start of the navigation to the whole dashboard usable: the node's process (\`process.cpuUsage\`: the HTTP server, and playwright's client beside it), every Chromium process (\`/proc/<pid>/stat\`, user and system) and the page's renderer main thread (CDP \`Performance.getMetrics\`: TaskDuration, of which script and style/layout); long tasks are the main thread's tasks over 50 ms before that moment. Load average (1, 5, 15 min) ${loadBefore.map((l) => fmt(l, 2)).join(', ')} at the start, ${loadAfter.map((l) => fmt(l, 2)).join(', ')} at the end.`,
    );
    report.say();
    report.say(
      '| navigation | usable | node CPU | browser CPU | main thread busy | of which script | style and layout | long tasks |',
    );
    report.say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    report.say(
      `| baseline: \`/api/dashboard\` JSON (best) | ${fmt(base, 0)} ms | ${fmt(Math.min(...jsonCpu.slice(1)), 0)} ms | | | | | |`,
    );
    const cpuRow = (what: string, m: Marks) =>
      report.say(
        `| ${what} | ${fmt(usable(m), 0)} ms | ${fmt(m.cpu.node, 0)} ms | ${fmt(m.cpu.browser, 0)} ms | ${fmt(m.cpu.mainThread, 0)} ms | ${fmt(m.cpu.script, 0)} ms | ${fmt(m.cpu.layout, 0)} ms | ${m.longTasks.length} (${fmt(
          m.longTasks.reduce((sum, t) => sum + t.ms, 0),
          0,
        )} ms) |`,
      );
    cold.forEach((m, i) => cpuRow(`first visit ${i + 1}`, m));
    cpuRow('returning (fastest)', fastest);
    report.say();
    report.say(
      `The median first visit's requests in the order they started (ms from the start of the navigation; bytes over the wire, 0 from a cache, and decoded). A request that starts after another has ended was waiting on it. Long tasks: ${
        middle.longTasks.map((t) => `${fmt(t.start, 0)}+${fmt(t.ms, 0)}`).join(', ') || 'none'
      }.`,
    );
    report.say();
    report.say('| request | start | end | wire bytes | decoded bytes |');
    report.say('| --- | ---: | ---: | ---: | ---: |');
    for (const r of [...middle.requests].sort((a, b) => a.start - b.start))
      report.say(
        `| \`${r.name}\` | ${fmt(r.start, 0)} | ${fmt(r.end, 0)} | ${fmt(r.transferred)} | ${fmt(r.decoded)} |`,
      );
    report.say(
      `| figures / credits chart / Sankey drawn | ${fmt(middle.figures, 0)} / ${fmt(middle.streams, 0)} / ${fmt(middle.sankey, 0)} | | | |`,
    );
    report.say();
    const steps = Object.entries(fastest.steps).map(([label, ms]) => `${label} ${fmt(ms, 0)} ms`);
    report.say(
      `Where the fastest returning navigation's time went (each response's last byte, from the start of the navigation): ${steps.join(', ')}; figures ${fmt(fastest.figures, 0)} ms, charts ${fmt(fastest.sankey, 0)} ms.`,
    );
    report.say();
  } finally {
    await browser?.close();
    await server.close();
  }
}
