import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { acceptInvitation } from '../src/app/auth/accept-invitation.js';
import { withAuth } from '../src/app/auth/auth-context.js';
import { reissueFounderInvitation } from '../src/app/auth/reissue-founder-invitation.js';
import type { AppContext } from '../src/app/context.js';
import { DECK_DIR } from '../src/http/serve-deck.js';
import { serveHttp } from '../src/http/serve.js';
import { fmt, type Report } from './report.js';

const WEB = fileURLToPath(new URL('../web', import.meta.url));
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
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

type Marks = { figures: number; streams: number; sankey: number; steps: Record<string, number> };

/** When the responses the dashboard waits on had arrived, for the best run's breakdown. */
const STEPS: Array<[label: string, urlPart: string]> = [
  ['session', '/api/auth/session'],
  ['`/api/dashboard`', '/api/dashboard'],
  ['flows', '/api/distribution/flows'],
  ['entry script', '/assets/index-'],
];

async function navigateToDashboard(page: Page, url: string): Promise<Marks> {
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
    { timeout: 120_000 },
  );
  const marks = await page.evaluate(() => {
    const g = globalThis as unknown as {
      __usable: Marks;
      performance: { getEntriesByType(type: string): Array<{ name: string; responseEnd: number }> };
    };
    const entries = [
      ...g.performance.getEntriesByType('navigation'),
      ...g.performance.getEntriesByType('resource'),
    ];
    return {
      ...g.__usable,
      entries: entries.map((e) => ({ name: e.name, responseEnd: e.responseEnd })),
    };
  });
  const steps: Record<string, number> = { document: marks.entries[0]!.responseEnd };
  for (const [label, part] of STEPS) {
    const entry = marks.entries.find((e) => e.name.includes(part));
    if (entry) steps[label] = entry.responseEnd;
  }
  return { figures: marks.figures, streams: marks.streams, sankey: marks.sankey, steps };
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
 * @example await benchDeckTimeToUsable(report, ctx, founderId);
 */
export async function benchDeckTimeToUsable(
  report: Report,
  ctx: AppContext,
  founderId: string,
): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    report.say(`(No Chromium at ${CHROMIUM}: the Deck's time to usable was not measured.)`);
    report.say();
    return;
  }
  await ensureDeckBuilt();
  const actx = withAuth(ctx);
  const { invitation, memberId } = await reissueFounderInvitation(actx);
  if (memberId !== founderId)
    throw new Error(`the founder waiting for an account is ${memberId}, not ${founderId}`);
  await acceptInvitation(actx, invitation.token, { email: EMAIL, password: PASSWORD });
  const server = await serveHttp(ctx, {
    port: 0,
    host: '127.0.0.1',
    logger: pino({ level: 'silent' }),
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
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
    for (let i = 0; i <= RUNS; i++) json.push(await navigateToJson(page, server.url));
    await member.close();

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
    const fastest = warm.reduce((a, b) => (b.sankey < a.sankey ? b : a));
    const steps = Object.entries(fastest.steps).map(([label, ms]) => `${label} ${fmt(ms, 0)} ms`);
    report.say(
      `Where the fastest navigation's time went (each response's last byte, from the start of the navigation): ${steps.join(', ')}; figures ${fmt(fastest.figures, 0)} ms, charts ${fmt(fastest.sankey, 0)} ms.`,
    );
    report.say();
  } finally {
    await browser?.close();
    await server.close();
  }
}
