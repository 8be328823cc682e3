import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvitation } from '../../src/app/auth/accept-invitation';
import { withAuth } from '../../src/app/auth/auth-context';
import { reissueFounderInvitation } from '../../src/app/auth/reissue-founder-invitation';
import { openApp, type AppContext } from '../../src/app/context';
import { initLedger } from '../../src/app/ledger/init-ledger';
import { serveHttp, type RunningServer } from '../../src/http/serve';
import { launchDeckBrowser, type DeckBrowser } from './browser';
import { ROOT, type DeckServer } from './deck-server';
import {
  dashboardUnderWorker,
  requireChromium,
  runFlows,
  signedInPage,
  startFlowNode,
  type FlowNode,
} from './flows-support';
import { PASSWORD, type SeededDisco } from './seed';

const PHONE = { width: 375, height: 812 };
const FIGURES = '[data-ready="figures"]';

/**
 * The status the node answered each request for `paths` with while the page reloads: the raw
 * network status (a 304 the browser then answers from its cache shows as 304 here).
 */
async function statusesOf(page: Page, paths: string[]): Promise<Array<[string, number]>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const raw = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string } }) =>
    urls.set(event.requestId, new URL(event.request.url).pathname),
  );
  cdp.on('Network.responseReceivedExtraInfo', (event: { requestId: string; statusCode: number }) =>
    raw.set(event.requestId, event.statusCode),
  );
  await page.reload();
  await page.locator(FIGURES).waitFor();
  await page.locator('section[aria-labelledby="flow-heading"] .chart svg').waitFor();
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  return [...raw]
    .map(([id, status]) => [urls.get(id) ?? '', status] as [string, number])
    .filter(([path]) => paths.includes(path));
}

/*
 * What makes the Deck quick to use, asserted as behaviour (the times are bench/'s): a reload asks
 * the node again and hears "not modified", the service worker serves the shell (and the
 * dashboard's last answers) with no connection, a phone is told the Sankey scrolls sideways, and
 * a missing asset is a 404, not the page.
 */
