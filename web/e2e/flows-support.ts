import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { launchDeckBrowser, seriousViolations, type DeckBrowser } from './browser';
import { CHROMIUM } from './chromium';
import { startDeckServer, type DeckServer } from './deck-server';
import { PASSWORD, seedDisco, seededDiscoFrom, type SeededDisco } from './seed';

/** What the flows' e2e files share: whether they can run, signing in, and the axe check. */
export const haveChromium = existsSync(CHROMIUM);
export const runFlows = haveChromium || process.env['CI'] === 'true';

export function requireChromium(): void {
  if (!haveChromium)
    throw new Error(
      `CI=true and there is no chromium at ${CHROMIUM}: .ci/run installs it with 'apt-get install -y chromium'.`,
    );
}

/** A node serving the built Deck, seeded with the founder, Ana and Ben, and a Chromium to drive it. */
export interface FlowNode {
  server: DeckServer;
  disco: SeededDisco;
  browser: DeckBrowser;
  /** Closes the browser and stops the node. */
  stop(): Promise<void>;
}

/**
 * The one seeded node of the e2e run, shared by every file that only reads the seeded DisCO or
 * makes its own uniquely-named data, and the shared Chromium. Such a file must not change what
 * the seed made (Ben's contribution, the ranked proposal, rates, parameters) nor count rows that
 * other files may add: it looks for its own rows by their names. `stop()` closes this file's
 * browser contexts and leaves the node and Chromium to the global setup.
 *
 * @example beforeAll(async () => { node = await withDeck(); }, 60_000); afterAll(() => node?.stop());
 */
export async function withDeck(): Promise<FlowNode> {
  requireChromium();
  const shared = inject('sharedDeck');
  if (!shared) throw new Error('the e2e global setup (web/e2e/global-setup.ts) started no node');
  const browser = await launchDeckBrowser();
  return {
    server: {
      url: shared.url,
      dataDir: shared.dataDir,
      get founderInvitation(): string {
        throw new Error('the shared node was founded by the global setup: use startFlowNode()');
      },
      // The node's clock is shared by every file on it: move it only past a deadline of your own,
      // and by little (the others' timestamps move with it).
      advance: async (seconds: number) => {
        const response = await fetch(`${shared.clockUrl}/advance?seconds=${seconds}`, {
          method: 'POST',
        });
        if (!response.ok)
          throw new Error(
            `moving the shared node's clock answered ${response.status}: ${await response.text()}`,
          );
      },
      stop: async () => {},
    },
    disco: seededDiscoFrom(shared.disco),
    browser,
    stop: () => browser.close(),
  };
}

/**
 * What a flow's e2e file starts from when it needs a node of its own (it changes the seeded
 * DisCO, counts rows, or founds one): the Deck built, a fresh seeded node and the shared browser.
 * A failure halfway stops what had started, so a broken seed leaves no node behind.
 *
 * @example beforeAll(async () => { node = await startFlowNode(); }, 180_000); afterAll(() => node?.stop());
 */
export async function startFlowNode(): Promise<FlowNode> {
  requireChromium();
  const server = await startDeckServer();
  try {
    const disco = await seedDisco(server.url, server.founderInvitation);
    const browser = await launchDeckBrowser();
    return {
      server,
      disco,
      browser,
      stop: async () => {
        await browser.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * A page of a fresh browser context signed in as this member. The sign-in goes through the
 * context's own request client, which shares the browser's cookies, so each test starts on the
 * page it is about rather than on the sign-in form (deck.test.ts drives that form).
 */
export async function signedInPage(
  context: BrowserContext,
  baseUrl: string,
  email: string,
): Promise<Page> {
  const response = await context.request.post(`${baseUrl}/api/auth/sign-in`, {
    headers: { origin: baseUrl },
    data: { email, password: PASSWORD },
  });
  if (!response.ok())
    throw new Error(`signing ${email} in answered ${response.status()}: ${await response.text()}`);
  return context.newPage();
}

/**
 * A returning member's dashboard: visited once, which installs the service worker, then reloaded
 * under it. `beforeReload` runs once the worker is ready, to listen for what the reload does.
 *
 * @example await dashboardUnderWorker(page, server.url);
 */
export async function dashboardUnderWorker(
  page: Page,
  baseUrl: string,
  beforeReload?: () => void,
): Promise<void> {
  const figures = page.locator('[data-ready="figures"]');
  await page.goto(`${baseUrl}/`);
  await figures.waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  beforeReload?.();
  await page.reload();
  await figures.waitFor();
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** The first day of last month and the last month as `YYYY-MM`, in UTC like the e2e node. */
export function lastMonth(now = new Date()): { period: string; firstDay: string } {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const period = first.toISOString().slice(0, 7);
  return { period, firstDay: `${period}-01` };
}
