import { pino } from 'pino';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { openApp, type AppContext } from '../src/app/context.js';
import { serveHttp } from '../src/http/serve.js';
import { CHROMIUM_LAUNCH } from '../web/e2e/chromium.js';

/** A kept bench DisCO served on a free port, and a browser context signed in as its founder. */
export interface FounderVisit {
  ctx: AppContext;
  server: Awaited<ReturnType<typeof serveHttp>>;
  browser: Browser;
  /** Signed in, with nothing else cached: what a first visit from a new device has. */
  fresh: BrowserContext;
  close(): Promise<void>;
}

/**
 * Serves the DisCO bench/dashboard.ts kept in `dir` (its founder has an account) and signs its
 * founder in from a context of its own, so the measured context holds the session cookie only.
 *
 * @example const visit = await founderFirstVisit(dir); try { … visit.fresh.newPage() … } finally { await visit.close(); }
 */
export async function founderFirstVisit(dir: string): Promise<FounderVisit> {
  const ctx = await openApp({ dataDir: dir });
  const server = await serveHttp(ctx, {
    port: 0,
    host: '127.0.0.1',
    logger: pino({ level: 'silent' }),
  });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const close = async () => {
    await browser.close();
    await server.close();
    await ctx.store.close();
  };
  try {
    const options = { viewport: { width: 1280, height: 900 }, locale: 'en-GB' };
    const signing = await browser.newContext(options);
    const response = await signing.request.post(`${server.url}/api/auth/sign-in`, {
      headers: { origin: server.url },
      data: { email: 'founder@example.org', password: 'a long and private passphrase' },
    });
    if (!response.ok()) throw new Error(`sign-in answered ${response.status()}`);
    const { cookies } = await signing.storageState();
    await signing.close();
    const fresh = await browser.newContext({ ...options, storageState: { cookies, origins: [] } });
    return { ctx, server, browser, fresh, close };
  } catch (error) {
    await close();
    throw error;
  }
}