describe.skipIf(!runFlows)('The Deck, quick to use', () => {
  // Its own node: the reload's 304 holds only while no other file moves the ledger.
  let node: FlowNode;
  let server: DeckServer;
  let disco: SeededDisco;
  let browser: DeckBrowser;

  beforeAll(async () => {
    node = await startFlowNode();
    ({ server, disco, browser } = node);
  }, 180_000);

  afterAll(() => node?.stop());

  it('answers a reload of the dashboard with 304s while the ledger has not moved, 200 after', async () => {
    const context = await browser.context({ serviceWorkers: 'block' });
    const page = await signedInPage(context, server.url, disco.ana.email);
    await page.goto(`${server.url}/`);
    await page.locator(FIGURES).waitFor();
    const reads = ['/api/dashboard', '/api/distribution/flows'];
    const again = await statusesOf(page, reads);
    expect(again.map(([, status]) => status)).toContain(304);
    expect(again.filter(([, status]) => status !== 304)).toEqual([]);
    // The founder proposes something: the ledger moved, so Ana's dashboard is sent again.
    await disco.founder.call('POST', '/api/proposals', {
      title: 'A kettle for the office',
      body: 'To move the ledger.',
      method: 'majority',
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    const after = await statusesOf(page, ['/api/dashboard']);
    expect(after.map(([, status]) => status)).toContain(200);
    await context.close();
  });

  it('keeps the dashboard’s answers for the member signed in, and serves the shell with no connection', async () => {
    const context = await browser.context({ persistent: true });
    const page = await signedInPage(context, server.url, disco.ana.email);
    // The worker takes over and keeps the dashboard's answers once it controls the page.
    await dashboardUnderWorker(page, server.url);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const fromWorker = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => new URL(e.name).pathname.startsWith('/assets/'))
        .map((e) => e.workerStart > 0),
    );
    expect(fromWorker.length).toBeGreaterThan(0);
    expect(fromWorker.every(Boolean)).toBe(true);

    // The dashboard's answers are kept for Ana, to be shown at once on her next visit.
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        if (name.startsWith('deck-api-'))
          for (const request of await (await caches.open(name)).keys()) {
            const url = new URL(request.url);
            urls.push(`${url.pathname} ${url.searchParams.has('disco-member')}`);
          }
      return urls.sort();
    });
    expect(kept).toEqual(['/api/dashboard true', '/api/distribution/flows true']);

    // Offline, the shell still opens from the worker's cache.
    await context.setOffline(true);
    await page.reload();
    await page.locator('header .brand').waitFor();
    await context.setOffline(false);
  });

  it('answers the first read after a write in the same tab with the write in it, never the worker’s older answer', async () => {
    const context = await browser.context({ persistent: true });
    // What the awaiting-vote card says in the first render that shows figures: the one that could
    // come from the worker's cache.
    await context.addInitScript(() => {
      const w = window as unknown as { __firstAwaiting?: string };
      new MutationObserver(() => {
        if (w.__firstAwaiting !== undefined || !document.querySelector('[data-ready="figures"]'))
          return;
        w.__firstAwaiting =
          document.querySelector('section[aria-labelledby="awaiting-heading"]')?.textContent ?? '';
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    const page = await signedInPage(context, server.url, disco.ana.email);
    await dashboardUnderWorker(page, server.url);
    const keptApi = () =>
      page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys())
          if (name.startsWith('deck-api-'))
            for (const request of await (await caches.open(name)).keys())
              urls.push(new URL(request.url).pathname);
        return urls.sort();
      });
    await expect.poll(keptApi, { timeout: 20_000 }).toContain('/api/dashboard');

    // Ana proposes something from this tab: a write the worker passes on to the node.
    const title = `Read your writes ${Date.now()}`;
    const status = await page.evaluate(async (title) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const response = await fetch('/api/proposals', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': session.csrfToken,
          'idempotency-key': crypto.randomUUID(),
        },
        body: JSON.stringify({
          title,
          body: 'Written, then read at once.',
          method: 'majority',
          deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        }),
      });
      return { status: response.status, seq: response.headers.get('disco-seq') };
    }, title);
    expect(status.status).toBe(201);
    expect(Number(status.seq)).toBeGreaterThan(0);
    // By the time the page has the write's answer, the kept answers are gone.
    expect(await keptApi()).toEqual([]);

    // The next visit's first figures (the node's preload and the page's read) include the write.
    await page.goto(`${server.url}/`);
    await page.locator(FIGURES).waitFor();
    const first = await page.evaluate(
      () => (window as unknown as { __firstAwaiting?: string }).__firstAwaiting,
    );
    expect(first).toContain(title);
    await context.close();
  });

  for (const [language, locale, cue] of [
    ['en', 'en-GB', 'Scroll sideways to see the whole diagram.'],
    ['es', 'es', 'Desplázate de lado para ver el diagrama entero.'],
  ] as const)
    it(`tells a phone in ${language} that the Sankey scrolls sideways, and a desktop nothing`, async () => {
      const phone = await browser.context({ ...PHONE, locale });
      const page = await signedInPage(phone, server.url, disco.ana.email);
      await page.goto(`${server.url}/`);
      await page.locator('section[aria-labelledby="flow-heading"] .chart svg').waitFor();
      const shown = page.getByText(cue);
      await shown.waitFor();
      expect(await shown.isVisible()).toBe(true);
      const region = page.locator('section[aria-labelledby="flow-heading"] [role="region"]');
      expect(await region.getAttribute('aria-describedby')).toBe(await shown.getAttribute('id'));
      await phone.close();

      const desktop = await browser.context({ width: 1600, height: 900, locale });
      const wide = await signedInPage(desktop, server.url, disco.ana.email);
      await wide.goto(`${server.url}/`);
      await wide.locator('section[aria-labelledby="flow-heading"] .chart svg').waitFor();
      expect(await wide.getByText(cue).count()).toBe(0);
      await desktop.close();
    });

  it('answers a missing asset with a 404 problem, not the Deck’s page', async () => {
    const context = await browser.context();
    const missing = await context.request.get(`${server.url}/assets/no-such-chunk-abc123.js`);
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-type']).toBe('application/problem+json');
    expect(await missing.text()).not.toContain('<div id="root">');
    await context.close();
  });
});

/*
 * The Deck's page itself from the service worker (stale-while-revalidate) for a returning member,
 * on a node of its own whose Deck the test deploys anew: a copy of web/dist it rewrites.
 */
describe.skipIf(!runFlows)('The Deck’s page from the service worker, and a new deploy', () => {
  const EMAIL = 'founder@example.org';
  let deckDir: string;
  let dataDir: string;
  let ctx: AppContext;
  let server: RunningServer;
  let browser: DeckBrowser;

  beforeAll(async () => {
    requireChromium();
    deckDir = mkdtempSync(join(tmpdir(), 'disco-deck-deploy-'));
    cpSync(join(ROOT, 'web', 'dist'), deckDir, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'disco-deck-deploy-data-'));
    ctx = await openApp({ dataDir });
    await initLedger(ctx, {
      name: 'Deploy DisCO',
      currency: 'EUR',
      timeZone: 'UTC',
      founderName: 'Founder',
    });
    const actx = withAuth(ctx);
    const { invitation } = await reissueFounderInvitation(actx);
    await acceptInvitation(actx, invitation.token, { email: EMAIL, password: PASSWORD });
    server = await serveHttp(ctx, {
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
      deckDir,
    });
    browser = await launchDeckBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ctx?.store.close();
    for (const dir of [deckDir, dataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A new build, as far as the browser can tell: a page that says so and a service worker of
   * other bytes, with a cache name of its own (a real build's names its files' hashes).
   */
  function deployAnew(): void {
    const index = join(deckDir, 'index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace(
        '</title>',
        '</title>\n    <meta name="deck-build" content="next">',
      ),
    );
    const sw = join(deckDir, 'sw.js');
    const source = readFileSync(sw, 'utf8');
    const next = source.replace(/"(deck-(?:api-)?[0-9a-f]+)"/g, '"$1-next"');
    expect(next).not.toBe(source);
    writeFileSync(sw, next);
    // The node would serve the build's compressed copies of the old worker before the file.
    rmSync(`${sw}.br`, { force: true });
    rmSync(`${sw}.gz`, { force: true });
  }

  it('answers a returning member’s navigation with the page it kept, and shows a new deploy’s page from the next one', async () => {
    const context = await browser.context({ persistent: true });
    const page = await signedInPage(context, server.url, EMAIL);
    // The reload is answered with the page the worker kept at install, and the worker asks the
    // node again behind it; that answer must be kept before the deploy, or on a slow machine it is
    // the new deploy's page the worker keeps.
    let revalidated!: Promise<Request>;
    await dashboardUnderWorker(page, server.url, () => {
      revalidated = context.waitForEvent('requestfinished', {
        predicate: (r) => r.serviceWorker() !== null && r.url() === `${server.url}/`,
        timeout: 60_000,
      });
    });
    const nodeDate = (await (await revalidated).response())!.headers()['date'];
    const cacheNames = () => page.evaluate(() => caches.keys());
    const shellCache = (await cacheNames()).find((k) => /^deck-[0-9a-f]+$/.test(k))!;
    expect(shellCache).toBeDefined();
    await expect
      .poll(() =>
        page.evaluate(
          async (name) => (await (await caches.open(name)).match('/'))?.headers.get('Date'),
          shellCache,
        ),
      )
      .toBe(nodeDate);
    const built = () => page.locator('meta[name="deck-build"]').count();

    deployAnew();
    // The worker answers at once with the page it kept (the node's now says deck-build), and asks
    // the node for the new one behind it.
    await page.goto(`${server.url}/`);
    await page.locator(FIGURES).waitFor();
    expect(await built()).toBe(0);
    const fromWorker = await page.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).workerStart >
        0,
    );
    expect(fromWorker).toBe(true);

    // The browser finds the new worker on that navigation; it installs with the new page and
    // takes over.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            const keys = await caches.keys();
            return (
              keys.some((k) => k.endsWith('-next')) &&
              registration?.installing === null &&
              registration.waiting === null &&
              registration.active?.state === 'activated'
            );
          }),
        { timeout: 60_000 },
      )
      .toBe(true);
    // The previous build's files stay for a page it may still have open; its API answers go.
    const after = await cacheNames();
    expect(after).toContain(shellCache);
    expect(after).not.toContain(shellCache.replace('deck-', 'deck-api-'));

    await page.goto(`${server.url}/`);
    await page.locator(FIGURES).waitFor();
    expect(await built()).toBe(1);
    await context.close();
  });
});
